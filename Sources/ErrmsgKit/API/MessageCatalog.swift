public import ErrmsgModel

#if canImport(FoundationEssentials)
  public import FoundationEssentials
#else
  public import Foundation
#endif

/// Turns Tencent Cloud API error codes into messages an end user can
/// understand and act on, in their language.
///
/// The default catalog is compiled into the library from the package's
/// `Catalog/` and `Locales/` folders, so it works with no files beside the
/// binary:
///
/// ```swift
/// let m = MessageCatalog.localized(code: "AuthFailure.SignatureExpire", locale: "zh-CN")
/// print(m.message)  // what happened
/// print(m.hint)     // what to do next
/// ```
///
/// Lookups never fail. An unknown sub-code uses its family's entry
/// (`InternalError.SomethingNew` → `InternalError`), an unknown family gets a
/// generic message that still shows the code, and a broken translation falls
/// back to the source locale. ``LocalizedMessage/matchedCode``,
/// ``LocalizedMessage/isExact`` and ``LocalizedMessage/warnings`` say what
/// happened.
public struct MessageCatalog: Sendable {
  package let storage: CatalogStorage

  init(storage: CatalogStorage) {
    self.storage = storage
  }

  // MARK: - The embedded catalog

  /// The catalog compiled into the library.
  public static let embedded: MessageCatalog = {
    let file = SourceFile(name: EmbeddedCatalog.catalog.name, bytes: Array(EmbeddedCatalog.catalog.text.utf8))
    let (document, diagnostics) = CatalogDocument.read(file)
    // The build refuses a catalog with errors, so a document is always there.
    let registry = Registry(document: document ?? CatalogDocument(sourceLocale: "en-US", codes: []))
    var files: [String: FileRef] = [:]
    for l in EmbeddedCatalog.locales { files[l.locale] = .embedded(name: l.name, text: l.text) }
    let layer = LocaleLayer(name: "embedded", files: files)
    return MessageCatalog(
      storage: CatalogStorage(registry: registry, layers: [layer], catalogDiagnostics: diagnostics))
  }()

  /// Localizes a code with the embedded catalog.
  ///
  /// - Parameters:
  ///   - code: The code as the API sent it.
  ///   - locale: A BCP 47 tag, a POSIX locale (`zh_CN.UTF-8`) or an
  ///     Accept-Language list (`fr-CH, zh;q=0.9`). Anything unmatched ends at `en-US`.
  ///   - arguments: Values for the code's named arguments (see ``CodeInfo/arguments``);
  ///     they fill ``LocalizedMessage/detail``.
  public static func localized(
    code: String, locale: String, arguments: [String: MessageArgument] = [:]
  ) -> LocalizedMessage {
    embedded.localized(code: code, locale: locale, arguments: arguments)
  }

  /// Localizes a code with the embedded catalog for a Foundation `Locale`.
  public static func localized(
    code: String, locale: Locale, arguments: [String: MessageArgument] = [:]
  ) -> LocalizedMessage {
    embedded.localized(code: code, locale: locale, arguments: arguments)
  }

  // MARK: - Catalogs from files

