import ErrmsgTestSupport
import Foundation
import Testing

/// `errmsg import-codes` and `errmsg convert-locale` through the command (the logic: ErrmsgLintTests).
@Suite struct ImportCodesCommandTests {
  /// A workspace with the shipped glossaries, an SDK pair written here, and a zh-CN locale folder.
  func workspace() throws -> TranslatorFolder {
    let f = try TranslatorFolder()
    // a workspace without the shipped official tier: these SDKs are all there is
    try? FileManager.default.removeItem(at: f.url("Catalog/official"))
    // and without the shipped Traditional Chinese folders: the commands write them here
    try? FileManager.default.removeItem(at: f.url("Locales/zh-TW"))
    try? FileManager.default.removeItem(at: f.url("Locales/zh-HK"))
    let python = { (rows: [(String, String)]) in
      "# -*- coding: utf8 -*-\n\n" + rows.map { "# \($1)\nCONSTANT = '\($0)'\n" }.joined(separator: "\n")
    }
    for dir in ["zh/tencentcloud/tke/v20180525", "en/tencentcloud/tke/v20180525", "Locales/zh-CN"] {
      try FileManager.default.createDirectory(at: f.url(dir), withIntermediateDirectories: true)
    }
    try f.write("zh/tencentcloud/__init__.py", "__version__ = '3.0.1'\n")
    try f.write("en/tencentcloud/__init__.py", "__version__ = '3.0.2'\n")
    try f.write(
      "zh/tencentcloud/tke/v20180525/errorcodes.py",
      python([("InternalError.CidrInvali", "CIDR无效"), ("InvalidParameter.CidrInvalid", "参数CIDR无效。")]))
    try f.write(
      "en/tencentcloud/tke/v20180525/errorcodes.py", python([("InternalError.CidrInvali", "Invalid CIDR")]))
    return f
  }

  /// Whether the `opencc` command is on PATH (the maintainer commands need it; `.ci/run` installs it).
  static let hasOpenCC = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    .contains { FileManager.default.isExecutableFile(atPath: String($0) + "/opencc") }

  @Test(.enabled(if: hasOpenCC, "needs the opencc command (apt-get install opencc)"))
  func importsTwiceAndReports() throws {
    let f = try workspace()
    defer { f.remove() }
    let out = try f.run(["import-codes", "--sdk", "zh", "--intl-en", "en"])
    #expect(out.status == 0, "\(out.stderr)")
    #expect(
      out.text == """
        tke: new file, 2 codes
        wrote 1 file in Catalog/official from tencentcloud-sdk-python 3.0.1 and tencentcloud-sdk-python-intl-en 3.0.2 (1 products, 2 (product, code) pairs, 2 codes)
        descriptions shown (the rest fall back to the family's text): zh 2 of 2, en 1 of 1

        """)
    #expect(
      try f.read("Catalog/official/tke.json").contains(
        #""InternalError.CidrInvali": {"versions": ["2018-05-25"], "zh": "CIDR无效", "en": "Invalid CIDR", "zh-TW": "CIDR無效。", "zh-HK": "CIDR無效。"},"#
          + "\n"
          + #"    "InvalidParameter.CidrInvalid": {"versions": ["2018-05-25"], "zh": "参数CIDR无效。", "zh-TW": "參數CIDR無效。", "zh-HK": "參數CIDR無效。"}"#
      ))
    let first = try f.data("Catalog/official/tke.json")
    let again = try f.run(["import-codes", "--sdk", "zh", "--intl-en", "en"])
    #expect(again.status == 0)
    #expect(again.text.hasPrefix("nothing to change: Catalog/official matches"))
    #expect(try f.data("Catalog/official/tke.json") == first)
  }

  @Test func withoutOpenCCOneLineAndExit74() throws {
    let f = try workspace()
    defer { f.remove() }
    for arguments in [
      ["import-codes", "--sdk", "zh", "--intl-en", "en"], ["convert-locale", "--to", "zh-HK", "--product", "tke"],
    ] {
      try f.write("Locales/zh-CN/tke.json", #"{"locale": "zh-CN", "product": "tke", "messages": {}}"#)
      let out = try f.run(arguments, environment: ["PATH": "/nonexistent"])
      #expect(out.status == 74)
      #expect(
        out.stderr == "errmsg: the opencc command is not installed (apt-get install opencc); nothing changed\n")
      #expect(!FileManager.default.fileExists(atPath: f.path("Catalog/official")))
      #expect(!FileManager.default.fileExists(atPath: f.path("Locales/zh-HK")))
    }
  }

  @Test(.enabled(if: hasOpenCC, "needs the opencc command (apt-get install opencc)"))
  func convertLocaleWritesAMarkedFileAndKeepsICUSyntax() throws {
    let f = try workspace()
    defer { f.remove() }
    try f.write(
      "Locales/zh-CN/tke.json",
      """
      {
        "locale": "zh-CN",
        "product": "tke",
        "messages": {
          "LimitExceeded.Nodes": {
            "message": "集群的节点数已达上限（{limit, plural, other {# 个实例}}）。",
            "hint": "请在控制台的访问管理中检查权限，或删除不再需要的实例。",
            "detail": "已有 {current, number} 个，'{'上限'}' 为 {limit}。",
            "note": "实例 = CVM instance",
            "state": "translated"
          }
        }
      }

      """)
    let out = try f.run(["convert-locale", "--from", "zh-CN", "--to", "zh-TW", "--product", "tke"])
    #expect(out.status == 0, "\(out.stderr)")
    #expect(out.text == "wrote Locales/zh-TW/tke.json (3 texts, opencc s2twp + Locales/glossary/zh-TW.json)\n")
    #expect(
      try f.read("Locales/zh-TW/tke.json") == """
        {
          "locale": "zh-TW",
          "product": "tke",
          "machineConverted": "opencc s2twp + Locales/glossary/zh-TW.json",
          "messages": {
            "LimitExceeded.Nodes": {
              "message": "叢集的節點數已達上限（{limit, plural, other {# 個執行個體}}）。",
              "hint": "請在控制台的存取管理中檢查權限，或刪除不再需要的執行個體。",
              "detail": "已有 {current, number} 個，'{'上限'}' 為 {limit}。",
              "note": "实例 = CVM instance",
              "state": "translated"
            }
          }
        }

        """)
    // A converted file is replaced by the next conversion; a person's file is not.
    #expect(try f.run(["convert-locale", "--to", "zh-TW", "--product", "tke"]).status == 0)
    try f.write("Locales/zh-TW/tke.json", #"{"locale": "zh-TW", "product": "tke", "messages": {}}"#)
    let refused = try f.run(["convert-locale", "--to", "zh-TW", "--product", "tke"])
    #expect(refused.status == 65)
    #expect(refused.stderr.contains("Locales/zh-TW/tke.json: error: exists and is not machine-converted"))
    #expect(try f.read("Locales/zh-TW/tke.json") == #"{"locale": "zh-TW", "product": "tke", "messages": {}}"#)
    #expect(try f.run(["convert-locale", "--to", "ja", "--product", "tke"]).status == 64)
  }
}
