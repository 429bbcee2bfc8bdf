/// JSON values for ``RequestScanner``: the punctuation of objects, and any
/// value validated and skipped (nesting, numbers, literals).
extension RequestScanner {
  /// Values nested deeper than this are left to the precise path.
  private static let maximumDepth = 64

  // MARK: - Objects

  /// Moves past the `{` at `i` and white space: whether a member follows
  /// (otherwise the object is empty, and `i` is past its `}`).
  @inline(__always)
  static func openObject(_ p: Span<UInt8>, _ i: inout Int) -> Bool {
    i = skipSpace(p, i &+ 1)
    guard byte(p, i) == UInt8(ascii: "}") else { return true }
    i &+= 1
    return false
  }

  /// Moves past a member's value, the `,` or `}` after it and white space:
  /// whether another member follows; nil when neither comes.
  @inline(__always)
  static func nextMember(_ p: Span<UInt8>, _ i: inout Int) -> Bool? {
    i = skipSpace(p, i)
    let b = byte(p, i)
    guard b == UInt8(ascii: ",") || b == UInt8(ascii: "}") else { return nil }
    i &+= 1
    guard b == UInt8(ascii: ",") else { return false }
    i = skipSpace(p, i)
    return true
  }

  /// After a member name ending before `i`: where its value starts, past the
  /// colon and white space; nil when there is no colon.
  @inline(__always)
  static func valueStart(_ p: Span<UInt8>, at i: Int) -> Int? {
    var j = i
    if byte(p, j) != UInt8(ascii: ":") {
      j = skipSpace(p, j)
      guard byte(p, j) == UInt8(ascii: ":") else { return nil }
    }
    return skipSpace(p, j &+ 1)
  }

  // MARK: - Values

  /// Validates any JSON value at `i`: where it ends, or nil. `depth` is the
  /// nesting of the value's container (containers deeper than ``maximumDepth`` fail).
  static func skipValue(_ p: Span<UInt8>, at i: Int, depth: Int) -> Int? {
    switch byte(p, i) {
    case UInt8(ascii: "\""):
      return stringEnd(p, from: i &+ 1)?.end
    case UInt8(ascii: "{"):
      guard depth < maximumDepth else { return nil }
      var j = i
      var more = openObject(p, &j)
      while more {
        guard byte(p, j) == UInt8(ascii: "\""), let nameEnd = plainStringEnd(p, from: j &+ 1),
          let value = valueStart(p, at: nameEnd), let end = skipValue(p, at: value, depth: depth &+ 1)
        else { return nil }
        j = end
        guard let next = nextMember(p, &j) else { return nil }
        more = next
      }
      return j
    case UInt8(ascii: "["):
      guard depth < maximumDepth else { return nil }
      var j = skipSpace(p, i &+ 1)
      if byte(p, j) == UInt8(ascii: "]") { return j &+ 1 }
      while true {
        guard let end = skipValue(p, at: j, depth: depth &+ 1) else { return nil }
        j = skipSpace(p, end)
        let b = byte(p, j)
        j &+= 1
        if b == UInt8(ascii: "]") { return j }
        guard b == UInt8(ascii: ",") else { return nil }
        j = skipSpace(p, j)
      }
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return numberEnd(p, at: i)
    case UInt8(ascii: "t"): return literalEnd(p, at: i, 0x6575_7274 /* true */, 4)
    case UInt8(ascii: "f"): return literalEnd(p, at: i, 0x65_736C_6166 /* false */, 5)
    case UInt8(ascii: "n"): return literalEnd(p, at: i, 0x6C6C_756E /* null */, 4)
    default: return nil
    }
  }

  /// The end of the literal whose `count` bytes are `word` (little-endian) at `i`, or nil.
  @inline(__always)
  private static func literalEnd(_ p: Span<UInt8>, at i: Int, _ word: UInt64, _ count: Int) -> Int? {
    head(p, at: i) & ~(~0 << (UInt64(count) &* 8)) == word ? i &+ count : nil
  }

  /// The end of the number at `i` (per the JSON grammar), or nil.
  private static func numberEnd(_ p: Span<UInt8>, at i: Int) -> Int? {
    var j = i
    if byte(p, j) == UInt8(ascii: "-") { j &+= 1 }
    guard isDigit(byte(p, j)) else { return nil }
    if byte(p, j) == UInt8(ascii: "0") {
      j &+= 1
    } else {
      repeat { j &+= 1 } while isDigit(byte(p, j))
    }
    if byte(p, j) == UInt8(ascii: ".") {
      j &+= 1
      guard isDigit(byte(p, j)) else { return nil }
      repeat { j &+= 1 } while isDigit(byte(p, j))
    }
    if byte(p, j) | 0x20 == UInt8(ascii: "e") {
      j &+= 1
      if byte(p, j) == UInt8(ascii: "+") || byte(p, j) == UInt8(ascii: "-") { j &+= 1 }
      guard isDigit(byte(p, j)) else { return nil }
      repeat { j &+= 1 } while isDigit(byte(p, j))
    }
    // A digit right after the number (a leading zero such as 01) is invalid.
    return isDigit(byte(p, j)) ? nil : j
  }

  @inline(__always)
  static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
}
