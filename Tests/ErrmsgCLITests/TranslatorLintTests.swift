import ErrmsgTestSupport
import Foundation
import Testing

/// `errmsg lint` and `errmsg coverage` as CI and translators run them.
@Suite struct TranslatorLintTests {
  let zh = "Locales/zh-CN/tke.json"
  let zhCommon = "Locales/zh-CN/common.json"

  @Test func shippedLocalesLintClean() throws {
    let out = try ErrmsgProcess.run(["lint"], currentDirectory: ErrmsgProcess.packageRoot)
    #expect(out.status == 0, "\(out.text)\(out.stderr)")
    #expect(out.text == "3 catalog(s) in Catalog/ and 12 locale file(s) in Locales/: no problems\n")
  }

  /// Each breakage: (what, mutation returning the line it changed).
  @Test(arguments: ["missing", "brace", "placeholder", "plural", "stale", "period", "json"])
  func brokenCopyFailsAtFileAndLine(breakage: String) throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    var line = 0
    var file = zh
    switch breakage {
    case "missing":
      var text = try f.read(zh)
      let start = try #require(text.range(of: "    \"InternalError.Db\": {"))
      let end = try #require(text.range(of: "    \"InternalError.DbAffectivedRows\": {"))
      text.removeSubrange(start.lowerBound..<end.lowerBound)
      try f.write(zh, text)
      line = 2  // the file's "locale" line; the fix names the entry it belongs before
    case "brace":
      line = try f.replace("网段 {cidr} 与已有路由冲突。", with: "网段 {cidr 与已有路由冲突。", in: zh)
    case "placeholder":
      line = try f.replace("网段 {cidr} 与 VPC 网段重叠。", with: "网段 {range} 与 VPC 网段重叠。", in: zh)
    case "plural":
      line = try f.replace(
        "{current, plural, other {# 个集群}}", with: "{current, plural, =1 {# 个集群}}",
        after: "\"InternalError.QuotaMaxClsLimit\"", in: zh)
    case "stale":
      file = zhCommon
      line = try f.replace(
        "    \"InvalidAction\": {",
        with:
          "    \"InvalidActoin\": {\"message\": \"旧。\", \"hint\": \"旧。\", \"state\": \"translated\"},\n    \"InvalidAction\": {",
        in: zhCommon)
    case "period":
      file = zhCommon
      line = try f.replace("腾讯云未能完成此操作。", with: "腾讯云未能完成此操作.", in: zhCommon)
    default:
      file = zhCommon
      line = try f.replace(
        "\"state\": \"translated\"", with: "\"state\": \"translated\",,", after: "\"DryRunOperation\"",
        in: zhCommon)
    }
    let out = try f.run(["lint"])
    #expect(out.status == 1, "\(out.text)")
    let errors = out.text.split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(!errors.isEmpty)
    #expect(errors.allSatisfy { $0.hasPrefix("\(file):\(line):") }, "\(breakage): \(errors)")
    #expect(out.text.hasSuffix("error\(errors.count == 1 ? "" : "s"), 0 warnings\n"))

    // The same through explicit folders, as JSON.
    let json = try ErrmsgProcess.run(["lint", "--locales", f.locales, "--catalog", f.catalog, "--format", "json"])
    #expect(json.status == 1)
    let object = try #require(json.json)
    let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
    #expect(
      diagnostics.contains {
        $0["file"] as? String == f.path(file) && $0["line"] as? Int == line && $0["severity"] as? String == "error"
      })
  }

  @Test func theLocalesEnvironmentVariable() throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    try f.replace("腾讯云未能完成此操作。", with: "腾讯云未能完成此操作.", in: zhCommon)
    let out = try ErrmsgProcess.run(
      ["lint"], environment: ["ERRMSG_LOCALES": f.locales], currentDirectory: ErrmsgProcess.packageRoot)
    #expect(out.status == 1)
    #expect(out.text.contains("\(f.path(zhCommon)):"))
  }

  @Test func aMissingFolderIsAnIOError() throws {
    let out = try ErrmsgProcess.run(["lint", "--locales", "/nonexistent/errmsg"])
    #expect(out.status == 74)
    #expect(out.stderr.contains("/nonexistent/errmsg"))
  }

  @Test func coverage() throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    try f.replace("\"state\": \"translated\"", with: "\"state\": \"needs-review\"", after: "\"ResourceInUse\"", in: zh)
    let table = try f.run(["coverage"])
    #expect(table.status == 0)
    let curated = table.text.components(separatedBy: "\n\n").first ?? ""
    #expect(
      curated == """
        curated texts
        locale             product  translated  needs review  new  missing  stale    done
        en-US (source)     common        44/44             0    0        0      0  100.0%
        en-US (source)     sdk           16/16             0    0        0      0  100.0%
        en-US (source)     tke         227/227             0    0        0      0  100.0%
        zh-CN              common        44/44             0    0        0      0  100.0%
        zh-CN              sdk           16/16             0    0        0      0  100.0%
        zh-CN              tke         226/227             1    0        0      0   99.5%
        zh-HK (converted)  common        44/44             0    0        0      0  100.0%
        zh-HK (converted)  sdk           16/16             0    0        0      0  100.0%
        zh-HK (converted)  tke         227/227             0    0        0      0  100.0%
        zh-TW              common        44/44             0    0        0      0  100.0%
        zh-TW              sdk           16/16             0    0        0      0  100.0%
        zh-TW              tke         227/227             0    0        0      0  100.0%
        """)
    // The official tier per product, then the sum: codes, then descriptions fit to show per language.
    #expect(table.text.contains("official descriptions fit to show"))
    #expect(table.text.hasSuffix("\nall                  17507  16112  10350  16112  16112        0\n"))
    let json = try #require(try f.run(["coverage", "--format", "json"]).json)
    let rows = try #require(json["curated"] as? [[String: Any]])
    #expect(rows.count == 12)
    let zhTKE = try #require(rows.first { $0["locale"] as? String == "zh-CN" && $0["product"] as? String == "tke" })
    #expect(zhTKE["needsReview"] as? Int == 1)
    #expect(zhTKE["percent"] as? Double == 99.5)
    #expect(zhTKE["total"] as? Int == 227)
  }
}
