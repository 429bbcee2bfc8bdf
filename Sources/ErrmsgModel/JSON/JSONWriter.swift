/// Appends JSON text to a byte buffer: the output side of the one-shot
/// command and the worker. Strings are always escaped, so the output is valid
/// JSON whatever they contain.
package struct JSONWriter: Sendable {
  /// The bytes written so far.
  package var bytes: [UInt8] = []

  package init(capacity: Int = 512) {
    bytes.reserveCapacity(capacity)
  }

  /// Appends raw, already valid JSON or punctuation.
  @inline(__always)
  package mutating func raw(_ s: StaticString) {
    s.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends raw bytes that are already valid JSON.
  @inline(__always)
  package mutating func raw(_ b: Span<UInt8>) {
    bytes.appendContents(of: b)
  }

  /// Appends raw bytes that are already valid JSON.
  package mutating func raw(_ b: some Sequence<UInt8>) {
    bytes.append(contentsOf: b)
  }

  /// Appends a JSON string literal.
  package mutating func string(_ s: String) {
    escape(s.utf8.span)
  }

  /// Appends `null` or the string.
  package mutating func stringOrNull(_ s: String?) {
    if let s { string(s) } else { raw("null") }
  }

  /// Appends a boolean.
  package mutating func bool(_ b: Bool) {
    if b { raw("true") } else { raw("false") }
  }

  /// Appends an integer (as `String(i)` spells it).
  package mutating func int(_ i: Int) {
    var digits = InlineArray<20, UInt8>(repeating: 0)
    var magnitude = i.magnitude
    var k = 20
    repeat {
      k -= 1
      digits[k] = UInt8(truncatingIfNeeded: 0x30 + magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
    if i < 0 { bytes.append(UInt8(ascii: "-")) }
    bytes.appendContents(of: digits.span.extracting(k..<20))
  }

  /// Appends `"key":`, after a `,` unless it starts an object.
  package mutating func key(_ k: StaticString) {
    if let last = bytes.last, last != UInt8(ascii: "{"), last != UInt8(ascii: ",") {
      bytes.append(UInt8(ascii: ","))
    }
    bytes.append(UInt8(ascii: "\""))
    raw(k)
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
  }

  /// Appends the member `"key":"value"` (`null` for nil).
  package mutating func member(_ k: StaticString, _ value: String?) {
    key(k)
    stringOrNull(value)
  }

  /// Appends the member `"key":n`.
  package mutating func member(_ k: StaticString, _ value: Int) {
    key(k)
    int(value)
  }

  /// Appends the member `"key":true|false`.
  package mutating func member(_ k: StaticString, _ value: Bool) {
    key(k)
    bool(value)
  }

  /// Appends an escaped JSON string literal from UTF-8 bytes (which must be
  /// valid UTF-8): `\"`, `\\`, `\n`, `\r`, `\t`, other control characters and
  /// DEL as `\u00xx`. The one JSON string escaper of the package (the worker
  /// writes its replies with it too).
  package mutating func escape(_ utf8: Span<UInt8>) {
    bytes.reserveCapacity(bytes.count + utf8.count + 2)
    bytes.append(UInt8(ascii: "\""))
    escapeContent(utf8)
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends the content of a JSON string literal (escaped as ``escape(_:)-(Span<UInt8>)``
  /// does, without the quotes) from valid UTF-8.
  package mutating func escapeContent(_ utf8: Span<UInt8>) {
    // Runs that need no escape are copied whole; they are found eight bytes at a time.
    var run = 0
    var i = 0
    while i < utf8.count {
      i = utf8.skipUnflaggedWords(from: i, Self.mayNeedEscape)
      guard i < utf8.count else { break }
      let b = utf8[i]
      i += 1
      guard b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F else { continue }
      let at = i - 1
      if run < at { bytes.appendContents(of: utf8.extracting(run..<at)) }
      run = i
      bytes.append(UInt8(ascii: "\\"))
      switch b {
      case 0x22, 0x5C: bytes.append(b)
      case 0x0A: bytes.append(UInt8(ascii: "n"))
      case 0x0D: bytes.append(UInt8(ascii: "r"))
      case 0x09: bytes.append(UInt8(ascii: "t"))
      default:
        bytes.append(UInt8(ascii: "u"))
        bytes.append(UInt8(ascii: "0"))
        bytes.append(UInt8(ascii: "0"))
        bytes.append(Self.hexDigit(b >> 4))
        bytes.append(Self.hexDigit(b & 0xF))
      }
    }
    if run < utf8.count { bytes.appendContents(of: utf8.extracting(run..<utf8.count)) }
  }

  /// Appends an escaped JSON string literal from UTF-8 bytes (which must be valid UTF-8).
  package mutating func escape(_ utf8: [UInt8]) {
    escape(utf8.span)
  }

  @inline(__always)
  private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x61 + v - 10 }

  /// Flags the bytes of a word that may need an escape: below 0x20 (a control
  /// character; bytes from 0x80 up never count), `"`, `\` and DEL.
  @inline(__always)
  static func mayNeedEscape(_ w: UInt64) -> UInt64 {
    let controls = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
    return controls | Span<UInt8>.bytes(w, equalTo: 0x22) | Span<UInt8>.bytes(w, equalTo: 0x5C)
      | Span<UInt8>.bytes(w, equalTo: 0x7F)
  }

  /// Appends a parsed value back as compact JSON (numbers keep their source text).
  package mutating func value(_ v: JSONValue) {
    switch v {
    case .null: raw("null")
    case .bool(let b): bool(b)
    case .number(let text): bytes.append(contentsOf: text.utf8)
    case .string(let s): string(s)
    case .array(let items):
      bytes.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { bytes.append(UInt8(ascii: ",")) }
        value(item.value)
      }
      bytes.append(UInt8(ascii: "]"))
    case .object(let members):
      bytes.append(UInt8(ascii: "{"))
      for (i, m) in members.enumerated() {
        if i > 0 { bytes.append(UInt8(ascii: ",")) }
        string(m.key)
        bytes.append(UInt8(ascii: ":"))
        value(m.node.value)
      }
      bytes.append(UInt8(ascii: "}"))
    }
  }
}
