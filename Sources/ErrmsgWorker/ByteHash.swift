import ErrmsgModel

/// A fast, non-cryptographic hash of short byte strings (codes, locales,
/// server messages) for the worker's caches; every hit is confirmed by
/// comparing the bytes.
enum ByteHash {
  @inline(__always)
  static func hash(_ bytes: Span<UInt8>, seed: UInt64 = 0) -> UInt64 {
    let n = bytes.count
    var h = seed ^ (UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15)
    var i = 0
    while i &+ 8 <= n {
      let w = bytes.word(at: i)
      h = (h ^ w) &* 0xFF51_AFD7_ED55_8CCD
      h ^= h >> 29
      i &+= 8
    }
    if i < n {
      var w: UInt64 = 0
      var shift: UInt64 = 0
      while i < n {
        w |= UInt64(bytes[i]) << shift
        shift &+= 8
        i &+= 1
      }
      h = (h ^ w) &* 0xC4CE_B9FE_1A85_EC53
    }
    return mix(h)
  }

  @inline(__always)
  static func mix(_ x: UInt64) -> UInt64 {
    var h = x
    h ^= h >> 33
    h = h &* 0xFF51_AFD7_ED55_8CCD
    h ^= h >> 33
    return h
  }

  /// Whether two byte strings are equal.
  @inline(__always)
  static func equal(_ a: Span<UInt8>, _ b: Span<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    var i = 0
    while i &+ 8 <= a.count {
      if a.word(at: i) != b.word(at: i) { return false }
      i &+= 8
    }
    while i < a.count {
      if a[i] != b[i] { return false }
      i &+= 1
    }
    return true
  }
}
