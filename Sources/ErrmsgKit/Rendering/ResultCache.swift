import Synchronization

/// Results of lookups without arguments or a server message, by (code,
/// product, requested locale): what an app's repeated
/// ``MessageCatalog/localized(code:product:locale:arguments:)`` calls hit.
///
/// Split into shards with a lock each, so threads looking up different codes
/// rarely wait for each other; each shard is bounded and starts over when full.
final class ResultCache: Sendable {
  private static let shardCount = 16
  private static let shardLimit = 256
  private final class Shard: Sendable {
    let table = Mutex<[LookupKey: LocalizedMessage]>([:])
  }
  private let shards: [Shard] = (0..<ResultCache.shardCount).map { _ in Shard() }

  func find(code: String, product: String?, locale: String) -> LocalizedMessage? {
    let key = LookupKey(code: code, product: product, locale: locale)
    return shards[Self.shard(key)].table.withLock { $0[key] }
  }

  func store(_ message: LocalizedMessage, code: String, product: String?, locale: String) {
    let key = LookupKey(code: code, product: product, locale: locale)
    shards[Self.shard(key)].table.withLock { table in
      if table.count >= Self.shardLimit { table.removeAll(keepingCapacity: true) }
      table[key] = message
    }
  }

  private static func shard(_ key: LookupKey) -> Int {
    var h = 0
    for b in key.code.utf8 { h = h &* 31 &+ Int(b) }
    return (h & Int.max) % shardCount
  }
}
