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
  package mutating func raw(_ b: some Sequence<UInt8>) {
    bytes.append(contentsOf: b)
  }

  /// Appends a JSON string literal.
  package mutating func string(_ s: String) {
    var s = s
    s.withUTF8 { escape($0) }
  }

  /// Appends `null` or the string.
  package mutating func stringOrNull(_ s: String?) {
    if let s { string(s) } else { raw("null") }
  }

  /// Appends a boolean.
  package mutating func bool(_ b: Bool) {
    if b { raw("true") } else { raw("false") }
  }

  /// Appends an integer.
  package mutating func int(_ i: Int) {
    bytes.append(contentsOf: String(i).utf8)
  }

  /// Appends `"key":`.
  package mutating func key(_ k: StaticString) {
    bytes.append(UInt8(ascii: "\""))
    raw(k)
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
  }

  /// Appends an escaped JSON string literal from UTF-8 bytes (which must be valid UTF-8).
  package mutating func escape(_ utf8: some Collection<UInt8>) {
    bytes.append(UInt8(ascii: "\""))
    for b in utf8 {
      switch b {
      case UInt8(ascii: "\""):
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(b)
      case UInt8(ascii: "\\"):
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(b)
      case 0x0A:
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(UInt8(ascii: "n"))
      case 0x0D:
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(UInt8(ascii: "r"))
      case 0x09:
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(UInt8(ascii: "t"))
      case 0..<0x20, 0x7F:
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: Array("\\u00".utf8))
        bytes.append(hex[Int(b >> 4)])
        bytes.append(hex[Int(b & 0xF)])
      default:
        bytes.append(b)
      }
    }
    bytes.append(UInt8(ascii: "\""))
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
