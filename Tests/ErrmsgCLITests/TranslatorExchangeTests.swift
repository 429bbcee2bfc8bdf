import ErrmsgTestSupport
import Foundation
import Testing

/// XLIFF export/import through the command (`import-codes` is being rebuilt; its tests go with it).
@Suite struct TranslatorExchangeTests {
  @Test func exportThenImportIsByteIdentical() throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    let shipped = try f.data("Locales/zh-CN/tke.json")
    let export = try f.run([
      "export", "--xliff", "--product", "tke", "--source", "en-US", "--target", "zh-CN", "--output", "zh-CN.xlf",
    ])
    #expect(export.status == 0, "\(export.stderr)")
    #expect(export.stderr == "errmsg: wrote zh-CN.xlf\n")
    try FileManager.default.removeItem(at: f.url("Locales/zh-CN/tke.json"))
    let imported = try f.run(["import", "zh-CN.xlf"])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.text == "Locales/zh-CN/tke.json: created, 227 entries added, 0 changed\n")
    #expect(try f.data("Locales/zh-CN/tke.json") == shipped)
    #expect(try f.run(["import", "zh-CN.xlf"]).text == "Locales/zh-CN/tke.json: unchanged\n")
    // Standard output carries the same document.
    let stdout = try f.run(["export", "--xliff", "--product", "tke", "--target", "zh-CN"])
    #expect(stdout.stdout == (try f.data("zh-CN.xlf")))
    // The product is required.
    let noProduct = try f.run(["export", "--xliff", "--target", "zh-CN"])
    #expect(noProduct.status == 64)
    #expect(noProduct.stderr.contains("Missing expected argument '--product <product>'"))
  }

  @Test func refusedFilesChangeNothing() throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    _ = try f.run([
      "export", "--xliff", "--product", "tke", "--source", "en-US", "--target", "zh-CN", "--output", "good.xlf",
    ])
    let good = try f.read("good.xlf")
    let before = try f.data("Locales/zh-CN/tke.json")
    for (name, text, needle) in [
      ("malformed", good.replacingOccurrences(of: "</source>", with: "</sourc>"), "not well-formed XML"),
      ("target", good.replacingOccurrences(of: "trgLang=\"zh-CN\"", with: "trgLang=\"en-US\""), "source locale"),
      (
        "unknown", good.replacingOccurrences(of: "<unit id=\"InternalError.Db\">", with: "<unit id=\"NoSuch.Code\">"),
        "error: unit NoSuch.Code: product tke has no curated code NoSuch.Code"
      ),
      ("product", good, "the file holds tke texts, not common"),
    ] {
      try f.write("\(name).xlf", text)
      let out = try f.run(["import", "\(name).xlf"] + (name == "product" ? ["--product", "common"] : []))
      #expect(out.status == 65, "\(name)")
      #expect(out.stderr.contains(needle), "\(name): \(out.stderr)")
      #expect(out.stderr.contains("nothing changed"))
      #expect(try f.data("Locales/zh-CN/tke.json") == before)
    }
    #expect(try f.run(["import", "good.xlf", "--target", "ja"]).status == 65)
    #expect(try f.run(["export", "--product", "tke", "--target", "ja"]).status == 64)
  }
}
