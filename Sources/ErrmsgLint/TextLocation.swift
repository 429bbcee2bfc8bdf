import ErrmsgModel

/// Points diagnostics at a character inside a text of a Locales file.
///
/// A text's offset is the byte offset of its JSON string's opening quote, and
/// ICU reports positions as Unicode-scalar offsets into the decoded pattern.
/// Escapes (`\"`, `\n`, `\u00e9`, surrogate pairs) make the two differ, so
/// this walks the raw JSON string to find the byte where a scalar starts.
enum TextLocation {
  /// The byte offset in the file of the scalar at `scalarOffset` of the decoded
  /// text (clamped to the closing quote).
  static func byteOffset(of scalarOffset: Int, in text: TextRecord, file: SourceFile) -> Int {
    let bytes = file.bytes
    var index = text.offset + 1
    var remaining = max(0, scalarOffset)
    while remaining > 0, index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
      index = nextScalar(in: bytes, at: index)
      remaining -= 1
    }
    return min(index, bytes.count)
  }

  /// The index after the encoded scalar (raw UTF-8 or an escape) starting at `index`.
  private static func nextScalar(in bytes: [UInt8], at index: Int) -> Int {
    let b = bytes[index]
    guard b == UInt8(ascii: "\\") else {
      return UTF8Validation.sequenceEnd(in: bytes, at: index) ?? index + 1
    }
    guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else { return index + 2 }
    // \uXXXX, possibly a high surrogate followed by an escaped low surrogate.
    let high = hexValue(bytes, at: index + 2)
    if let high, (0xD800...0xDBFF).contains(high), index + 11 < bytes.count,
      bytes[index + 6] == UInt8(ascii: "\\"), bytes[index + 7] == UInt8(ascii: "u"),
      let low = hexValue(bytes, at: index + 8), (0xDC00...0xDFFF).contains(low)
    {
      return index + 12
    }
    return index + 6
  }

  private static func hexValue(_ bytes: [UInt8], at start: Int) -> UInt32? {
    guard start + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for b in bytes[start..<(start + 4)] {
      let digit: UInt32
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - 0x30)
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - 0x61 + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - 0x41 + 10)
      default: return nil
      }
      value = value << 4 | digit
    }
    return value
  }
}

extension SourceFile {
  /// A diagnostic pointing at a character inside a text (a scalar offset into its pattern).
  func diagnostic(
    _ severity: Diagnostic.Severity, in text: TextRecord, at scalarOffset: Int, code: String?, kind: String,
    _ message: String, fix: String? = nil
  ) -> Diagnostic {
    diagnostic(
      severity, at: TextLocation.byteOffset(of: scalarOffset, in: text, file: self), code: code, kind: kind,
      message, fix: fix)
  }
}
