import ErrmsgTestSupport
import Foundation
import Testing

/// XLIFF export/import and import-codes through the command.
@Suite struct TranslatorExchangeTests {
  @Test func exportThenImportIsByteIdentical() throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    let shipped = try f.data("Locales/zh-CN.json")
    let export = try f.run(["export", "--xliff", "--source", "en-US", "--target", "zh-CN", "--output", "zh-CN.xlf"])
    #expect(export.status == 0, "\(export.stderr)")
    try FileManager.default.removeItem(at: f.url("Locales/zh-CN.json"))
    let imported = try f.run(["import", "zh-CN.xlf"])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.text == "Locales/zh-CN.json: created, 62 entries added, 0 changed\n")
    #expect(try f.data("Locales/zh-CN.json") == shipped)
    #expect(try f.run(["import", "zh-CN.xlf"]).text == "Locales/zh-CN.json: unchanged\n")
    // Standard output carries the same document.
    let stdout = try f.run(["export", "--xliff", "--target", "zh-CN"])
    #expect(stdout.stdout == (try f.data("zh-CN.xlf")))
  }

  @Test func refusedFilesChangeNothing() throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    _ = try f.run(["export", "--xliff", "--source", "en-US", "--target", "zh-CN", "--output", "good.xlf"])
    let good = try f.read("good.xlf")
    let before = try f.data("Locales/zh-CN.json")
    for (name, text, needle) in [
      ("malformed", good.replacingOccurrences(of: "</source>", with: "</sourc>"), "not well-formed XML"),
      ("target", good.replacingOccurrences(of: "trgLang=\"zh-CN\"", with: "trgLang=\"en-US\""), "source locale"),
      (
        "unknown", good.replacingOccurrences(of: "<unit id=\"InvalidAction\">", with: "<unit id=\"NoSuch.Code\">"),
        "no code NoSuch.Code"
      ),
    ] {
      try f.write("\(name).xlf", text)
      let out = try f.run(["import", "\(name).xlf"])
      #expect(out.status == 65, "\(name)")
      #expect(out.stderr.contains(needle), "\(name): \(out.stderr)")
      #expect(out.stderr.contains("nothing changed"))
      #expect(try f.data("Locales/zh-CN.json") == before)
    }
    #expect(try f.run(["import", "good.xlf", "--target", "ja"]).status == 65)
    #expect(try f.run(["export", "--target", "ja"]).status == 64)
  }

  @Test func importCodes() throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    let catalog = try f.data("Catalog/codes.json")
    // The seed page from the shared folder beside the clone (skipped where there is none).
    let seeds = [
      ErrmsgProcess.packageRoot.deletingLastPathComponent().appendingPathComponent(
        "shared/seed/tencentcloud-error-codes.md"),
      URL(fileURLWithPath: "/work/shared/seed/tencentcloud-error-codes.md"),
    ]
    if let seed = seeds.first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
      let out = try f.run(["import-codes", seed.path])
      #expect(out.status == 0, "\(out.stderr)")
      #expect(out.text == "nothing to change: every code of the page is in the catalog\n")
      #expect(try f.data("Catalog/codes.json") == catalog)
    }
    try f.write(
      "page.md",
      """
      ### 业务错误码

      | 错误码 | 说明 |
      |:-------|:-----|
      | FailedOperation.ClusterStateError | 集群状态异常。 |
      | ResourceNotFound.ClusterNotFound | 集群不存在。 |
      """)
    let ambiguous = try f.run(["import-codes", "page.md"])
    #expect(ambiguous.status == 64)
    #expect(ambiguous.stderr.contains("--origin"))
    let out = try f.run(["import-codes", "page.md", "--origin", "tke"])
    #expect(out.status == 0, "\(out.stderr)")
    #expect(
      out.text == """
        added FailedOperation.ClusterStateError
        added ResourceNotFound.ClusterNotFound
        wrote Catalog/codes.json, Locales/en-US.json, Locales/zh-CN.json (2 new codes)

        """)
    let list = try ErrmsgProcess.run(["list", "--catalog", f.catalog])
    #expect(list.text.contains("FailedOperation.ClusterStateError"))
    let after = try [f.data("Catalog/codes.json"), f.data("Locales/en-US.json"), f.data("Locales/zh-CN.json")]
    let again = try f.run(["import-codes", "page.md", "--origin", "tke"])
    #expect(again.text == "nothing to change: every code of the page is in the catalog\n")
    #expect(try [f.data("Catalog/codes.json"), f.data("Locales/en-US.json"), f.data("Locales/zh-CN.json")] == after)
    // The new entries never break: lint passes with warnings, and the text renders with the code.
    let lint = try f.run(["lint"])
    #expect(lint.status == 0, "\(lint.text)")
    #expect(lint.text.contains("0 errors, 4 warnings"))
    let show = try ErrmsgProcess.run(
      ["show", "ResourceNotFound.ClusterNotFound", "--locale", "zh-CN", "--locales", f.locales, "--catalog", f.catalog])
    #expect(show.text.contains("腾讯云返回了错误 ResourceNotFound.ClusterNotFound。"))
  }
}
