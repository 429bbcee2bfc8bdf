import Testing

@testable import ErrmsgModel

/// Catalog and Locales readers: lenient, with positions for every problem.
@Suite struct DocumentReaderTests {
  func file(_ text: String, _ name: String = "Locales/xx.json") -> SourceFile {
    SourceFile(name: name, bytes: Array(text.utf8))
  }

  @Test func localeFileWithProblemsStillReadsTheGoodEntries() {
    let text = """
      {
        "locale": "xx",
        "messages": {
          "A": { "message": "ok", "hint": "ok" },
          "B": { "mesage": "typo", "hint": 3 },
          "C": "not an object"
        }
      }
      """
    let (doc, diagnostics) = LocaleDocument.read(file(text))
    #expect(doc?.messages.map(\.code) == ["A", "B"])
    let byKind = Dictionary(grouping: diagnostics, by: \.kind)
    #expect(byKind["unknown-field"]?.first?.line == 5)
    #expect(byKind["schema"]?.map(\.line).sorted() == [5, 6])
    #expect(diagnostics.allSatisfy { $0.file == "Locales/xx.json" })
  }

  /// The file's own members are checked too (their warnings were once dropped on return).
  @Test func problemsAtTheTopOfALocaleFileAreReported() {
    let text = """
      {
        "locale": "xx",
        "comment": "not a member",
        "product": 7,
        "messages": { "A": { "message": "ok", "hint": "ok" } }
      }
      """
    let (doc, diagnostics) = LocaleDocument.read(file(text))
    #expect(doc?.messages.map(\.code) == ["A"])
    #expect(diagnostics.contains { $0.kind == "unknown-field" && $0.line == 3 && $0.column == 3 })
    #expect(diagnostics.contains { $0.line == 4 && $0.severity == .error }, "\(diagnostics)")
  }

  @Test func syntaxErrorPointsAtLineAndColumn() {
    let (doc, diagnostics) = LocaleDocument.read(file("{\n  \"locale\": \"xx\"\n  \"messages\": {}\n}"))
    #expect(doc == nil)
    #expect(diagnostics.count == 1)
    #expect(diagnostics[0].line == 3 && diagnostics[0].column == 3)
    #expect(diagnostics[0].description.hasPrefix("Locales/xx.json:3:3: error: "))
  }

  @Test func catalogEnumerationsAreChecked() {
    let text = """
      {"product": "tke", "codes": {
        "Good.Code": {"category": "quota", "retry": "never", "actor": "caller"},
        "Bad.Code": {"category": "weather", "retry": "never", "actor": "caller"},
        "bad code!": {"category": "quota", "retry": "never", "actor": "caller"}
      }}
      """
    let (doc, diagnostics) = CatalogDocument.read(file(text, "Catalog/tke.json"))
    #expect(doc?.codes.map(\.code) == ["Good.Code"])
    #expect(diagnostics.filter { $0.severity == .error }.map(\.line) == [3, 4])
  }
}
