import ErrmsgModel

/// A cheap first look for the worker, which redacts every server message it echoes.
extension Redactor {
  /// False when ``redact(_:)`` would certainly return `text` unchanged: no
  /// SecretId and no separator that a secret name ends before. True means
  /// "call `redact`". Uses the same shape tests as `redact`, so it never
  /// misses what `redact` hides.
  package static func mayRedact(_ text: Span<UInt8>) -> Bool {
    let p = text
    let n = text.count
    var i = 0
    while i < n {
      // Eight bytes at a time while none starts `AK` (any case: a SecretId's
      // `AKID`) or is `=`, `:`, `%` or 0xEF. An `a` in the word's last byte
      // counts (its `k` would be in the next word). The zero-byte test may say
      // yes where there is none (a borrow), never no where there is one.
      while i &+ 8 <= n {
        let w = p.word(at: i)
        let lw = w | 0x2020_2020_2020_2020
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let zero = { (x: UInt64) -> UInt64 in (x &- ones) & ~x & high }
        let a = zero(lw ^ 0x6161_6161_6161_6161)
        let k = zero(lw ^ 0x6B6B_6B6B_6B6B_6B6B)
        let ak = a & ((k >> 8) | 0x8000_0000_0000_0000)
        let e = zero(w ^ 0x3D3D_3D3D_3D3D_3D3D)
        let c = zero(w ^ 0x3A3A_3A3A_3A3A_3A3A)
        let pc = zero(w ^ 0x2525_2525_2525_2525)
        let f = zero(w ^ 0xEFEF_EFEF_EFEF_EFEF)
        let hits = ak | e | c | pc | f
        if hits != 0 {
          // To the first flagged byte: a flag is never missing, so no byte before it needs a look.
          i &+= hits.trailingZeroBitCount >> 3
          break
        }
        i &+= 8
      }
      guard i < n else { return false }
      if secretIdEnd(p, at: i) != nil { return true }
      // A separator without a key word: one byte on (a SecretId may start inside `%3A`).
      if separatorLength(p, at: i) != nil, keyWordEnding(p, before: i) != nil { return true }
      i += 1
    }
    return false
  }
}
