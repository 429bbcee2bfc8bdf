/// One worker's result templates by (code, locale, product), found by a hash of the
/// bytes and confirmed by comparing them: no strings are made for a hit.
///
/// Bounded: when it holds ``maximumCount`` templates it starts over, so a
/// stream of made-up codes cannot grow memory. Each thread has its own.
final class TemplateCache {
  static let maximumCount = 512
  private static let slotCount = 1024

  private var slots = [ResultTemplate?](repeating: nil, count: slotCount)
  private var hashes = [UInt64](repeating: 0, count: slotCount)
  private(set) var count = 0

  init() {}

  /// The key's hash (the code's, the locale's and the product's bytes).
  @inline(__always)
  static func hash(code: Span<UInt8>, locale: Span<UInt8>, product: Span<UInt8>) -> UInt64 {
    let h = ByteHash.hash(locale, seed: ByteHash.hash(code))
    return product.isEmpty ? h : ByteHash.hash(product, seed: h)
  }

  @inline(__always)
  func find(
    hash: UInt64, code: Span<UInt8>, locale: Span<UInt8>, product: Span<UInt8>
  ) -> ResultTemplate? {
    var k = Int(truncatingIfNeeded: hash) & (Self.slotCount - 1)
    while let t = slots[k] {
      if hashes[k] == hash, t.matches(code: code, locale: locale, product: product) { return t }
      k = (k + 1) & (Self.slotCount - 1)
    }
    return nil
  }

  func insert(_ template: ResultTemplate, hash: UInt64) {
    if count >= Self.maximumCount {
      for k in 0..<Self.slotCount { slots[k] = nil }
      count = 0
    }
    var k = Int(truncatingIfNeeded: hash) & (Self.slotCount - 1)
    while slots[k] != nil { k = (k + 1) & (Self.slotCount - 1) }
    slots[k] = template
    hashes[k] = hash
    count += 1
  }
}
