/// Why a JSON document was refused, and where.
package struct JSONSyntaxError: Error, Sendable, Equatable {
  /// A sentence for a person: "expected ',' or '}' after an object member".
  package var message: String
  /// Byte offset of the offending character.
  package var offset: Int

  package init(_ message: String, at offset: Int) {
    self.message = message
    self.offset = offset
  }
}

/// A strict RFC 8259 parser that keeps byte offsets for diagnostics.
///
/// - Accepts exactly one value surrounded by optional white space; a UTF-8
///   byte-order mark at the very start is skipped.
/// - Refuses invalid UTF-8, control characters in strings, trailing commas,
///   leading zeros, and anything after the value.
/// - Nesting is limited (``maximumDepth``) so hostile input cannot exhaust the
///   stack.
package struct JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  package static let maximumDepth = 512

  private let bytes: [UInt8]
  private var index: Int
  private var depth = 0

  private init(bytes: [UInt8]) {
    self.bytes = bytes
    self.index = 0
  }

  /// Parses a whole document.
  package static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
    var parser = JSONParser(bytes: bytes)
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      parser.index = 3
    }
    parser.skipWhitespace()
    guard parser.index < bytes.count else {
      throw JSONSyntaxError("the input is empty; expected a JSON value", at: parser.index)
    }
    let node = try parser.parseValue()
    parser.skipWhitespace()
    if parser.index < bytes.count {
      throw JSONSyntaxError(
        "unexpected \(describe(byteAt: parser.index, in: bytes)) after the end of the JSON value",
        at: parser.index)
    }
    return node
  }

  /// Parses the one value that starts at `offset` of a document (white space
  /// before it is skipped; what follows it is not read): the value, with the
  /// document's offsets, and the offset just past it.
  package static func parseValue(
    in bytes: [UInt8], at offset: Int
  ) throws(JSONSyntaxError) -> (node: JSONNode, end: Int) {
    var parser = JSONParser(bytes: bytes)
    parser.index = max(0, min(offset, bytes.count))
    parser.skipWhitespace()
    let node = try parser.parseValue()
    return (node, parser.index)
  }

  /// Parses a whole document given as a string.
  package static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
    try parse(Array(text.utf8))
  }

  // MARK: - Values

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
    let start = index
    guard index < bytes.count else {
      throw JSONSyntaxError("unexpected end of input; expected a JSON value", at: index)
    }
    switch bytes[index] {
    case UInt8(ascii: "{"): return JSONNode(try parseObject(), offset: start)
    case UInt8(ascii: "["): return JSONNode(try parseArray(), offset: start)
    case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), offset: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONNode(try parseNumber(), offset: start)
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return JSONNode(.bool(true), offset: start)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return JSONNode(.bool(false), offset: start)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      return JSONNode(.null, offset: start)
    default:
      throw JSONSyntaxError(
        "unexpected \(Self.describe(byteAt: index, in: bytes)); expected a JSON value", at: index)
    }
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw JSONSyntaxError(
        "nesting is deeper than \(Self.maximumDepth) levels", at: index)
    }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    index += 1  // {
    var members: [JSONMember] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      depth -= 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count else {
        throw JSONSyntaxError("unexpected end of input inside an object", at: index)
      }
      guard bytes[index] == UInt8(ascii: "\"") else {
        throw JSONSyntaxError(
          "unexpected \(Self.describe(byteAt: index, in: bytes)); expected a member name in double quotes",
          at: index)
      }
      let keyOffset = index
      let key = try parseString()
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw JSONSyntaxError(
          "expected ':' after the member name \"\(key)\"", at: min(index, bytes.count))
      }
      index += 1
      skipWhitespace()
      let node = try parseValue()
      members.append(JSONMember(key: key, keyOffset: keyOffset, node: node))
      skipWhitespace()
      guard index < bytes.count else {
        throw JSONSyntaxError("unexpected end of input inside an object; expected ',' or '}'", at: index)
      }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        depth -= 1
        return .object(members)
      }
      throw JSONSyntaxError(
        "unexpected \(Self.describe(byteAt: index, in: bytes)); expected ',' or '}' after an object member",
        at: index)
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    index += 1  // [
    var elements: [JSONNode] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      depth -= 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue())
      skipWhitespace()
      guard index < bytes.count else {
        throw JSONSyntaxError("unexpected end of input inside an array; expected ',' or ']'", at: index)
      }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        depth -= 1
        return .array(elements)
      }
      throw JSONSyntaxError(
        "unexpected \(Self.describe(byteAt: index, in: bytes)); expected ',' or ']' after an array element",
        at: index)
    }
  }

  private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
    let start = index
    var i = 0
    let count = literal.utf8CodeUnitCount
    while i < count {
      let expected = literal.withUTF8Buffer { $0[i] }
      guard index < bytes.count, bytes[index] == expected else {
        throw JSONSyntaxError("invalid literal; expected '\(literal)'", at: start)
      }
      index += 1
      i += 1
    }
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count, isDigit(bytes[index]) else {
      throw JSONSyntaxError("invalid number: expected a digit after '-'", at: index)
    }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if index < bytes.count, isDigit(bytes[index]) {
        throw JSONSyntaxError("invalid number: leading zeros are not allowed", at: start)
      }
    } else {
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else {
        throw JSONSyntaxError("invalid number: expected a digit after '.'", at: index)
      }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
        index += 1
      }
      guard index < bytes.count, isDigit(bytes[index]) else {
        throw JSONSyntaxError("invalid number: expected a digit in the exponent", at: index)
      }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    return .number(String(decoding: bytes[start..<index], as: UTF8.self))
  }

  private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  // MARK: - Strings

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    index += 1  // opening quote
    let contentStart = index
    // Fast path: no escapes, all ASCII or valid UTF-8.
    var sawEscape = false
    var scan = index
    while scan < bytes.count {
      let b = bytes[scan]
      if b == UInt8(ascii: "\"") { break }
      if b == UInt8(ascii: "\\") {
        sawEscape = true
        break
      }
      if b < 0x20 {
        throw JSONSyntaxError(Self.controlCharacterMessage(b), at: scan)
      }
      if b < 0x80 {
        scan += 1
      } else {
        scan = try validateUTF8Sequence(at: scan)
      }
    }
    if !sawEscape {
      guard scan < bytes.count else {
        throw JSONSyntaxError("unterminated string: missing closing '\"'", at: contentStart - 1)
      }
      index = scan + 1
      return String(decoding: bytes[contentStart..<scan], as: UTF8.self)
    }
    var out: [UInt8] = Array(bytes[contentStart..<scan])
    index = scan
    while true {
      guard index < bytes.count else {
        throw JSONSyntaxError("unterminated string: missing closing '\"'", at: contentStart - 1)
      }
      let b = bytes[index]
      if b == UInt8(ascii: "\"") {
        index += 1
        return String(decoding: out, as: UTF8.self)
      }
      if b == UInt8(ascii: "\\") {
        try parseEscape(into: &out)
        continue
      }
      if b < 0x20 {
        throw JSONSyntaxError(Self.controlCharacterMessage(b), at: index)
      }
      if b < 0x80 {
        out.append(b)
        index += 1
      } else {
        let end = try validateUTF8Sequence(at: index)
        out.append(contentsOf: bytes[index..<end])
        index = end
      }
    }
  }

  private static func controlCharacterMessage(_ b: UInt8) -> String {
    if b == 0 { return "NUL byte inside a string; control characters must be escaped" }
    if b == 0x0A { return "unescaped line break inside a string; write \\n" }
    if b == 0x09 { return "unescaped tab inside a string; write \\t" }
    return "control character U+\(hex4(UInt32(b))) inside a string must be escaped"
  }

  private mutating func parseEscape(into out: inout [UInt8]) throws(JSONSyntaxError) {
    let escapeStart = index
    index += 1
    guard index < bytes.count else {
      throw JSONSyntaxError("unterminated escape sequence", at: escapeStart)
    }
    let c = bytes[index]
    index += 1
    switch c {
    case UInt8(ascii: "\""): out.append(0x22)
    case UInt8(ascii: "\\"): out.append(0x5C)
    case UInt8(ascii: "/"): out.append(0x2F)
    case UInt8(ascii: "b"): out.append(0x08)
    case UInt8(ascii: "f"): out.append(0x0C)
    case UInt8(ascii: "n"): out.append(0x0A)
    case UInt8(ascii: "r"): out.append(0x0D)
    case UInt8(ascii: "t"): out.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = try parseHex4(escapeStart: escapeStart)
      if scalar >= 0xD800 && scalar <= 0xDBFF {
        // A high surrogate must be followed by an escaped low surrogate.
        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
          let save = index
          index += 2
          let low = try parseHex4(escapeStart: save)
          if low >= 0xDC00 && low <= 0xDFFF {
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          } else {
            index = save
            scalar = 0xFFFD
          }
        } else {
          scalar = 0xFFFD
        }
      } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
        scalar = 0xFFFD
      }
      appendUTF8(Unicode.Scalar(scalar) ?? "\u{FFFD}", to: &out)
    default:
      throw JSONSyntaxError(
        "invalid escape sequence '\\\(Self.printable(c))'; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX",
        at: escapeStart)
    }
  }

  private mutating func parseHex4(escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard index < bytes.count else {
        throw JSONSyntaxError("incomplete \\u escape: expected four hex digits", at: escapeStart)
      }
      let b = bytes[index]
      let digit: UInt32
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - 0x30)
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - 0x61 + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - 0x41 + 10)
      default:
        throw JSONSyntaxError("invalid \\u escape: expected four hex digits", at: escapeStart)
      }
      value = value << 4 | digit
      index += 1
    }
    return value
  }

  private func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
    UTF8.encode(scalar) { out.append($0) }
  }

  /// Checks one multi-byte UTF-8 sequence starting at `i`; returns the index after it.
  private func validateUTF8Sequence(at i: Int) throws(JSONSyntaxError) -> Int {
    guard let end = UTF8Validation.sequenceEnd(in: bytes, at: i) else {
      throw JSONSyntaxError("invalid UTF-8 byte 0x\(Self.hex2(bytes[i]))", at: i)
    }
    return end
  }

  // MARK: - White space and descriptions

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  static func describe(byteAt i: Int, in bytes: [UInt8]) -> String {
    guard i < bytes.count else { return "end of input" }
    let b = bytes[i]
    if b == 0 { return "NUL byte" }
    if b >= 0x80 {
      if UTF8Validation.sequenceEnd(in: bytes, at: i) == nil {
        return "invalid UTF-8 byte 0x\(hex2(b))"
      }
      let end = UTF8Validation.sequenceEnd(in: bytes, at: i)!
      return "character '\(String(decoding: bytes[i..<end], as: UTF8.self))'"
    }
    return "character '\(printable(b))'"
  }

  static func printable(_ b: UInt8) -> String {
    if b >= 0x20 && b < 0x7F { return String(UnicodeScalar(b)) }
    return "\\u" + hex4(UInt32(b))
  }

  static func hex2(_ b: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
  }

  static func hex4(_ v: UInt32) -> String {
    let digits = Array("0123456789ABCDEF")
    return String((0..<4).reversed().map { digits[Int((v >> (UInt32($0) * 4)) & 0xF)] })
  }
}

