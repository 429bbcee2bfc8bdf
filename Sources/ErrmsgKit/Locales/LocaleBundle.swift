import ErrmsgICU
import ErrmsgModel
import Synchronization

/// The texts of one locale from one source, with its compiled patterns.
///
/// Patterns are compiled on first use and kept (FormatJS's "parse once,
/// cache"); a pattern that fails to compile is remembered as failed, so the
/// failure is reported once and the fallback is taken at no cost afterwards.
final class LocaleBundle: Sendable {
  /// The locale the file is for (from its name).
  let locale: String
  /// The product the file is for (from its name); nil for a file that serves every product.
  let product: String?
  /// Set when a converter made the file (its `machineConverted` note).
  let machineConverted: String?
  /// The message for codes no entry covers.
  let unknown: MessageRecord?
  /// UI labels.
  let ui: [String: TextRecord]
  /// The file's name, for later messages.
  let fileName: String
  /// Where the file is read from again when a message needs a line and column
  /// (rarely: a text that fails). No bytes are kept until then: a file read
  /// whole has had every text read out of them, an embedded one is read an
  /// entry at a time out of the binary's own copy, and a worker loads every
  /// locale's files.
  private let ref: FileRef
  /// The file as read again for positions, kept once read (a broken text fails on every line).
  private let reread = Mutex<SourceFile?>(nil)

  /// Where the entries come from: a file read whole, or an embedded file read
  /// entry by entry as lookups reach the codes (the build checked it whole).
  private enum Entries: Sendable {
    case whole([String: MessageRecord])
    case indexed(IndexedEntries<MessageRecord>)
  }
  private let source: Entries

  /// A text and the locale it is formatted for. Hashed by where the text is in
  /// the file (not by its characters: hashing every hint on every lookup cost more
  /// than the lookup); equal only when the patterns are equal too (a pseudo-locale's
  /// text stands at the same place with other characters).
  private struct Key: Hashable {
    var offset: Int
    var pattern: String
    var locale: String

    static func == (a: Key, b: Key) -> Bool {
      a.offset == b.offset && a.locale == b.locale && a.pattern == b.pattern
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(offset)
      hasher.combine(pattern.utf8.count)
      hasher.combine(locale)
    }
  }
  private let compiled = Mutex<[Key: Result<ICUMessageFormat, ICUPatternError>]>([:])
  /// Per text (its locale left empty): whether it takes values other than `code`.
  private let needsValues = Mutex<[Key: Bool]>([:])

  private init(
    locale: String, product: String?, ref: FileRef, source: Entries, machineConverted: String?,
    unknown: MessageRecord?, ui: [String: TextRecord]
  ) {
    self.locale = locale
    self.product = product
    self.fileName = ref.name
    self.ref = ref
    self.source = source
    self.machineConverted = machineConverted
    self.unknown = unknown
    self.ui = ui
  }

  /// Reads a locale file; nil when it cannot be used at all.
  static func load(locale: String, product: String?, from ref: FileRef) -> (LocaleBundle?, [Diagnostic]) {
    if let indexed = ref.indexed { return loadIndexed(locale: locale, product: product, ref: ref, indexed) }
    let (file, ioProblem) = ref.load()
    guard let file else { return (nil, ioProblem.map { [$0] } ?? []) }
    let (document, diagnostics) = LocaleDocument.read(file)
    guard let document else { return (nil, diagnostics) }
    var all = diagnostics
    if document.locale != locale {
      all.append(
        file.diagnostic(
          .warning, at: document.localeOffset, kind: "locale-mismatch",
          "the file declares locale \"\(document.locale)\" but is in the \(locale) folder; the folder wins"))
    }
    if let product, let declared = document.product, declared != product {
      all.append(
        file.diagnostic(
          .warning, at: document.productOffset ?? document.localeOffset, kind: "product-mismatch",
          "the file declares product \"\(declared)\" but is named \(product).json; the file name wins"))
    }
    var entries: [String: MessageRecord] = [:]
    for m in document.messages where entries[m.code] == nil { entries[m.code] = m }
    let bundle = LocaleBundle(
      locale: locale, product: product, ref: ref, source: .whole(entries),
      machineConverted: document.machineConverted, unknown: document.unknown, ui: document.ui)
    return (bundle, all)
  }

