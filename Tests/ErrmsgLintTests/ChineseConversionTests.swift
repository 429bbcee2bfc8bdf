import ErrmsgLint
import ErrmsgModel
import Foundation
import Testing

/// Simplified → Traditional by OpenCC and the shipped glossaries (`.ci/run` installs `opencc`).
@Suite(
  .enabled(if: OpenCC.executable() != nil, "needs the opencc command (apt-get install opencc; .ci/run installs it)"))
struct ChineseConversionTests {
  func conversion(_ target: String) throws -> ChineseConversion {
    try ChineseConversion.load(
      target: target, localesDirectory: LintFixture.packageRoot.appendingPathComponent("Locales").path
    )
    .get()
  }

  @Test func taiwanTermsFromTheReview() throws {
    let tw = try conversion("zh-TW")
    let out = try tw.convert([
      "实例状态不支持操作。", "缺少参数错误。", "认证失败，没有足够权限。", "同一分区下队列名称已存在。", "账号不存在。",
      "请在访问管理中授权。", "证书类型为不支持的类型。", "可自行到控制台调整。", "账户未通过认证。", "审核未通过。",
      "请通过控制台重试。", "CA证书重复。", "No Chinese here.",
    ]).get()
    #expect(
      out == [
        "執行個體狀態不支援操作。", "缺少參數錯誤。", "認證失敗，沒有足夠權限。", "同一分割區下佇列名稱已存在。", "帳號不存在。",
        "請在存取管理中授權。", "證書類型為不支援的類型。", "可自行到控制台調整。", "帳戶未通過認證。", "審核未通過。",
        "請透過控制台重試。", "CA證書重複。", "No Chinese here.",
      ])
  }

  @Test func hongKong() throws {
    let hk = try conversion("zh-HK")
    #expect(try hk.convert(["可自行到控制台调整网络设置。", "集群不存在。"]).get() == ["可自行到控制台調整網絡設置。", "集羣不存在。"])
    // However the Locales folder was given (here an absolute path), the label is the same.
    #expect(try conversion("zh-MO").label == "opencc s2hk + Locales/glossary/zh-HK.json")
  }

  @Test func asciiAndICUSyntaxNeverChange() throws {
    let tw = try conversion("zh-TW")
    let texts = [
      "{count, plural, one {# 个实例} other {# 个实例}}",
      "请插入U盘后重试。",  // s2twp would turn U盘 into 隨身碟 and drop the U: converted between ASCII instead
      "第一行\n第二行：'{'参数'}'",
    ]
    let out = try tw.convert(texts).get()
    #expect(out == ["{count, plural, one {# 個執行個體} other {# 個執行個體}}", "請插入U盤後重試。", "第一行\n第二行：'{'參數'}'"])
    for (a, b) in zip(texts, out) {
      #expect(a.unicodeScalars.filter(\.isASCII) == b.unicodeScalars.filter(\.isASCII))
    }
  }

  @Test func aGlossaryWithASCIIIsRefused() throws {
    let file = SourceFile(name: "g.json", bytes: Array(#"{"replacements": [{"from": "实例", "to": "{x}"}]}"#.utf8))
    switch ChineseConversion.readGlossary(file) {
    case .success: Issue.record("accepted ASCII in a replacement")
    case .failure(let r): #expect(r.description.hasPrefix("g.json:1:19: error: a replacement is"))
    }
  }
}
