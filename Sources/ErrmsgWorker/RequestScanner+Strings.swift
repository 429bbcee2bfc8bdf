/// Strings and bytes for ``RequestScanner``: string values checked eight
/// bytes at a time (escapes, UTF-8 and DEL one by one), and the line's bytes
/// read singly, past white space or as little-endian words.
extension RequestScanner {
  // MARK: - Strings

  /// A plain string's content, whether that holds a DEL byte, and its end.
  struct PlainString {
    var content: Range<Int>
    var hasDEL: Bool
  }

  /// A string value without escapes at `i`, moved past; nil for anything else.
  @inline(__always)
  static func plainString(_ p: Span<UInt8>, _ i: inout Int) -> PlainString? {
    guard byte(p, i) == UInt8(ascii: "\"") else { return nil }
    let start = i &+ 1
    let j = plainRunEnd(p, from: start)
    if byte(p, j) == UInt8(ascii: "\"") {
      i = j &+ 1
      return PlainString(content: start..<j, hasDEL: false)
    }
    guard let s = stringRest(p, at: j), !s.escaped else { return nil }
    i = s.end
    return PlainString(content: start..<(s.end &- 1), hasDEL: s.hasDEL)
  }

  /// The end of a string without escapes whose content starts at `start`
  /// (after its closing quote), or nil.
  static func plainStringEnd(_ p: Span<UInt8>, from start: Int) -> Int? {
    guard let s = stringEnd(p, from: start), !s.escaped else { return nil }
    return s.end
  }

  /// How a string ended: the position after its closing quote, whether it
  /// had escapes, and whether it had a DEL byte.
  struct StringEnd {
    var end: Int
    var escaped: Bool
    var hasDEL: Bool
  }

  /// Scans a string's content from `start` (after its opening quote) through
  /// its closing quote; nil when it is not a valid JSON string.
  @inline(__always)
  static func stringEnd(_ p: Span<UInt8>, from start: Int) -> StringEnd? {
    let j = plainRunEnd(p, from: start)
    if byte(p, j) == UInt8(ascii: "\"") {
      return StringEnd(end: j &+ 1, escaped: false, hasDEL: false)
    }
    return stringRest(p, at: j)
  }

  /// ``stringEnd(_:from:)`` from `start`, where a byte that is not plain text
  /// (or the line's end) is: escapes, DEL and non-ASCII characters are checked here.
  private static func stringRest(_ p: Span<UInt8>, at start: Int) -> StringEnd? {
    let n = p.count
    var escaped = false
    var hasDEL = false
    var j = start
    while j < n {
      let c = p[j]
      if c == UInt8(ascii: "\"") {
        return StringEnd(end: j &+ 1, escaped: escaped, hasDEL: hasDEL)
      }
      if c >= 0x80 {
        // Runs of non-ASCII characters (such as Chinese text) are checked here, not word by word.
        repeat {
          guard let end = utf8SequenceEnd(p, at: j) else { return nil }
          j = end
        } while byte(p, j) >= 0x80
      } else if c == UInt8(ascii: "\\") {
        guard let end = escapeEnd(p, at: j) else { return nil }
        j = end
        escaped = true
      } else if c == 0x7F {
        hasDEL = true
        j &+= 1
      } else {
        return nil
      }
      j = plainRunEnd(p, from: j)
    }
    return nil
  }

  /// The first position from `start` holding a byte a string cannot simply go
  /// past (a quote, a backslash, a control character, DEL or a non-ASCII byte),
  /// or the line's end.
  ///
  /// Kept out of line: its loop needs many registers, which the callers would have to give up.
  @inline(never)
  private static func plainRunEnd(_ p: Span<UInt8>, from start: Int) -> Int {
    // Thirty-two bytes a step from the rest of the line: the loop checks its count, no other bound.
    var rest = p.extracting(droppingFirst: start)
    var j = start
    while rest.count >= 32 {
      let chunk = rest.extracting(first: 32)
      for k in stride(from: 0, to: 32, by: 8) {
        let hits = specialBytes(word(chunk, at: k))
        if hits != 0 { return j &+ k &+ hits.trailingZeroBitCount &>> 3 }
      }
      rest = rest.extracting(droppingFirst: 32)
      j &+= 32
    }
    while rest.count >= 8 {
      let hits = specialBytes(word(rest, at: 0))
      if hits != 0 { return j &+ hits.trailingZeroBitCount &>> 3 }
      rest = rest.extracting(droppingFirst: 8)
      j &+= 8
    }
    // Fewer than eight bytes left: `head` reads zeros past them (control characters, so flagged).
    return min(j &+ specialBytes(head(p, at: j)).trailingZeroBitCount &>> 3, p.count)
  }

