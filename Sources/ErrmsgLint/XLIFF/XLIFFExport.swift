package import ErrmsgModel

/// Writes a source and a target Locales file as one XLIFF 2.0 document for
/// translation tools.
///
/// One `<file id="PRODUCT">` (a product's texts: one Locales file), with
/// one `<unit id="CODE">` per catalog code (catalog order) with a `<segment>`
/// per text (`message`, `hint`, `detail`), `<source>` from the source locale
/// and `<target>` where the target locale has the text; the source's note and
/// the code's arguments go to `<notes>`. The `ui` labels and the `unknown`
/// entry travel (with the common product) as units `:ui.<key>` and `:unknown`, so an export followed by
/// an import rebuilds the whole target file. See ``XLIFFVocabulary`` for the
/// state mapping.
package enum XLIFFExport {
  /// A character XML cannot carry, even escaped.
  package struct Problem: Error, Sendable {
    package var message: String
  }

  /// The document's text.
  package static func document(
    catalog: CatalogDocument, source: LocaleDocument, target: LocaleDocument?, targetLocale: String
  ) throws(Problem) -> String {
    var w = Writer()
    w.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    w.line(
      0,
      "<xliff xmlns=\"\(XLIFFVocabulary.namespace)\" version=\"2.0\" srcLang=\"\(try attr(source.locale))\" trgLang=\"\(try attr(targetLocale))\">"
    )
    w.line(
      1,
      "<file id=\"\(try attr(catalog.product))\" original=\"\(try attr(targetLocale))/\(try attr(catalog.product)).json\" xml:space=\"preserve\">"
    )

    for key in LocaleDocument.uiKeys where catalog.product == "common" {
      guard let text = source.ui[key] else { continue }
      let translated = target?.ui[key]?.pattern
      try w.unit(
        id: XLIFFVocabulary.uiUnitPrefix + key, notes: [],
        segments: [(XLIFFVocabulary.uiSegmentID, text.pattern, translated, translated == nil ? .initial : .final)])
    }
    if catalog.product == "common", let unknown = source.unknown {
      try w.entry(id: XLIFFVocabulary.unknownUnitID, source: unknown, target: target?.unknown, arguments: [])
    }
    let sourceEntries = Dictionary(source.messages.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    let targetEntries = Dictionary((target?.messages ?? []).map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    for record in catalog.codes {
      guard let entry = sourceEntries[record.code] else { continue }
      try w.entry(id: record.code, source: entry, target: targetEntries[record.code], arguments: record.arguments)
    }

    w.line(1, "</file>")
    w.line(0, "</xliff>")
    return w.text
  }

  private struct Writer {
    var text = ""

    mutating func line(_ depth: Int, _ s: String) {
      text += String(repeating: "  ", count: depth) + s + "\n"
    }

    mutating func entry(
      id: String, source: MessageRecord, target: MessageRecord?, arguments: [ArgumentDeclaration]
    ) throws(Problem) {
      var notes: [(String, String)] = []
      if let note = source.note { notes.append((XLIFFVocabulary.sourceNoteCategory, note)) }
      if !arguments.isEmpty {
        let list = arguments.map { "{\($0.name)} (\($0.type.rawValue)): \($0.description)" }.joined(separator: "\n")
        notes.append((XLIFFVocabulary.argumentsNoteCategory, list))
      }
      if let note = target?.note { notes.append((XLIFFVocabulary.targetNoteCategory, note)) }
      var segments: [(String, String, String?, XLIFFVocabulary.SegmentState)] = []
      let sourceTexts = Dictionary(source.texts.map { ($0.field, $0.text.pattern) }, uniquingKeysWith: { a, _ in a })
      let targetTexts = Dictionary(
        (target?.texts ?? []).map { ($0.field, $0.text.pattern) }, uniquingKeysWith: { a, _ in a })
      for field in XLIFFVocabulary.entryFields {
        guard let s = sourceTexts[field] else { continue }
        let t = targetTexts[field]
        let state = t == nil ? XLIFFVocabulary.SegmentState.initial : .init(target?.state ?? .new)
        segments.append((field, s, t, state))
      }
      try unit(id: id, notes: notes, segments: segments)
    }

    mutating func unit(
      id: String, notes: [(category: String, text: String)],
      segments: [(id: String, source: String, target: String?, state: XLIFFVocabulary.SegmentState)]
    ) throws(Problem) {
      line(2, "<unit id=\"\(try attr(id))\">")
      if !notes.isEmpty {
        line(3, "<notes>")
        for n in notes {
          line(4, "<note category=\"\(try attr(n.category))\">\(try escape(n.text))</note>")
        }
        line(3, "</notes>")
      }
      for s in segments {
        line(3, "<segment id=\"\(try attr(s.id))\" state=\"\(s.state.rawValue)\">")
        line(4, "<source>\(try escape(s.source))</source>")
        if let t = s.target { line(4, "<target>\(try escape(t))</target>") }
        line(3, "</segment>")
      }
      line(2, "</unit>")
    }
  }

  /// Character data: `&`, `<`, `>` as entities, a carriage return as `&#xD;` (XML would turn it into a line feed).
  package static func escape(_ s: String) throws(Problem) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\r": out += "&#xD;"
      default:
        guard XMLReader.isXMLCharacter(scalar) else {
          throw Problem(
            message: "the text contains U+\(String(scalar.value, radix: 16, uppercase: true)), which XML cannot carry")
        }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// An attribute value in double quotes: also `"`, tabs and line feeds as references.
  package static func attr(_ s: String) throws(Problem) -> String {
    var out = ""
    for scalar in try escape(s).unicodeScalars {
      switch scalar {
      case "\"": out += "&quot;"
      case "\t": out += "&#x9;"
      case "\n": out += "&#xA;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