  /// An embedded file: only its small top-level members are read now.
  private static func loadIndexed(
    locale: String, product: String?, ref: FileRef, _ file: IndexedFile
  ) -> (LocaleBundle?, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    func member<T>(_ name: String, _ read: (JSONMember, SourceFile, inout [Diagnostic]) -> T?) -> T? {
      guard let place = file.members.topLevel(name) else { return nil }
      let (made, found) = file.read(name, at: place, code: nil, read)
      diagnostics += found
      return made
    }
    let machineConverted = member("machineConverted") { m, _, _ in m.node.value.stringValue }
    let ui = member("ui") { m, source, found in LocaleDocument.readUI(m.node, in: source, diagnostics: &found) } ?? [:]
    let unknown = member("unknown") { m, source, found in
      LocaleDocument.readEntry(code: "*", member: m, in: source, diagnostics: &found)
    }
    let bundle = LocaleBundle(
      locale: locale, product: product, ref: ref,
      source: .indexed(
        IndexedEntries(file) { member, source, diagnostics in
          LocaleDocument.readEntry(code: member.key, member: member, in: source, diagnostics: &diagnostics)
        }),
      machineConverted: machineConverted, unknown: unknown, ui: ui)
    return (bundle, diagnostics)
  }

  /// The entry for a code, or nil when the file has none (or it cannot be used).
  func entry(_ code: String) -> MessageRecord? {
    switch source {
    case .whole(let entries): entries[code]
    case .indexed(let entries): entries.entry(code)
    }
  }

  /// Problems found in entries read after loading (an embedded file's; none in a build that passed its checks).
  var entryDiagnostics: [Diagnostic] {
    if case .indexed(let entries) = source { return entries.diagnostics }
    return []
  }

  /// The compiled form of a text for a formatting locale.
  func formatter(for text: TextRecord, formattingLocale: String) -> Result<ICUMessageFormat, ICUPatternError> {
    let key = Key(offset: text.offset, pattern: text.pattern, locale: formattingLocale)
    if let hit = compiled.withLock({ $0[key] }) { return hit }
    // Compile outside the lock; a rare duplicate compile is harmless.
    let result: Result<ICUMessageFormat, ICUPatternError>
    do {
      result = .success(try ICUMessageFormat(pattern: text.pattern, locale: formattingLocale))
    } catch {
      result = .failure(error)
    }
    return compiled.withLock { cache in
      if let hit = cache[key] { return hit }
      cache[key] = result
      return result
    }
  }

  /// Whether a text takes values other than `code` (false when it does not
  /// parse: formatting it then reports why). Worked out once per text.
  func takesValuesBesidesCode(_ text: TextRecord) -> Bool {
    let key = Key(offset: text.offset, pattern: text.pattern, locale: "")
    if let hit = needsValues.withLock({ $0[key] }) { return hit }
    let uses = (try? ICUPattern.arguments(in: text.pattern))?.contains(where: { $0.name != "code" }) ?? false
    needsValues.withLock { $0[key] = uses }
    return uses
  }

  /// `file:line:column` of a position inside a text (exact when the JSON string has no escapes).
  func location(of text: TextRecord, scalarOffset: Int) -> (line: Int, column: Int) {
    let file = reread.withLock { kept in
      if kept == nil { kept = ref.load().0 }
      return kept
    }
    guard let file else { return (0, 0) }
    let (line, column) = file.lineMap.location(of: text.offset)
    return (line, column + 1 + max(0, scalarOffset))
  }
}
