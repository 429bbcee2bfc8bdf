import ErrmsgTestSupport
import Foundation
import Testing

/// `errmsg lint` and `errmsg coverage` as CI and translators run them.
@Suite struct TranslatorLintTests {
  let zh = "Locales/zh-CN.json"

  @Test func shippedLocalesLintClean() throws {
    let out = try ErrmsgProcess.run(["lint"], currentDirectory: ErrmsgProcess.packageRoot)
    #expect(out.status == 0, "\(out.text)\(out.stderr)")
    #expect(out.text == "Catalog/codes.json and 2 locale file(s) in Locales/: no problems\n")
  }

  /// Each breakage: (what, mutation returning the line it changed).
  @Test(arguments: ["missing", "brace", "placeholder", "plural", "stale", "period", "json"])
  func brokenCopyFailsAtFileAndLine(breakage: String) throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    var line = 0
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
      line = try f.replace("{current, plural, other {# 个}}集群", with: "{current, plural, =1 {# 个}}集群", in: zh)
    case "stale":
      line = try f.replace(
        "    \"InvalidAction\": {",
        with:
          "    \"InvalidActoin\": {\"message\": \"旧。\", \"hint\": \"旧。\", \"state\": \"translated\"},\n    \"InvalidAction\": {",
        in: zh)
    case "period":
      line = try f.replace("腾讯云未能完成此操作。", with: "腾讯云未能完成此操作.", in: zh)
    default:
      line = try f.replace(
        "\"state\": \"translated\"", with: "\"state\": \"translated\",,", after: "\"DryRunOperation\"", in: zh)
    }
    let out = try f.run(["lint"])
    #expect(out.status == 1, "\(out.text)")
    let errors = out.text.split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(!errors.isEmpty)
    #expect(errors.allSatisfy { $0.hasPrefix("Locales/zh-CN.json:\(line):") }, "\(breakage): \(errors)")
    #expect(out.text.hasSuffix("error\(errors.count == 1 ? "" : "s"), 0 warnings\n"))

    // The same through explicit folders, as JSON.
    let json = try ErrmsgProcess.run(["lint", "--locales", f.locales, "--catalog", f.catalog, "--format", "json"])
    #expect(json.status == 1)
    let object = try #require(json.json)
    let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
    #expect(
      diagnostics.contains {
        $0["file"] as? String == f.path(zh) && $0["line"] as? Int == line && $0["severity"] as? String == "error"
      })
  }

  @Test func theLocalesEnvironmentVariable() throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    try f.replace("腾讯云未能完成此操作。", with: "腾讯云未能完成此操作.", in: zh)
    let out = try ErrmsgProcess.run(
      ["lint"], environment: ["ERRMSG_LOCALES": f.locales], currentDirectory: ErrmsgProcess.packageRoot)
    #expect(out.status == 1)
    #expect(out.text.contains("\(f.path(zh)):"))
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
    #expect(
      table.text == """
        locale          translated  needs review  new  missing  stale    done
        en-US (source)       62/62             0    0        0      0  100.0%
        zh-CN                61/62             1    0        0      0   98.3%

        """)
    let json = try #require(try f.run(["coverage", "--format", "json"]).json)
    let rows = try #require(json["locales"] as? [[String: Any]])
    #expect(rows.last?["needsReview"] as? Int == 1)
    #expect(rows.last?["percent"] as? Double == 98.3)
  }
}
