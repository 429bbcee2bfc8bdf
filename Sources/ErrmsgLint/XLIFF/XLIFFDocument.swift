package import ErrmsgModel

/// An XLIFF 2.0 document as errmsg reads it: the languages and, per unit, the
/// notes and segments.
package struct XLIFFDocument: Sendable {
  /// One `<segment>`.
  package struct Segment: Sendable {
    package var id: String
    package var state: XLIFFVocabulary.SegmentState
    package var source: String
    /// The translation; nil when the segment has no `<target>`.
    package var target: String?
    /// Byte offset of the `<segment>` tag.
    package var offset: Int
  }

  /// One `<unit>`.
  package struct Unit: Sendable {
    package var id: String
    /// `(category, text)` of each `<note>`.
    package var notes: [(category: String, text: String)]
    package var segments: [Segment]
    /// Byte offset of the `<unit>` tag.
    package var offset: Int
  }

  /// `srcLang`.
  package var sourceLocale: String
  /// `trgLang`.
  package var targetLocale: String
  /// The product: the first `<file>`'s id (errmsg writes one file per product).
  package var product: String?
  /// Units of every `<file>` and `<group>`, in document order.
  package var units: [Unit]
  /// Byte offset of the `<xliff>` tag.
  package var offset: Int

  /// Reads a document; every problem found is returned with its position (nothing when it is usable).
  package static func read(_ file: SourceFile) -> (XLIFFDocument?, [Diagnostic]) {
    let root: XMLElement
    do {
      root = try XMLReader.parse(file.bytes)
    } catch {
      return (nil, [file.diagnostic(.error, at: error.offset, kind: "xml", "not well-formed XML: \(error.message)")])
    }
    var reader = Reader(file: file)
    let document = reader.document(root)
    return (reader.problems.isEmpty ? document : nil, reader.problems)
  }

  private struct Reader {
    let file: SourceFile
    var problems: [Diagnostic] = []
    var units: [Unit] = []
    let ns = XLIFFVocabulary.namespace

    mutating func fail(_ offset: Int, _ message: String, fix: String? = nil) {
      problems.append(file.diagnostic(.error, at: offset, kind: "xliff", message, fix: fix))
    }

    mutating func document(_ root: XMLElement) -> XLIFFDocument? {
      guard root.name == "xliff" else {
        fail(root.offset, "the root element is <\(root.name)>, not <xliff>")
        return nil
      }
      guard root.namespace == ns else {
        let version =
          root.namespace.hasPrefix("urn:oasis:names:tc:xliff:document:1")
          ? "XLIFF 1.x" : "namespace '\(root.namespace)'"
        fail(
          root.offset, "\(version) is not read; errmsg reads XLIFF 2.0 (\(ns))", fix: "export XLIFF 2.0 from your tool")
        return nil
      }
      if let version = root.attribute("version"), !version.hasPrefix("2.") {
        fail(root.offset, "version \"\(version)\" is not XLIFF 2")
      }
      let source = root.attribute("srcLang")
      let target = root.attribute("trgLang")
      if source == nil { fail(root.offset, "<xliff> has no srcLang") }
      if target == nil { fail(root.offset, "<xliff> has no trgLang (the language of the translation)") }
      let files = root.elements("file", namespace: ns)
      if files.isEmpty { fail(root.offset, "the document has no <file>") }
      for f in files { container(f) }
      guard let source, let target else { return nil }
      return XLIFFDocument(
        sourceLocale: source, targetLocale: target, product: files.first?.attribute("id"), units: units,
        offset: root.offset)
    }

    /// A `<file>` or `<group>`: units and nested groups; other content is not translatable.
    mutating func container(_ element: XMLElement) {
      for child in element.elements where child.namespace == ns {
        switch child.name {
        case "unit": unit(child)
        case "group": container(child)
        case "notes", "skeleton": break
        default: fail(child.offset, "unexpected <\(child.name)> in <\(element.name)>")
        }
      }
    }

    mutating func unit(_ element: XMLElement) {
      guard let id = element.attribute("id"), !id.isEmpty else {
        fail(element.offset, "a <unit> has no id")
        return
      }
      var unit = Unit(id: id, notes: [], segments: [], offset: element.offset)
      for child in element.elements where child.namespace == ns {
        switch child.name {
        case "notes":
          for note in child.elements("note", namespace: ns) {
            unit.notes.append((note.attribute("category") ?? "", text(of: note, unit: id) ?? ""))
          }
        case "segment":
          guard let segmentID = child.attribute("id"), !segmentID.isEmpty else {
            fail(
              child.offset, "a <segment> of unit \(id) has no id",
              fix: "keep the segment ids errmsg exported (message, hint, detail)")
            continue
          }
          let stateText = child.attribute("state") ?? "initial"
          guard let state = XLIFFVocabulary.SegmentState(rawValue: stateText) else {
            fail(
              child.offset, "unit \(id), segment \(segmentID): unknown state \"\(stateText)\"",
              fix: "use initial, translated, reviewed or final")
            continue
          }
          let sources = child.elements("source", namespace: ns)
          let targets = child.elements("target", namespace: ns)
          guard sources.count == 1, targets.count <= 1 else {
            fail(child.offset, "unit \(id), segment \(segmentID) needs one <source> and at most one <target>")
            continue
          }
          guard let source = text(of: sources[0], unit: id) else { continue }
          var target: String?
          if let t = targets.first {
            guard let read = text(of: t, unit: id) else { continue }
            target = read
          }
          unit.segments.append(
            Segment(id: segmentID, state: state, source: source, target: target, offset: child.offset))
        case "ignorable", "originalData": break
        default: fail(child.offset, "unexpected <\(child.name)> in unit \(id)")
        }
      }
      units.append(unit)
    }

    /// The text of a `<source>`, `<target>` or `<note>`: character data, with
    /// `<mrk>` and `<pc>` annotations flattened and `<cp hex="…"/>` as its character.
    mutating func text(of element: XMLElement, unit: String) -> String? {
      var out = ""
      for child in element.children {
        switch child {
        case .text(let s, _): out += s
        case .element(let e):
          guard e.namespace == ns else {
            fail(e.offset, "unit \(unit): <\(e.name)> from another namespace inside <\(element.name)>")
            return nil
          }
          switch e.name {
          case "mrk", "pc":
            guard let inner = text(of: e, unit: unit) else { return nil }
            out += inner
          case "cp":
            guard let hex = e.attribute("hex"), let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) else {
              fail(e.offset, "unit \(unit): <cp> needs a hex attribute with a code point")
              return nil
            }
            out.unicodeScalars.append(scalar)
          default:
            fail(
              e.offset, "unit \(unit): the inline element <\(e.name)> is not supported in errmsg texts",
              fix: "ICU placeholders such as {code} are plain text; keep them as text")
            return nil
          }
        }
      }
      return out
    }
  }
}
