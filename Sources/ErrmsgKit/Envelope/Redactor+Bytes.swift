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
      // Eight bytes at a time while none is an `A`/`a`, `=`, `:`, `%` or 0xEF.
      while i &+ 8 <= n {
        let w = p.word(at: i)
        let a = (w | 0x2020_2020_2020_2020) ^ 0x6161_6161_6161_6161
        let e = w ^ 0x3D3D_3D3D_3D3D_3D3D
        let c = w ^ 0x3A3A_3A3A_3A3A_3A3A
        let pc = w ^ 0x2525_2525_2525_2525
        let f = w ^ 0xEFEF_EFEF_EFEF_EFEF
        let ones: UInt64 = 0x0101_0101_0101_0101
        let zero = { (x: UInt64) -> UInt64 in (x &- ones) & ~x }
        let hits = (zero(a) | zero(e) | zero(c) | zero(pc) | zero(f)) & 0x8080_8080_8080_8080
        if hits != 0 { break }
        i &+= 8
      }
      guard i < n else { return false }
      if secretIdEnd(p, at: i) != nil { return true }
      if let length = separatorLength(p, at: i) {
        if keyWordEnding(p, before: i) != nil { return true }
        i += length
        continue
      }
      i += 1
    }
    return false
  }
}
