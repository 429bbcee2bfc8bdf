import ErrmsgModel

/// One element of an XML document, with its namespace resolved.
package struct XMLElement: Sendable {
  /// The local name (`unit` of `<x:unit>`).
  package var name: String
  /// The namespace URI the element's prefix (or the default namespace) is bound to; "" for none.
  package var namespace: String
  /// Attributes in document order.
  package var attributes: [XMLAttribute]
  /// Child elements and text, in document order; adjacent text, entity and CDATA pieces are one text node.
  package var children: [XMLNode]
  /// Byte offset of the element's `<`.
  package var offset: Int

  /// The value of the attribute with this local name and namespace ("" = no prefix).
  package func attribute(_ name: String, namespace: String = "") -> String? {
    attributes.first { $0.name == name && $0.namespace == namespace }?.value
  }

  /// Child elements.
  package var elements: [XMLElement] {
    children.compactMap { if case .element(let e) = $0 { e } else { nil } }
  }

  /// Child elements with a local name, in one namespace.
  package func elements(_ name: String, namespace: String) -> [XMLElement] {
    elements.filter { $0.name == name && $0.namespace == namespace }
  }
}

/// An attribute, with its namespace resolved.
package struct XMLAttribute: Sendable {
  /// The local name.
  package var name: String
  /// The namespace of its prefix; "" for an unprefixed attribute.
  package var namespace: String
  /// The value, entities expanded and white space normalized as XML requires.
  package var value: String
  /// Byte offset of the attribute's name.
  package var offset: Int
}

/// A child of an element.
package enum XMLNode: Sendable {
  case element(XMLElement)
  /// Character data and its byte offset.
  case text(String, offset: Int)
}

/// Why an XML document was refused, and where.
package struct XMLSyntaxError: Error, Sendable, Equatable {
  /// A sentence for a person.
  package var message: String
  /// Byte offset of the fault.
  package var offset: Int
}