  /// The top bit of each byte of `w` that is a quote, a backslash, below 0x20
  /// or above 0x7E, exact up to the lowest such byte (nonzero when there is any).
  ///
  /// Per byte b: b - 0x20 has its top bit set for b < 0x20 (and b > 0x9F),
  /// (b ^ 0x22) - 1 for a quote, (b ^ 0x5C) - 1 for a backslash, and b + 1 for
  /// 0x7F...0xFE (and all of them for any other byte above 0x7F). Below the
  /// lowest such byte no byte borrows or carries into the next.
  @inline(__always)
  private static func specialBytes(_ w: UInt64) -> UInt64 {
    let control = w &- 0x2020_2020_2020_2020
    let quote = (w ^ 0x2222_2222_2222_2222) &- 0x0101_0101_0101_0101
    let backslash = (w ^ 0x5C5C_5C5C_5C5C_5C5C) &- 0x0101_0101_0101_0101
    let high = w &+ 0x0101_0101_0101_0101
    return (control | quote | backslash | high) & 0x8080_8080_8080_8080
  }

  /// The end of the escape sequence at `i`, or nil when it is not a valid one.
  private static func escapeEnd(_ p: Span<UInt8>, at i: Int) -> Int? {
    switch byte(p, i &+ 1) {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
      UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
      return i &+ 2
    case UInt8(ascii: "u"):
      for k in 2..<6 {
        let b = byte(p, i &+ k)
        guard isDigit(b) || (b | 0x20) &- UInt8(ascii: "a") < 6 else { return nil }
      }
      return i &+ 6
    default:
      return nil
    }
  }

  /// The end of the well-formed UTF-8 sequence at `j` (as `UTF8Validation.sequenceEnd`).
  @inline(__always)
  private static func utf8SequenceEnd(_ p: Span<UInt8>, at j: Int) -> Int? {
    @inline(__always) func cont(_ k: Int) -> Bool { byte(p, j &+ k) & 0xC0 == 0x80 }
    @inline(__always) func within(_ low: UInt8, _ high: UInt8) -> Bool {
      let b = byte(p, j &+ 1)
      return b >= low && b <= high
    }
    switch byte(p, j) {
    case 0xC2...0xDF: return cont(1) ? j &+ 2 : nil
    case 0xE0: return within(0xA0, 0xBF) && cont(2) ? j &+ 3 : nil
    case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? j &+ 3 : nil
    case 0xED: return within(0x80, 0x9F) && cont(2) ? j &+ 3 : nil
    case 0xF0: return within(0x90, 0xBF) && cont(2) && cont(3) ? j &+ 4 : nil
    case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? j &+ 4 : nil
    case 0xF4: return within(0x80, 0x8F) && cont(2) && cont(3) ? j &+ 4 : nil
    default: return nil
    }
  }

  // MARK: - Bytes

  /// The byte at `i`, or 0 past the line's end.
  @inline(__always)
  static func byte(_ p: Span<UInt8>, _ i: Int) -> UInt8 {
    UInt(bitPattern: i) < UInt(bitPattern: p.count) ? p[i] : 0
  }

  /// `i` moved past any white space (space, tab, CR: never past a line break).
  @inline(__always)
  static func skipSpace(_ p: Span<UInt8>, _ i: Int) -> Int {
    byte(p, i) > 0x20 ? i : spaceEnd(p, i)
  }

  /// ``skipSpace(_:_:)``'s loop, for when there may be white space at `i`
  /// (kept out of line: where there is none, `skipSpace` is one comparison).
  @inline(never)
  private static func spaceEnd(_ p: Span<UInt8>, _ i: Int) -> Int {
    var j = i
    while true {
      let b = byte(p, j)
      // Not a line break: a line never holds one, and a scan of a whole block stops at it.
      guard b == 0x20 || b == 0x09 || b == 0x0D else { return j }
      j &+= 1
    }
  }

  /// The eight bytes at `start` as a little-endian word, zeros standing in for
  /// bytes past the line's end.
  ///
  /// Kept out of line, so that the name comparisons calling it stay small
  /// enough for the compiler to inline them.
  @inline(never)
  static func head(_ p: Span<UInt8>, at start: Int) -> UInt64 {
    start >= 0 && start <= p.count &- 8 ? word(p, at: start) : headNearEnd(p, at: start)
  }

  /// ``head(_:at:)`` within eight bytes of the line's end.
  private static func headNearEnd(_ p: Span<UInt8>, at start: Int) -> UInt64 {
    let n = p.count
    guard start < n else { return 0 }
    if n >= 8 {
      // The line's last word, shifted so that `start` comes first.
      return word(p, at: n - 8) >> (UInt64(start - (n - 8)) &* 8)
    }
    var w: UInt64 = 0
    for k in 0..<(n - start) { w |= UInt64(p[start + k]) << (UInt64(k) &* 8) }
    return w
  }

  /// The eight bytes at `offset` as a little-endian word (they must be in `p`).
  ///
  /// Taken from an eight-byte span, they need one bounds check and make one
  /// load (with `Span.word(at:)` the compiler cannot always prove the eight
  /// reads in bounds from its check, and then checks and loads each byte).
  @inline(__always)
  private static func word(_ p: Span<UInt8>, at offset: Int) -> UInt64 {
    let b = p.extracting(offset..<offset &+ 8)
    var w = UInt64(b[0])
    w |= UInt64(b[1]) << 8
    w |= UInt64(b[2]) << 16
    w |= UInt64(b[3]) << 24
    w |= UInt64(b[4]) << 32
    w |= UInt64(b[5]) << 40
    w |= UInt64(b[6]) << 48
    w |= UInt64(b[7]) << 56
    return w
  }
}
