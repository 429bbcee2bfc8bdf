import ErrmsgTestSupport
import Foundation
import Testing

/// XLIFF export/import through the command (import-codes: ImportCodesCommandTests).
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
}