/// A small, strict XML 1.0 reader for the documents translation tools exchange.
///
/// Reads UTF-8 documents with an optional XML declaration, elements,
/// attributes, namespaces, character data, the five predefined entities,
/// character references (`&#NN;`, `&#xNN;`), CDATA sections, comments and
/// processing instructions. Refuses DOCTYPE declarations (and with them any
/// entity definitions), other encodings, characters XML forbids, unbound
/// prefixes, mismatched tags and anything after the root element. Line ends
/// are normalized to `\n`, as XML requires.
package struct XMLReader {
  /// The namespace of the `xml:` prefix.
  package static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
  /// The deepest element nesting accepted.
  package static let maximumDepth = 256

  private let bytes: [UInt8]
  private var index = 0

  private init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// Parses a whole document and returns its root element.
  package static func parse(_ bytes: [UInt8]) throws(XMLSyntaxError) -> XMLElement {
    if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
      throw XMLSyntaxError(message: "the file is not valid UTF-8", offset: bad)
    }
    var reader = XMLReader(bytes)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.index = 3 }
    try reader.prolog()
    guard reader.peek() == UInt8(ascii: "<") else {
      throw reader.error(reader.index < bytes.count ? "expected the root element" : "the document has no root element")
    }
    let root = try reader.element(scopes: [["xml": xmlNamespace]], depth: 0)
    try reader.misc()
    if reader.index < bytes.count {
      throw reader.error("unexpected content after the root element </\(root.name)>")
    }
    return root
  }

  // MARK: - Prolog

  private mutating func prolog() throws(XMLSyntaxError) {
    if starts(with: "<?xml"), let after = byte(at: index + 5), isSpace(after) {
      let start = index
      index += 5
      var declaration: [UInt8] = []
      while index < bytes.count, !starts(with: "?>") {
        declaration.append(bytes[index])
        index += 1
      }
      guard starts(with: "?>") else {
        throw XMLSyntaxError(message: "the XML declaration is not closed with '?>'", offset: start)
      }
      index += 2
      let text = String(decoding: declaration, as: UTF8.self)
      if let range = text.firstRange(of: "encoding") {
        let rest = text[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        let encoding = rest.prefix { $0 != "\"" && $0 != "'" }.lowercased()
        if encoding != "utf-8" && encoding != "utf8" {
          throw XMLSyntaxError(message: "the document is in \(encoding); only UTF-8 is read", offset: start)
        }
      }
    }
    try misc()
    if starts(with: "<!DOCTYPE") {
      throw error("DOCTYPE declarations are not accepted (they can define entities)")
    }
  }

  /// White space, comments and processing instructions.
  private mutating func misc() throws(XMLSyntaxError) {
    while true {
      skipSpace()
      if starts(with: "<!--") {
        try comment()
      } else if starts(with: "<?") {
        try processingInstruction()
      } else {
        return
      }
    }
  }

  private mutating func comment() throws(XMLSyntaxError) {
    let start = index
    index += 4
    while index < bytes.count {
      if starts(with: "--") {
        guard byte(at: index + 2) == UInt8(ascii: ">") else {
          throw error("'--' is not allowed inside a comment")
        }
        index += 3
        return
      }
      try checkCharacter()
    }
    throw XMLSyntaxError(message: "the comment is not closed with '-->'", offset: start)
  }

  private mutating func processingInstruction() throws(XMLSyntaxError) {
    let start = index
    index += 2
    let target = name()
    if target.lowercased() == "xml" {
      throw XMLSyntaxError(message: "the XML declaration must come first in the file", offset: start)
    }
    while index < bytes.count {
      if starts(with: "?>") {
        index += 2
        return
      }
      try checkCharacter()
    }
    throw XMLSyntaxError(message: "the processing instruction is not closed with '?>'", offset: start)
  }

  // MARK: - Elements

  private mutating func element(scopes: [[String: String]], depth: Int) throws(XMLSyntaxError) -> XMLElement {
    let start = index
    guard depth < Self.maximumDepth else { throw error("elements are nested deeper than \(Self.maximumDepth) levels") }
    index += 1  // <
    let qualified = name()
    guard !qualified.isEmpty else { throw error("expected an element name after '<'") }

    var raw: [(name: String, value: String, offset: Int)] = []
    while true {
      let hadSpace = skipSpace()
      guard let b = peek() else { throw XMLSyntaxError(message: "the tag <\(qualified)> is not closed", offset: start) }
      if b == UInt8(ascii: ">") || starts(with: "/>") { break }
      guard hadSpace else { throw error("expected white space, '>' or '/>' in <\(qualified)>") }
      let attributeStart = index
      let attributeName = name()
      guard !attributeName.isEmpty else { throw error("unexpected \(describe()) in <\(qualified)>") }
      skipSpace()
      guard peek() == UInt8(ascii: "=") else { throw error("expected '=' after the attribute name \(attributeName)") }
      index += 1
      skipSpace()
      let value = try attributeValue()
      if raw.contains(where: { $0.name == attributeName }) {
        throw XMLSyntaxError(
          message: "the attribute \(attributeName) appears twice in <\(qualified)>", offset: attributeStart)
      }
      raw.append((attributeName, value, attributeStart))
    }

    // Namespace declarations of this element apply to its own name and attributes.
    var scope: [String: String] = [:]
    for a in raw {
      if a.name == "xmlns" {
        scope[""] = a.value
      } else if a.name.hasPrefix("xmlns:") {
        scope[String(a.name.dropFirst(6))] = a.value
      }
    }
    let scopes = scope.isEmpty ? scopes : scopes + [scope]
    func resolve(_ prefix: String, at offset: Int) throws(XMLSyntaxError) -> String {
      for s in scopes.reversed() {
        if let uri = s[prefix] { return uri }
      }
      if prefix.isEmpty { return "" }
      throw XMLSyntaxError(message: "the prefix '\(prefix)' is not bound to a namespace", offset: offset)
    }
    let (prefix, local) = Self.split(qualified)
    var element = XMLElement(
      name: local, namespace: try resolve(prefix, at: start), attributes: [], children: [], offset: start)
    for a in raw where a.name != "xmlns" && !a.name.hasPrefix("xmlns:") {
      let (p, l) = Self.split(a.name)
      element.attributes.append(
        XMLAttribute(
          name: l, namespace: p.isEmpty ? "" : try resolve(p, at: a.offset), value: a.value, offset: a.offset))
    }

    if starts(with: "/>") {
      index += 2
      return element
    }
    index += 1  // >
    try content(of: &element, qualified: qualified, scopes: scopes, depth: depth)
    return element
  }

  private mutating func content(
    of element: inout XMLElement, qualified: String, scopes: [[String: String]], depth: Int
  ) throws(XMLSyntaxError) {
    var text: [UInt8] = []
    var textStart = index
    func flush() {
      if !text.isEmpty { element.children.append(.text(String(decoding: text, as: UTF8.self), offset: textStart)) }
      text = []
    }
    while true {
      guard let b = peek() else {
        throw XMLSyntaxError(message: "<\(qualified)> is never closed", offset: element.offset)
      }
      if text.isEmpty { textStart = index }
      switch b {
      case UInt8(ascii: "<"):
        if starts(with: "</") {
          flush()
          let closeStart = index
          index += 2
          let closing = name()
          skipSpace()
          guard peek() == UInt8(ascii: ">") else { throw error("expected '>' to end </\(closing)>") }
          index += 1
          guard closing == qualified else {
            throw XMLSyntaxError(
              message: "</\(closing)> does not match <\(qualified)> (opened on line \(line(of: element.offset)))",
              offset: closeStart)
          }
          return
        } else if starts(with: "<!--") {
          try comment()
        } else if starts(with: "<![CDATA[") {
          let start = index
          index += 9
          while !starts(with: "]]>") {
            guard index < bytes.count else {
              throw XMLSyntaxError(message: "the CDATA section is not closed with ']]>'", offset: start)
            }
            try appendCharacter(to: &text)
          }
          index += 3
        } else if starts(with: "<?") {
          try processingInstruction()
        } else if starts(with: "<!") {
          throw error("unexpected markup declaration inside an element")
        } else {
          flush()
          element.children.append(.element(try self.element(scopes: scopes, depth: depth + 1)))
        }
      case UInt8(ascii: "&"):
        try reference(into: &text)
      default:
        if starts(with: "]]>") { throw error("']]>' is not allowed in text; write ]]&gt;") }
        try appendCharacter(to: &text)
      }
    }
  }

  private mutating func attributeValue() throws(XMLSyntaxError) -> String {
    guard let quote = peek(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
      throw error("expected a quoted attribute value")
    }
    let start = index
    index += 1
    var value: [UInt8] = []
    while true {
      guard let b = peek() else {
        throw XMLSyntaxError(message: "the attribute value is not closed", offset: start)
      }
      if b == quote {
        index += 1
        return String(decoding: value, as: UTF8.self)
      }
      switch b {
      case UInt8(ascii: "<"): throw error("'<' is not allowed in an attribute value; write &lt;")
      case UInt8(ascii: "&"): try reference(into: &value)
      case 0x09, 0x0A:
        value.append(0x20)
        index += 1
      case 0x0D:
        value.append(0x20)
        index += byte(at: index + 1) == 0x0A ? 2 : 1
      default: try appendCharacter(to: &value)
      }
    }
  }

  /// `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` `&#NN;` `&#xNN;`.
  private mutating func reference(into out: inout [UInt8]) throws(XMLSyntaxError) {
    let start = index
    index += 1
    var body: [UInt8] = []
    while let b = peek(), b != UInt8(ascii: ";") {
      guard body.count < 16, b != UInt8(ascii: "<"), b != UInt8(ascii: "&"), !isSpace(b) else {
        throw XMLSyntaxError(message: "'&' must start an entity such as &amp; (write &amp; for '&')", offset: start)
      }
      body.append(b)
      index += 1
    }
    guard peek() == UInt8(ascii: ";") else {
      throw XMLSyntaxError(message: "the entity reference is not closed with ';'", offset: start)
    }
    index += 1
    let name = String(decoding: body, as: UTF8.self)
    switch name {
    case "lt": out.append(UInt8(ascii: "<"))
    case "gt": out.append(UInt8(ascii: ">"))
    case "amp": out.append(UInt8(ascii: "&"))
    case "quot": out.append(UInt8(ascii: "\""))
    case "apos": out.append(UInt8(ascii: "'"))
    default:
      guard name.hasPrefix("#") else {
        throw XMLSyntaxError(
          message: "unknown entity &\(name); (only &lt; &gt; &amp; &quot; &apos; and &#…; are known)", offset: start)
      }
      let hex = name.hasPrefix("#x")
      let digits = name.dropFirst(hex ? 2 : 1)
      guard !digits.isEmpty, let value = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value),
        Self.isXMLCharacter(scalar)
      else {
        throw XMLSyntaxError(message: "&\(name); is not a character XML allows", offset: start)
      }
      UTF8.encode(scalar) { out.append($0) }
    }
  }

  // MARK: - Characters

  /// Appends the character at the cursor (line ends normalized) after checking XML allows it.
  private mutating func appendCharacter(to out: inout [UInt8]) throws(XMLSyntaxError) {
    let b = bytes[index]
    if b == 0x0D {
      out.append(0x0A)
      index += byte(at: index + 1) == 0x0A ? 2 : 1
      return
    }
    let end = try checkCharacter()
    out.append(contentsOf: bytes[(end.start)..<end.end])
  }

  /// Checks the character at the cursor and moves past it.
  @discardableResult
  private mutating func checkCharacter() throws(XMLSyntaxError) -> (start: Int, end: Int) {
    let start = index
    let end = UTF8Validation.sequenceEnd(in: bytes, at: index) ?? index + 1
    let scalar = String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
    guard Self.isXMLCharacter(scalar) else {
      throw XMLSyntaxError(
        message: "the character U+\(String(scalar.value, radix: 16, uppercase: true)) is not allowed in XML",
        offset: start)
    }
    index = end
    return (start, end)
  }

  /// XML 1.0's Char production.
  package static func isXMLCharacter(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x09, 0x0A, 0x0D: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  // MARK: - Lexing helpers

  private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }
  private func byte(at i: Int) -> UInt8? { i < bytes.count ? bytes[i] : nil }

  private func starts(with literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard index + count <= bytes.count else { return false }
    return literal.withUTF8Buffer { buffer in
      for i in 0..<count where bytes[index + i] != buffer[i] { return false }
      return true
    }
  }

  private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

  @discardableResult
  private mutating func skipSpace() -> Bool {
    let start = index
    while let b = peek(), isSpace(b) { index += 1 }
    return index > start
  }

  /// An XML name (letters, digits, `.`, `-`, `_`, `:`, any non-ASCII character; not starting with a digit, `.` or `-`).
  private mutating func name() -> String {
    let start = index
    while let b = peek() {
      let letter =
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "_") || b == UInt8(ascii: ":")
        || b >= 0x80
      let other = (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: ".") || b == UInt8(ascii: "-")
      if letter || (other && index > start) {
        index += 1
      } else {
        break
      }
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  private func describe() -> String {
    guard let b = peek() else { return "end of file" }
    if b >= 0x20 && b < 0x7F { return "'\(String(UnicodeScalar(b)))'" }
    return "byte 0x\(String(b, radix: 16))"
  }

  /// The 1-based line of a byte offset.
  private func line(of offset: Int) -> Int {
    bytes[..<min(offset, bytes.count)].count { $0 == 0x0A } + 1
  }

  private func error(_ message: String) -> XMLSyntaxError {
    XMLSyntaxError(message: message, offset: index)
  }

  private static func split(_ qualified: String) -> (prefix: String, local: String) {
    guard let colon = qualified.firstIndex(of: ":") else { return ("", qualified) }
    return (String(qualified[..<colon]), String(qualified[qualified.index(after: colon)...]))
  }
}