  /// Loads a catalog from directories, for translators' previews and runtime overrides.
  ///
  /// - Parameters:
  ///   - localesDirectory: A folder of `<locale>.json` files.
  ///   - catalogDirectory: A folder with `codes.json`; nil uses the embedded registry.
  ///   - fallback: A catalog whose texts are used where the directory's are
  ///     missing or broken (usually ``embedded``); nil for none.
  /// - Throws: ``CatalogLoadError`` when the catalog file cannot be used at all.
  ///   Problems in locale files never throw: those texts fall back, and
  ///   ``diagnostics`` lists the problems.
  public init(
    localesDirectory: String, catalogDirectory: String? = nil, fallback: MessageCatalog? = .embedded
  ) throws(CatalogLoadError) {
    var registry = fallback?.storage.registry
    var catalogDiagnostics = fallback?.storage.catalogDiagnostics ?? []
    if let catalogDirectory {
      let path = catalogDirectory.hasSuffix("/") ? catalogDirectory + "codes.json" : catalogDirectory + "/codes.json"
      let (file, problem) = FileRef.path(path).load()
      guard let file else {
        throw CatalogLoadError(message: "cannot read \(path)", diagnostics: problem.map { [$0] } ?? [])
      }
      let (document, diagnostics) = CatalogDocument.read(file)
      guard let document, !diagnostics.contains(where: { $0.severity == .error }) else {
        throw CatalogLoadError(message: "\(path) has errors", diagnostics: diagnostics)
      }
      registry = Registry(document: document)
      catalogDiagnostics = diagnostics
    }
    guard let registry else {
      throw CatalogLoadError(message: "no catalog: give a catalog directory or a fallback", diagnostics: [])
    }
    let top = LocaleLayer(name: localesDirectory, files: try FileRef.jsonFiles(inDirectory: localesDirectory))
    self.storage = CatalogStorage(
      registry: registry, layers: [top] + (fallback?.storage.layers ?? []),
      catalogDiagnostics: catalogDiagnostics)
  }

  // MARK: - Lookups

  /// Localizes a code.
  ///
  /// - Parameters:
  ///   - code: The code as the API sent it.
  ///   - locale: A BCP 47 tag, a POSIX locale or an Accept-Language list.
  ///   - arguments: Values for the code's named arguments.
  public func localized(
    code: String, locale: String, arguments: [String: MessageArgument] = [:]
  ) -> LocalizedMessage {
    storage.render(code: code, locale: locale, arguments: arguments, serverMessage: nil, requestId: nil)
  }

  /// Localizes a code for a Foundation `Locale`.
  public func localized(
    code: String, locale: Locale, arguments: [String: MessageArgument] = [:]
  ) -> LocalizedMessage {
    localized(code: code, locale: locale.identifier, arguments: arguments)
  }

  /// Localizes an error a server returned: arguments are taken from the
  /// server's message where the catalog has a rule for its shape, and the
  /// message is kept (credentials redacted) with the request ID.
  public func localized(
    _ error: TencentCloudError, locale: String, arguments: [String: MessageArgument] = [:]
  ) -> LocalizedMessage {
    storage.render(
      code: error.code.rawValue, locale: locale, arguments: arguments, serverMessage: error.serverMessage,
      requestId: error.requestId)
  }

  /// The locales this catalog has texts for (without negotiation or conversion).
  public var availableLocales: [String] { storage.negotiator.available }

  /// The locale translations start from, and the last fallback.
  public var sourceLocale: String { storage.registry.sourceLocale }

  /// The locale a request resolves to (`zh_TW.UTF-8` → `zh-TW`, converted from `zh-CN`).
  public func resolvedLocale(for request: String) -> String {
    storage.resolve(request).reportedLocale
  }

  /// Every catalogued code, in catalog order.
  public var codes: [CodeInfo] {
    storage.registry.orderedCodes.compactMap { storage.registry.entries[$0]?.info }
  }

  /// What the catalog knows about a code, if it is listed (no fallback).
  public func info(for code: ErrorCode) -> CodeInfo? {
    storage.registry.entries[code.rawValue]?.info
  }

  /// A label for text output (`hint`, `code`, `requestId`, `noError`) in a locale.
  public func label(_ key: String, locale: String) -> String? {
    storage.label(key, locale: locale)
  }

  /// Problems found in the files read so far (locale files are read on first use).
  public var diagnostics: [Diagnostic] { storage.diagnostics }

  /// Localizes a server error given as its parts (the worker's entry point).
  package func render(
    code: String, locale: String, arguments: [String: MessageArgument] = [:], serverMessage: String?,
    requestId: String?
  ) -> LocalizedMessage {
    storage.render(
      code: code, locale: locale, arguments: arguments, serverMessage: serverMessage, requestId: requestId)
  }

  /// Whether the code's catalog entry (or its family's) has rules that read values from server messages.
  package func extractsArguments(code: String) -> Bool {
    storage.registry.resolve(code).map { !$0.entry.extractors.isEmpty } ?? false
  }
}
