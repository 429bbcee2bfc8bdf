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
  /// Entries by code.
  let entries: [String: MessageRecord]
  /// The message for codes no entry covers.
  let unknown: MessageRecord?
  /// UI labels.
  let ui: [String: TextRecord]
  /// Problems found while reading the file.
  let diagnostics: [Diagnostic]
  /// The file's name, for later messages.
  let fileName: String
  /// Where the file is read from again when a message needs a line and column
  /// (rarely: a text that fails). Its bytes are not kept until then: every
  /// text has been read out of them, and a worker loads every locale's files.
  private let ref: FileRef
  /// The file as read again for positions, kept once read (a broken text fails on every line).
  private let reread = Mutex<SourceFile?>(nil)

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

  init(locale: String, product: String?, ref: FileRef, document: LocaleDocument, diagnostics: [Diagnostic]) {
    self.locale = locale
    self.product = product
    self.machineConverted = document.machineConverted
    self.fileName = ref.name
    self.ref = ref
    var entries: [String: MessageRecord] = [:]
    for m in document.messages where entries[m.code] == nil { entries[m.code] = m }
    self.entries = entries
    self.unknown = document.unknown
    self.ui = document.ui
    self.diagnostics = diagnostics
  }

  /// Reads a locale file; nil when it cannot be used at all.
  static func load(locale: String, product: String?, from ref: FileRef) -> (LocaleBundle?, [Diagnostic]) {
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
    return (
      LocaleBundle(locale: locale, product: product, ref: ref, document: document, diagnostics: all), all
    )
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