/// UTF-8 validation helpers shared by the parsers.
package enum UTF8Validation {
  /// The index after the well-formed UTF-8 sequence that starts at `i`, or nil when
  /// the bytes there are not well-formed (overlong forms, surrogates and values
  /// above U+10FFFF are refused, as the Unicode standard requires).
  @inline(__always)
  package static func sequenceEnd(in bytes: [UInt8], at i: Int) -> Int? {
    let b0 = bytes[i]
    if b0 < 0x80 { return i + 1 }
    func cont(_ j: Int) -> Bool { j < bytes.count && bytes[j] & 0xC0 == 0x80 }
    switch b0 {
    case 0xC2...0xDF:
      return cont(i + 1) ? i + 2 : nil
    case 0xE0:
      guard i + 1 < bytes.count, (0xA0...0xBF).contains(bytes[i + 1]), cont(i + 2) else { return nil }
      return i + 3
    case 0xE1...0xEC, 0xEE...0xEF:
      return cont(i + 1) && cont(i + 2) ? i + 3 : nil
    case 0xED:
      guard i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]), cont(i + 2) else { return nil }
      return i + 3
    case 0xF0:
      guard i + 1 < bytes.count, (0x90...0xBF).contains(bytes[i + 1]), cont(i + 2), cont(i + 3) else {
        return nil
      }
      return i + 4
    case 0xF1...0xF3:
      return cont(i + 1) && cont(i + 2) && cont(i + 3) ? i + 4 : nil
    case 0xF4:
      guard i + 1 < bytes.count, (0x80...0x8F).contains(bytes[i + 1]), cont(i + 2), cont(i + 3) else {
        return nil
      }
      return i + 4
    default:
      return nil
    }
  }

  /// Whether all of `bytes` is well-formed UTF-8; if not, the offset of the first bad byte.
  package static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
    var i = 0
    while i < bytes.count {
      if bytes[i] < 0x80 {
        i += 1
        continue
      }
      guard let end = sequenceEnd(in: bytes, at: i) else { return i }
      i = end
    }
    return nil
  }
}
