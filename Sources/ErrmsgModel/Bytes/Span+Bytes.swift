/// Safe conversions of byte spans (the worker's views of its input) to owned values.
extension Span where Element == UInt8 {
  /// A copy of the bytes.
  package func copiedBytes() -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(count)
    for i in indices { out.append(self[i]) }
    return out
  }

  /// The bytes as text, ill-formed UTF-8 repaired as `String(decoding:as:)` does.
  package func decodedString() -> String {
    String(decoding: copiedBytes(), as: UTF8.self)
  }
}

extension Span where Element == UInt8 {
  /// The eight bytes at `offset` as a little-endian word (bounds-checked: the
  /// caller makes sure `offset + 8 <= count`; the compiler merges the loads).
  @inlinable @inline(__always)
  package func word(at offset: Int) -> UInt64 {
    precondition(offset >= 0 && offset <= count &- 8)
    var w = UInt64(self[offset])
    w |= UInt64(self[offset &+ 1]) << 8
    w |= UInt64(self[offset &+ 2]) << 16
    w |= UInt64(self[offset &+ 3]) << 24
    w |= UInt64(self[offset &+ 4]) << 32
    w |= UInt64(self[offset &+ 5]) << 40
    w |= UInt64(self[offset &+ 6]) << 48
    w |= UInt64(self[offset &+ 7]) << 56
    return w
  }

  /// The offset, from `from` on, of the first eight-byte word in which `flags`
  /// marks a byte, or of the last partial word: every byte before it is
  /// unmarked. `flags` sets the high bit of each byte that may be one it looks
  /// for (a false alarm only ends the skip early; it must never miss one).
  @inlinable @inline(__always)
  package func skipUnflaggedWords(from: Int, _ flags: (UInt64) -> UInt64) -> Int {
    var i = from
    while i &+ 8 <= count, flags(word(at: i)) == 0 { i &+= 8 }
    return i
  }

  /// The high bit of each byte of `w` that is zero (exact for the lowest; a
  /// borrow may flag higher bytes too, never miss one).
  @inlinable @inline(__always)
  package static func zeroBytes(_ w: UInt64) -> UInt64 {
    (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080
  }

  /// The high bit of each byte of `w` that equals `byte` (as ``zeroBytes(_:)``).
  @inlinable @inline(__always)
  package static func bytes(_ w: UInt64, equalTo byte: UInt8) -> UInt64 {
    zeroBytes(w ^ (0x0101_0101_0101_0101 &* UInt64(byte)))
  }

  /// The offset of the first `byte` in `self[from..<end]`, or nil.
  @inlinable
  package func firstIndex(of byte: UInt8, from: Int, to end: Int) -> Int? {
    var i = from
    let pattern = 0x0101_0101_0101_0101 &* UInt64(byte)
    // Sixteen bytes a step while neither word holds the byte.
    while i &+ 16 <= end {
      let x = word(at: i) ^ pattern
      let y = word(at: i &+ 8) ^ pattern
      let hx = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
      let hy = (y &- 0x0101_0101_0101_0101) & ~y & 0x8080_8080_8080_8080
      if hx | hy != 0 {
        return hx != 0
          ? i &+ (hx.trailingZeroBitCount >> 3) : i &+ 8 &+ (hy.trailingZeroBitCount >> 3)
      }
      i &+= 16
    }
    while i &+ 8 <= end {
      let x = word(at: i) ^ pattern
      let hits = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
      if hits != 0 { return i &+ (hits.trailingZeroBitCount >> 3) }
      i &+= 8
    }
    while i < end {
      if self[i] == byte { return i }
      i &+= 1
    }
    return nil
  }
}
