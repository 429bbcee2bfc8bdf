/// Texts that ICU MessageFormat would give back unchanged: no braces (no
/// arguments, plurals or selects) and no ASCII apostrophe (no quoting). Most
/// messages and hints are such texts; they are shown as they are, without
/// compiling a formatter per text and locale (which cost time and, across
/// every text and locale a worker meets, tens of megabytes).
enum PlainText {
  /// The longest text taken as plain; longer ones go through ICU, whose
  /// limits refuse overlong patterns (`PatternLimits`).
  static let maximumBytes = 16_384

  static func isPlain(_ pattern: String) -> Bool {
    let bytes = pattern.utf8.span
    guard bytes.count <= maximumBytes else { return false }
    // Eight bytes at a time while no word may hold one of the three.
    var i = bytes.skipUnflaggedWords(from: 0) { w in
      Span<UInt8>.bytes(w, equalTo: 0x7B) | Span<UInt8>.bytes(w, equalTo: 0x7D) | Span<UInt8>.bytes(w, equalTo: 0x27)
    }
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "{") || b == UInt8(ascii: "}") || b == UInt8(ascii: "'") { return false }
      i += 1
    }
    return true
  }
}
