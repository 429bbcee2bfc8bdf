/// Writes JSON string literals straight into a ``ByteBuffer``, byte for byte
/// as ``ErrmsgModel/JSONWriter`` writes them (`\"`, `\\`, `\n`, `\r`, `\t`,
/// other control characters and DEL as `\u00xx`), copying the runs between
/// escapes whole.
enum JSONString {
  /// Appends `text` as a JSON string.
  @inline(__always)
  static func append(_ text: String, to out: ByteBuffer) {
    var text = text
    text.withUTF8 { append(utf8: $0, to: out) }
  }

  /// Appends valid UTF-8 as a JSON string.
  static func append(utf8 text: UnsafeBufferPointer<UInt8>, to out: ByteBuffer) {
    out.reserve(text.count + 2)
    out.append(UInt8(ascii: "\""))
    guard let p = text.baseAddress else {
      out.append(UInt8(ascii: "\""))
      return
    }
    var run = 0
    for i in 0..<text.count {
      let b = p[i]
      guard b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F else { continue }
      out.append(p + run, count: i - run)
      run = i + 1
      switch b {
      case 0x22: out.append("\\\"")
      case 0x5C: out.append("\\\\")
      case 0x0A: out.append("\\n")
      case 0x0D: out.append("\\r")
      case 0x09: out.append("\\t")
      default:
        out.append("\\u00")
        out.append(hexDigit(b >> 4))
        out.append(hexDigit(b & 0xF))
      }
    }
    out.append(p + run, count: text.count - run)
    out.append(UInt8(ascii: "\""))
  }

  /// `null` or the string.
  static func appendOrNull(_ text: String?, to out: ByteBuffer) {
    if let text { append(text, to: out) } else { out.append("null") }
  }

  @inline(__always)
  private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x61 + v - 10 }
}
