import ErrmsgModel

/// One worker's ``Variation``s by (template, server message bytes), so a
/// message seen before skips argument extraction and ICU formatting.
///
/// Direct-mapped and bounded: each key has one slot, and a new key overwrites
/// it. A template whose messages rarely repeat (they carry timestamps or
/// counts) stops using the cache after a while: hashing and storing each
/// message would only cost time.
struct VariableCache {
  private static let slotCount = 1024
  /// The longest message kept (so the cache stays small whatever the input).
  static let maximumMessageBytes = 1024
  /// Lookups of one template before its hit rate is judged, and the rate it needs.
  private static let trialLookups = 256
  private static let minimumHitsPerTrial = 16

  private final class Entry {
    let serial: Int
    let hash: UInt64
    let message: [UInt8]
    let variation: Variation

    init(serial: Int, hash: UInt64, message: [UInt8], variation: Variation) {
      self.serial = serial
      self.hash = hash
      self.message = message
      self.variation = variation
    }
  }

  private var slots = [Entry?](repeating: nil, count: slotCount)

  /// Whether the template's messages are worth caching.
  @inline(__always)
  static func worthCaching(_ template: ResultTemplate) -> Bool {
    template.variableLookups < trialLookups || template.variableHits >= minimumHitsPerTrial
  }

  @inline(__always)
  static func hash(serial: Int, message: Span<UInt8>) -> UInt64 {
    ByteHash.hash(message, seed: UInt64(truncatingIfNeeded: serial))
  }

  func find(_ template: ResultTemplate, hash: UInt64, message: Span<UInt8>)
    -> Variation?
  {
    template.variableLookups += 1
    guard let e = slots[Int(truncatingIfNeeded: hash) & (Self.slotCount - 1)], e.hash == hash,
      e.serial == template.serial
    else { return nil }
    let stored = e.message
    guard ByteHash.equal(stored.span, message) else { return nil }
    template.variableHits += 1
    return e.variation
  }

  mutating func store(
    _ variation: Variation, for template: ResultTemplate, hash: UInt64,
    message: Span<UInt8>
  ) {
    slots[Int(truncatingIfNeeded: hash) & (Self.slotCount - 1)] = Entry(
      serial: template.serial, hash: hash, message: message.copiedBytes(), variation: variation)
  }
}
