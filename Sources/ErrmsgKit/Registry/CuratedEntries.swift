import ErrmsgModel
import Synchronization

/// The curated entries of one product.
///
/// Two kinds: a catalog folder's files are read whole when the catalog is
/// made (``MessageCatalog/init(localesDirectory:catalogDirectory:fallback:)``
/// reports their problems); an embedded file is read one entry at a time,
/// when a lookup first reaches the code (the build checked the whole file,
/// refuses one that reads with any problem, and wrote where each entry stands,
/// ``MemberIndex``).
final class CuratedEntries: Sendable {
  private enum Source: Sendable {
    case whole(entries: [String: Registry.Entry], order: [String])
    case indexed(IndexedEntries<Registry.Entry>)
  }
  private let source: Source
  /// Every entry of an indexed file in file order, once asked for (recognition walks them all).
  private let everyEntry = Mutex<[Registry.Entry]?>(nil)

  /// Entries read whole: documents of one product, in order (a code keeps its first entry).
  init(documents: [CatalogDocument]) {
    var entries: [String: Registry.Entry] = [:]
    var order: [String] = []
    for d in documents {
      for record in d.codes where entries[record.code] == nil {
        entries[record.code] = Registry.Entry(record)
        order.append(record.code)
      }
    }
    self.source = .whole(entries: entries, order: order)
  }

  /// An embedded file, read entry by entry.
  init(file: IndexedFile, product: String) {
    self.source = .indexed(
      IndexedEntries(file) { member, source, diagnostics in
        CatalogDocument.readCode(member, product: product, in: source, diagnostics: &diagnostics)
          .map(Registry.Entry.init)
      })
  }

  /// The entry for a code, or nil when the product has none (or it is broken).
  func entry(_ code: String) -> Registry.Entry? {
    switch source {
    case .whole(let entries, _): entries[code]
    case .indexed(let entries): entries.entry(code)
    }
  }

  /// Whether the product has an entry for a code (nothing is parsed).
  func contains(_ code: String) -> Bool {
    switch source {
    case .whole(let entries, _): entries[code] != nil
    case .indexed(let entries): entries.contains(code)
    }
  }

  /// Every entry, in file order.
  var all: [Registry.Entry] {
    switch source {
    case .whole(let entries, let order):
      return order.compactMap { entries[$0] }
    case .indexed(let entries):
      if let made = everyEntry.withLock({ $0 }) { return made }
      let made = entries.file.members.entryCodes.compactMap(entries.entry)
      everyEntry.withLock { $0 = made }
      return made
    }
  }

  /// Problems found in what has been read (a catalog folder's are reported when the catalog is made).
  var diagnostics: [Diagnostic] {
    if case .indexed(let entries) = source { return entries.diagnostics }
    return []
  }
}

extension Registry.Entry {
  /// A curated entry with its extraction rules compiled.
  init(_ record: CodeRecord) {
    let info = CodeInfo(
      code: ErrorCode(record.code), product: record.product, versions: record.versions, tier: .curated,
      category: record.category, retry: record.retry, actor: record.actor,
      arguments: record.arguments.map { .init(name: $0.name, type: $0.type, description: $0.description) })
    let extractors = record.extract.compactMap {
      try? ExtractionTemplate($0.template, arguments: record.arguments)
    }
    let samples = record.samples.compactMap { s -> (name: String, text: String)? in
      switch s.value {
      case .number(let t), .string(let t): (s.name, t)
      default: nil
      }
    }
    self.init(info: info, declarations: record.arguments, extractors: extractors, samples: samples)
  }
}
