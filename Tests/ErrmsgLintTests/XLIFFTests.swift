import ErrmsgLint
import ErrmsgModel
import Foundation
import Testing

/// XLIFF 2.0 export and import: round trips, state mapping, refusals.
@Suite struct XLIFFTests {
  func export(_ folders: CatalogFolders, product: String, target: String) throws -> String {
    try TranslationExchange.export(from: folders, product: product, source: "en-US", target: target).get()
  }

  @Test func prettyJSONReproducesTheShippedFiles() throws {
    let locales = ["en-US", "zh-CN", "zh-TW"].flatMap { l in ["common", "tke"].map { "Locales/\(l)/\($0).json" } }
    for name in ["Catalog/common.json", "Catalog/tke.json"] + locales {
      let bytes = [UInt8](try Data(contentsOf: LintFixture.packageRoot.appendingPathComponent(name)))
      #expect(PrettyJSON.bytes(try JSONParser.parse(bytes).value) == bytes, "\(name)")
    }
  }

  @Test(arguments: [
    ("common", "zh-CN", 44, "AuthFailure.SignatureExpire"), ("tke", "zh-CN", 227, "InternalError.CidrInvali"),
    ("common", "zh-TW", 44, "InvalidAction"), ("tke", "zh-TW", 227, "FailedOperation.ClusterNotFound"),
  ])
  func exportThenImportIsByteIdentical(product: String, locale: String, codes: Int, code: String) throws {
    let f = try LintFixture()
    defer { f.remove() }
    let relative = "Locales/\(locale)/\(product).json"
    let shipped = try f.bytes(relative)
    let xliff = try export(f.folders, product: product, target: locale)
    #expect(
      xliff.hasPrefix(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en-US\" trgLang=\"\(locale)\">\n  <file id=\"\(product)\" original=\"\(locale)/\(product).json\" xml:space=\"preserve\">\n"
      ))
    #expect(xliff.contains("<unit id=\"\(code)\">"))
    #expect(xliff.contains("<segment id=\"detail\" state=\"final\">"))
    // The ui labels and the unknown entry travel with the common product only.
    #expect(xliff.contains("<unit id=\":unknown\">") == (product == "common"))
    try f.write("zh.xlf", xliff)
    // Into the folder as it is: nothing changes.
    let same = try TranslationExchange.importXLIFF(f.path("zh.xlf"), into: f.folders).get()
    #expect(same.path == f.path(relative))
    #expect(!same.changesFile)
    #expect(same.bytes == shipped)
    // Into a folder without the file: the file is rebuilt byte for byte.
    try FileManager.default.removeItem(at: f.url(relative))
    let rebuilt = try TranslationExchange.importXLIFF(f.path("zh.xlf"), into: f.folders).get()
    #expect(rebuilt.createsFile)
    #expect(rebuilt.added == codes)
    #expect(rebuilt.bytes == shipped)
  }

  @Test func statesAndNotesMap() throws {
    let f = try LintFixture()
    defer { f.remove() }
    try f.replace(
      "\"state\": \"translated\"", with: "\"state\": \"needs-review\"", after: "\"ResourceInUse\"",
      in: "Locales/zh-CN/common.json")
    try f.replace(
      "\"state\": \"translated\"", with: "\"note\": \"译者备注 <b> & co\",\n      \"state\": \"new\"",
      after: "\"ResourceNotFound\"", in: "Locales/zh-CN/common.json")
    let before = try f.bytes("Locales/zh-CN/common.json")
    let xliff = try export(f.folders, product: "common", target: "zh-CN")
    #expect(xliff.contains("<note category=\"translator\">译者备注 &lt;b&gt; &amp; co</note>"))
    let units = xliff.components(separatedBy: "<unit id=")
    let inUse = try #require(units.first { $0.hasPrefix("\"ResourceInUse\"") })
    #expect(inUse.contains("state=\"translated\""))
    let notFound = try #require(units.first { $0.hasPrefix("\"ResourceNotFound\"") })
    #expect(notFound.contains("state=\"initial\""))
    try f.write("zh.xlf", xliff)
    try FileManager.default.removeItem(at: f.url("Locales/zh-CN/common.json"))
    let rebuilt = try TranslationExchange.importXLIFF(f.path("zh.xlf"), into: f.folders).get()
    #expect(rebuilt.bytes == before)
  }

  @Test func aNewLocaleFromATranslatedFile() throws {
    let f = try LintFixture()
    defer { f.remove() }
    var xliff = try export(f.folders, product: "common", target: "ja")
    #expect(!xliff.contains("<target>"))
    // A tool fills two segments and marks one reviewed, one only translated.
    xliff = xliff.replacingOccurrences(
      of: "<source>Multi-factor authentication (MFA) failed.</source>",
      with: "<source>Multi-factor authentication (MFA) failed.</source>\n          <target>多要素認証（MFA）に失敗しました。</target>")
    xliff = xliff.replacingOccurrences(
      of: "<source>Enter the code currently shown on your MFA device",
      with: "<target>MFA コードを確認してください。</target><source>Enter the code currently shown on your MFA device")
    let unit = try #require(xliff.range(of: "<unit id=\"AuthFailure.MFAFailure\">"))
    let message = try #require(xliff.range(of: "state=\"initial\"", range: unit.upperBound..<xliff.endIndex))
    xliff.replaceSubrange(message, with: "state=\"reviewed\"")
    let hint = try #require(xliff.range(of: "state=\"initial\"", range: message.upperBound..<xliff.endIndex))
    xliff.replaceSubrange(hint, with: "state=\"translated\"")
    try f.write("ja.xlf", xliff)
    let result = try TranslationExchange.importXLIFF(f.path("ja.xlf"), into: f.folders, expectedTarget: "ja").get()
    #expect(result.path == f.path("Locales/ja/common.json"))
    #expect(result.createsFile)
    #expect(result.added == 1)
    let text = String(decoding: result.bytes, as: UTF8.self)
    #expect(
      text == """
        {
          "locale": "ja",
          "product": "common",
          "ui": {},
          "unknown": {},
          "messages": {
            "AuthFailure.MFAFailure": {
              "message": "多要素認証（MFA）に失敗しました。",
              "hint": "MFA コードを確認してください。",
              "state": "needs-review"
            }
          }
        }

        """)
  }

  @Test func aChangedSourceComesInAsNeedsReview() throws {
    let f = try LintFixture()
    defer { f.remove() }
    let xliff = try export(f.folders, product: "common", target: "zh-CN")
    try f.write("zh.xlf", xliff)
    try f.replace("Multi-factor authentication (MFA) failed.", with: "MFA failed.", in: "Locales/en-US/common.json")
    let result = try TranslationExchange.importXLIFF(f.path("zh.xlf"), into: f.folders).get()
    #expect(result.changed == 1)
    #expect(result.warnings.map(\.code) == ["AuthFailure.MFAFailure"])
    #expect(String(decoding: result.bytes, as: UTF8.self).contains("\"state\": \"needs-review\""))
  }

  func refusal(
    _ f: LintFixture, _ xliff: String, target: String? = nil, product: String? = nil,
    file: String = "Locales/zh-CN/common.json"
  ) throws -> Refusal {
    try f.write("x.xlf", xliff)
    let before = try f.bytes(file)
    defer { #expect((try? f.bytes(file)) == before) }
    switch TranslationExchange.importXLIFF(
      f.path("x.xlf"), into: f.folders, expectedTarget: target, expectedProduct: product)
    {
    case .success: throw RefusalExpected()
    case .failure(let r): return r
    }
  }

  struct RefusalExpected: Error {}

  @Test func refusals() throws {
    let f = try LintFixture()
    defer { f.remove() }
    let good = try export(f.folders, product: "common", target: "zh-CN")
    func first(_ r: Refusal) -> String { r.diagnostics.first?.message ?? "" }
    #expect(first(try refusal(f, good, target: "ja")).contains("not ja"))
    #expect(
      first(try refusal(f, good.replacingOccurrences(of: "trgLang=\"zh-CN\"", with: "trgLang=\"en-US\""))).contains(
        "source locale"))
    #expect(
      first(try refusal(f, good.replacingOccurrences(of: "trgLang=\"zh-CN\"", with: "trgLang=\"not a tag\""))).contains(
        "not a BCP 47"))
    #expect(
      first(try refusal(f, good.replacingOccurrences(of: "srcLang=\"en-US\"", with: "srcLang=\"fr\""))).contains(
        "srcLang"))
    let unknown = try refusal(
      f, good.replacingOccurrences(of: "<unit id=\"InvalidAction\">", with: "<unit id=\"InvalidActoin\">"))
    #expect(first(unknown) == "unit InvalidActoin: product common has no curated code InvalidActoin")
    #expect(
      unknown.diagnostics.first?.line == good.components(separatedBy: "\n").firstIndex {
        $0.contains("\"InvalidAction\"")
      }! + 1)
    #expect(
      first(try refusal(f, good.replacingOccurrences(of: "</target>", with: "</targt>"))).contains("not well-formed"))
    #expect(
      first(
        try refusal(
          f,
          good.replacingOccurrences(
            of: "urn:oasis:names:tc:xliff:document:2.0", with: "urn:oasis:names:tc:xliff:document:1.2"))
      ).contains("XLIFF 1"))
    #expect(
      first(try refusal(f, good.replacingOccurrences(of: "<segment id=\"hint\"", with: "<segment id=\"tip\"")))
        .contains("unknown segment"))
    #expect(first(try refusal(f, good, product: "tke")).contains("holds common texts, not tke"))
    #expect(
      first(try refusal(f, good.replacingOccurrences(of: "<file id=\"common\"", with: "<file id=\"\"")))
        .contains("does not name a product"))
    // A unit of the common product is not a TKE code.
    let misfiled = try refusal(
      f,
      good.replacingOccurrences(of: "<file id=\"common\"", with: "<file id=\"tke\""), file: "Locales/zh-CN/tke.json")
    #expect(
      first(misfiled) == "unit :ui.hint: labels and the generic message belong to the common product",
      "\(misfiled.diagnostics)")
    let tke = try export(f.folders, product: "tke", target: "zh-CN")
    let broken = try refusal(
      f,
      tke.replacingOccurrences(of: "<target>网段 {cidr} 与已有路由冲突。</target>", with: "<target>网段 {cidr 与已有路由冲突。</target>"),
      file: "Locales/zh-CN/tke.json")
    #expect(broken.diagnostics.first?.code == "InternalError.CidrConflictWithOtherRoute")
    #expect(broken.diagnostics.first?.file == f.path("x.xlf"))
  }

  @Test func escapingRoundTrips() throws {
    let f = try LintFixture()
    defer { f.remove() }
    try f.replace(
      "再决定是否重试。如果问题持续出现", with: "再决定是否重试 <b> & \\\"引号\\\" '单' \\r\\n\\t。如果问题持续出现",
      after: "\"unknown\"", in: "Locales/zh-CN/common.json")
    let before = try f.bytes("Locales/zh-CN/common.json")
    let xliff = try export(f.folders, product: "common", target: "zh-CN")
    #expect(xliff.contains("再决定是否重试 &lt;b&gt; &amp; \"引号\" '单' &#xD;\n\t。"))
    try f.write("zh.xlf", xliff)
    try FileManager.default.removeItem(at: f.url("Locales/zh-CN/common.json"))
    #expect(try TranslationExchange.importXLIFF(f.path("zh.xlf"), into: f.folders).get().bytes == before)
  }
}
