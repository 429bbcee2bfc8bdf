import ErrmsgModel
import Synchronization

/// One source of locale files (the embedded catalog, or a directory), each
/// loaded on first use: a directory's file is read whole then, an embedded one
/// an entry at a time as lookups reach its codes (``LocaleBundle``).
///
/// Files are per locale and product (`Locales/zh-CN/tke.json`). A file that
/// names no product (a whole-locale `Locales/zh-CN.json` of a translator's
/// preview folder) serves every product.
final class LocaleLayer: Sendable {
  /// A label for messages ("embedded", or the directory).
  let name: String
  /// The locales this layer has files for.
  let locales: [String]
  private let files: [String: [String: FileRef]]
  private let loaded = Mutex<[LookupKey: LocaleBundle?]>([:])
  private let problems = Mutex<[Diagnostic]>([])

  /// The product name under which ``init(name:files:)`` takes a whole-locale file.
  static let wholeLocale = ""

  /// `files[locale][product]`; product ``wholeLocale`` for a file that serves every product.
  init(name: String, files: [String: [String: FileRef]]) {
    self.name = name
    self.files = files
    self.locales = files.keys.sorted()
  }

  /// The file of one locale and product, or nil when this layer has none or it cannot be read.
  func bundle(_ locale: String, product: String?) -> LocaleBundle? {
    guard product != Self.wholeLocale else { return nil }  // not a product: the whole-locale file is `nil`'s
    let key = LookupKey(product: product, locale: locale)
    if let hit = loaded.withLock({ $0[key] }) { return hit }
    guard let ref = files[locale]?[product ?? Self.wholeLocale] else { return nil }
    let (bundle, diagnostics) = LocaleBundle.load(locale: locale, product: product, from: ref)
    return loaded.withLock { cache in
      if let hit = cache[key] { return hit }
      cache[key] = .some(bundle)
      problems.withLock { $0 += diagnostics }
      return bundle
    }
  }

  /// The files that may hold a product's texts in a locale: the product's own, then a whole-locale file.
  func bundles(_ locale: String, product: String) -> [LocaleBundle] {
    [bundle(locale, product: product), bundle(locale, product: nil)].compactMap { $0 }
  }

  /// Problems found in the files loaded so far (and in the entries read out of embedded files).
  var diagnostics: [Diagnostic] {
    let later = loaded.withLock { cache in
      cache.values.compactMap { $0 }.sorted { $0.fileName < $1.fileName }.flatMap(\.entryDiagnostics)
    }
    return problems.withLock { $0 } + later
  }
}
