import ErrmsgModel
import Synchronization

/// The entries of an embedded file, each read the first time a lookup reaches
/// it and kept (nil is kept too, for an entry that cannot be used), with the
/// problems found on the way. Shared by the curated catalogs
/// (``CuratedEntries``) and the locale files (``LocaleBundle``).
final class IndexedEntries<Value: Sendable>: Sendable {
  /// The file and where its entries stand.
  let file: IndexedFile
  private let reader: @Sendable (JSONMember, SourceFile, inout [Diagnostic]) -> Value?
  private let read = Mutex<[String: Value?]>([:])
  private let problems = Mutex<[Diagnostic]>([])

  /// Entries of `file`, each made by `reader` from its member.
  init(_ file: IndexedFile, reader: @escaping @Sendable (JSONMember, SourceFile, inout [Diagnostic]) -> Value?) {
    self.file = file
    self.reader = reader
  }

  /// The entry for a code, or nil when the file has none (or it cannot be used).
  func entry(_ code: String) -> Value? {
    if let hit = read.withLock({ $0[code] }) { return hit }
    guard let place = file.members.entry(code) else { return nil }
    // Read outside the lock; a rare duplicate read is harmless (the first one kept wins).
    let (made, diagnostics) = file.read(code, at: place, code: code, reader)
    return read.withLock { cache in
      if let hit = cache[code] { return hit }
      cache[code] = .some(made)
      problems.withLock { $0 += diagnostics }
      return made
    }
  }

  /// Whether the file has an entry for a code (nothing is parsed).
  func contains(_ code: String) -> Bool { file.members.entry(code) != nil }

  /// Problems found in the entries read so far.
  var diagnostics: [Diagnostic] { problems.withLock { $0 } }
}
