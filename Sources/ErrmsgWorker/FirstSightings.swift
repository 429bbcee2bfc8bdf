/// Which (code, locale, product) keys one worker thread has met, so a key's
/// first line is answered by the precise path and only a key that comes back
/// gets a ``ResultTemplate``.
///
/// Over the whole catalog most keys of a stream come once (in a Zipf-drawn
/// stream of 200,000 lines over 17,507 pairs and 8 locales, 38k of 64k keys
/// do): making a template for each costs more than answering the line in
/// full, and would push the keys that do repeat out of the ``TemplateCache``.
///
/// Direct-mapped fingerprints of the keys' hashes, fixed size (128 KB): a
/// collision only means one more or one fewer template, never a wrong reply.
struct FirstSightings {
  private static let slotCount = 1 << 15
  private var fingerprints = [UInt32](repeating: 0, count: slotCount)

  /// Whether the key with this hash was met before; records it if not.
  @inline(__always)
  mutating func metBefore(_ hash: UInt64) -> Bool {
    let slot = Int(truncatingIfNeeded: hash) & (Self.slotCount - 1)
    let fingerprint = UInt32(truncatingIfNeeded: hash >> 32) | 1
    if fingerprints[slot] == fingerprint { return true }
    fingerprints[slot] = fingerprint
    return false
  }
}
