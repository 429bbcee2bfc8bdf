import ErrmsgModel
import Synchronization

/// One source of locale files (the embedded catalog, or a directory), with
/// each locale parsed on first use.
final class LocaleLayer: Sendable {
  /// A label for messages ("embedded", or the directory).
  let name: String
  /// The locales this layer has files for.
  let locales: [String]
  private let files: [String: FileRef]
  private let loaded = Mutex<[String: LocaleBundle?]>([:])
  private let problems = Mutex<[Diagnostic]>([])

  init(name: String, files: [String: FileRef]) {
    self.name = name
    self.files = files
    self.locales = files.keys.sorted()
  }

  /// The bundle for a locale, or nil when this layer has none or it cannot be read.
  func bundle(_ locale: String) -> LocaleBundle? {
    if let hit = loaded.withLock({ $0[locale] }) { return hit }
    guard let ref = files[locale] else { return nil }
    let (bundle, diagnostics) = LocaleBundle.load(locale: locale, from: ref)
    return loaded.withLock { cache in
      if let hit = cache[locale] { return hit }
      cache[locale] = .some(bundle)
      problems.withLock { $0 += diagnostics }
      return bundle
    }
  }

  /// Problems found in the files loaded so far.
  var diagnostics: [Diagnostic] { problems.withLock { $0 } }
}
