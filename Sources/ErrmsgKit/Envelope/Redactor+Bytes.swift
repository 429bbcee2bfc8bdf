import ErrmsgModel

/// A cheap first look for the worker, which redacts every server message it echoes.
extension Redactor {
  /// False when ``redact(_:)`` would certainly return `text` unchanged: no
  /// `AKID` and no secret key word right before a `=` or `:` (allowing the
  /// spaces and the closing quote `redact` allows). True means "call `redact`".
  package static func mayRedact(_ text: Span<UInt8>) -> Bool {
    let p = text
    let n = text.count
    var i = 0
    while i < n {
      // Eight bytes at a time while none is an `A`, `=` or `:`.
      while i &+ 8 <= n {
        let w = p.word(at: i)
        let a = w ^ 0x4141_4141_4141_4141
        let e = w ^ 0x3D3D_3D3D_3D3D_3D3D
        let c = w ^ 0x3A3A_3A3A_3A3A_3A3A
        let ones: UInt64 = 0x0101_0101_0101_0101
        let hits =
          (((a &- ones) & ~a) | ((e &- ones) & ~e) | ((c &- ones) & ~c)) & 0x8080_8080_8080_8080
        if hits != 0 { break }
        i &+= 8
      }
      guard i < n else { return false }
      let b = p[i]
      if b == UInt8(ascii: "A") {
        if i + 3 < n, p[i + 1] == UInt8(ascii: "K"), p[i + 2] == UInt8(ascii: "I"),
          p[i + 3] == UInt8(ascii: "D")
        {
          return true
        }
      } else if b == UInt8(ascii: "=") || b == UInt8(ascii: ":") {
        if keyWordEnds(before: i, in: text) { return true }
      }
      i += 1
    }
    return false
  }

  /// Whether a key word of ``secretKeys`` ends right before the separator at
  /// `separator`, after skipping spaces and one closing quote backwards.
  private static func keyWordEnds(before separator: Int, in text: Span<UInt8>)
    -> Bool
  {
    var end = separator
    while end > 0, text[end - 1] == 0x20 { end -= 1 }
    if end > 0, text[end - 1] == UInt8(ascii: "\"") { end -= 1 }
    // Most separators follow a byte no key word ends with: ruled out at once.
    guard end > 0, lastLetters[Int(lower(text[end - 1]))] else { return false }
    for key in secretKeys where key.count <= end {
      let start = end - key.count
      var same = true
      for k in 0..<key.count {
        if lower(text[start + k]) != key[k] {
          same = false
          break
        }
      }
      if same { return true }
    }
    return false
  }

  /// Which bytes end a key word.
  private static let lastLetters: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for key in secretKeys { if let last = key.last { table[Int(last)] = true } }
    return table
  }()

  @inline(__always)
  private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }
}
