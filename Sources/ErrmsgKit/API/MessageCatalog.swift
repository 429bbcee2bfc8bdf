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
  ///
  /// Nothing is decoded here: each curated entry and each locale's entry is
  /// parsed when a lookup first needs it (the build wrote where each stands),
  /// and the official tier is searched in place.
  public static let embedded: MessageCatalog = {
    var catalogs: [String: IndexedFile] = [:]
    for c in EmbeddedCatalog.catalogs {
      catalogs[c.product] = IndexedFile(name: c.name, text: c.text, members: c.members, memberStarts: c.memberStarts)
    }
    let registry = Registry(
      sourceLocale: EmbeddedCatalog.sourceLocale, curated: catalogs,
      tables: CatalogTables(
        official: SortedLines(text: EmbeddedCatalog.official, starts: EmbeddedCatalog.officialStarts),
        index: SortedLines(text: EmbeddedCatalog.index, starts: EmbeddedCatalog.indexStarts)))
    var files: [String: [String: FileRef]] = [:]
    for l in EmbeddedCatalog.locales {
      files[l.locale, default: [:]][l.product] = .embedded(
        IndexedFile(name: l.name, text: l.text, members: l.members, memberStarts: l.memberStarts))
    }
    let layer = LocaleLayer(name: "embedded", files: files)
    return MessageCatalog(storage: CatalogStorage(registry: registry, layers: [layer], catalogDiagnostics: []))
  }()

  /// Localizes a code with the embedded catalog.
  ///
  /// - Parameters:
  ///   - code: The code as the API sent it.
  ///   - product: The product whose API answered (`tke`, `cvm`, … as in the SDKs'
  ///     package names), when known: the same code can mean different things in
  ///     different products. Nil looks the code up in every product.
  ///   - locale: A BCP 47 tag, a POSIX locale (`zh_CN.UTF-8`) or an
  ///     Accept-Language list (`fr-CH, zh;q=0.9`). Anything unmatched ends at `en-US`.
  ///   - arguments: Values for the code's named arguments (see ``CodeInfo/arguments``);
  ///     they fill ``LocalizedMessage/detail``.
  public static func localized(
    code: String, product: String? = nil, locale: String, arguments: [String: MessageArgument] = [:]
  ) -> LocalizedMessage {
    embedded.localized(code: code, product: product, locale: locale, arguments: arguments)
  }

  /// Localizes a code with the embedded catalog for a Foundation `Locale`.
  public static func localized(
    code: String, product: String? = nil, locale: Locale, arguments: [String: MessageArgument] = [:]
  ) -> LocalizedMessage {
    embedded.localized(code: code, product: product, locale: locale, arguments: arguments)
  }

  // MARK: - Catalogs from files

  /// Loads a catalog from directories, for translators' previews and runtime overrides.
  ///
  /// - Parameters:
  ///   - localesDirectory: A Locales folder: `<locale>/<product>.json` files
  ///     (a whole-locale `<locale>.json` serves every product).
  ///   - catalogDirectory: A Catalog folder (`<product>.json` and `official/`);
  ///     nil uses the fallback's registry.
  ///   - fallback: A catalog whose texts are used where the directory's are
  ///     missing or broken (usually ``embedded``); nil for none.
  /// - Throws: ``CatalogLoadError`` when the catalog files cannot be used at all.
  ///   Problems in locale files never throw: those texts fall back, and
  ///   ``diagnostics`` lists the problems.
  public init(
    localesDirectory: String, catalogDirectory: String? = nil, fallback: MessageCatalog? = .embedded
  ) throws(CatalogLoadError) {
    var registry = fallback?.storage.registry
    var catalogDiagnostics = fallback?.storage.catalogDiagnostics ?? []
    if let catalogDirectory {
      (registry, catalogDiagnostics) = try Self.registry(inDirectory: catalogDirectory)
    }
    guard let registry else {
      throw CatalogLoadError(message: "no catalog: give a catalog directory or a fallback", diagnostics: [])
    }
    let top = LocaleLayer(name: localesDirectory, files: try FileRef.localeFiles(inDirectory: localesDirectory))
    self.storage = CatalogStorage(
      registry: registry, layers: [top] + (fallback?.storage.layers ?? []),
      catalogDiagnostics: catalogDiagnostics)
  }

  /// Reads every catalog file of a Catalog folder.
  private static func registry(inDirectory directory: String) throws(CatalogLoadError) -> (Registry, [Diagnostic]) {
    var documents: [CatalogDocument] = []
    var official: [OfficialCatalog] = []
    var diagnostics: [Diagnostic] = []
    let curated = try FileRef.catalogFiles(inDirectory: directory)
    guard !curated.isEmpty else {
      throw CatalogLoadError(message: "\(directory) has no <product>.json catalogs", diagnostics: [])
    }
    for (_, ref) in curated.sorted(by: { $0.key < $1.key }) {
      let (file, problem) = ref.load()
      guard let file else {
        throw CatalogLoadError(message: "cannot read \(ref.name)", diagnostics: problem.map { [$0] } ?? [])
      }
      let (document, found) = CatalogDocument.read(file)
      guard let document, !found.contains(where: { $0.severity == .error }) else {
        throw CatalogLoadError(message: "\(ref.name) has errors", diagnostics: found)
      }
      documents.append(document)
      diagnostics += found
    }
    for (_, ref) in FileRef.officialFiles(inDirectory: directory).sorted(by: { $0.key < $1.key }) {
      let (file, problem) = ref.load()
      guard let file else {
        throw CatalogLoadError(message: "cannot read \(ref.name)", diagnostics: problem.map { [$0] } ?? [])
      }
      switch OfficialCatalog.read(file) {
      case .success(let document): official.append(document)
      case .failure(let problem):
        throw CatalogLoadError(message: "\(ref.name) has errors", diagnostics: [problem.diagnostic])
      }
    }
    return (Registry(documents: documents, official: official), diagnostics)
  }

  // MARK: - Lookups

  /// Localizes a code.
  ///
  /// - Parameters:
  ///   - code: The code as the API sent it.
  ///   - product: The product whose API answered (`tke`), when known; nil looks in every product.
  ///   - locale: A BCP 47 tag, a POSIX locale or an Accept-Language list.
  ///   - arguments: Values for the code's named arguments.
  public func localized(
    code: String, product: String? = nil, locale: String, arguments: [String: MessageArgument] = [:]
  ) -> LocalizedMessage {
    storage.render(
      code: code, product: product, locale: locale, arguments: arguments, serverMessage: nil, requestId: nil)
  }

  /// Localizes a code for a Foundation `Locale`.
  public func localized(
    code: String, product: String? = nil, locale: Locale, arguments: [String: MessageArgument] = [:]
  ) -> LocalizedMessage {
    localized(code: code, product: product, locale: locale.identifier, arguments: arguments)
  }

  /// Localizes an error a server returned: arguments are taken from the
  /// server's message where the catalog has a rule for its shape, and the
  /// message is kept (credentials redacted) with the request ID.
  public func localized(
    _ error: TencentCloudError, locale: String, arguments: [String: MessageArgument] = [:]
  ) -> LocalizedMessage {
    storage.render(
      code: error.code.rawValue, product: error.product, locale: locale, arguments: arguments,
      serverMessage: error.serverMessage, requestId: error.requestId)
  }

  /// The locales this catalog has texts for (without negotiation or conversion).
  public var availableLocales: [String] { storage.negotiator.available }

  /// The locale translations start from, and the last fallback.
  public var sourceLocale: String { storage.registry.sourceLocale }

  /// The locale a request resolves to (`zh_TW.UTF-8` → `zh-TW`).
  public func resolvedLocale(for request: String) -> String {
    storage.resolve(request).reportedLocale
  }

  /// The products with curated entries (`common`, `tke`, …), sorted.
  public var curatedProducts: [String] { storage.registry.curatedProducts }

  /// Every curated code, product by product (`common` first), in catalog order;
  /// one product's when given.
  public func codes(product: String? = nil) -> [CodeInfo] {
    let products = product.map { [$0] } ?? (["common"] + curatedProducts.filter { $0 != "common" })
    return products.flatMap { storage.registry.product($0).all.map(\.info) }
  }

  /// Every curated code, product by product (`common` first), in catalog order.
  public var codes: [CodeInfo] { codes() }

  /// What the catalog knows about a code (no family fallback): the product's
  /// curated entry, else its official entry (with its family's metadata), else
  /// the common entry. Without a product: the entry a lookup would use.
  public func info(for code: ErrorCode, product: String? = nil) -> CodeInfo? {
    let match = storage.registry.resolve(code.rawValue, product: product)
    guard match.exact, match.product != nil else { return nil }
    if case .curated = match.texts { return match.entry?.info }
    guard case .official(let o) = match.texts else { return nil }
    return officialInfo(o, family: match.entry?.info)
  }

  private func officialInfo(_ o: OfficialEntry, family: CodeInfo?) -> CodeInfo {
    CodeInfo(
      code: ErrorCode(o.code), product: o.product, versions: o.versions, tier: .official,
      category: family?.category ?? .internal, retry: family?.retry ?? .unknown, actor: family?.actor ?? .support,
      arguments: [])
  }

  /// Every code of a product: its curated codes in catalog order, then the
  /// official codes without a curated entry, in code order.
  public func allCodes(product: String) -> [CodeInfo] {
    let curated = codes(product: product)
    let known = Set(curated.map(\.code.rawValue))
    let official = storage.registry.tables.official(product: product).filter { !known.contains($0.code) }.map {
      officialInfo($0, family: storage.registry.familyEntry($0.code, product: product)?.entry.info)
    }
    return curated + official
  }

  /// The products that declare a code, in any tier, sorted.
  public func products(declaring code: ErrorCode) -> [String] {
    storage.registry.tables.products(declaring: code.rawValue)?.products ?? []
  }

  /// A label for text output (`hint`, `code`, `requestId`, `noError`) in a locale.
  public func label(_ key: String, locale: String) -> String? {
    storage.label(key, locale: locale)
  }

  /// Problems found in the files read so far: a catalog folder's when the
  /// catalog was made, a locale folder's files as they are first used. (The
  /// embedded files were checked by the build, which refuses any problem in
  /// an entry, so the embedded catalog reports none.)
  public var diagnostics: [Diagnostic] { storage.diagnostics }

  /// Localizes a server error given as its parts (the worker's entry point).
  /// `keepsPlainResult: false` leaves the result out of the catalog's cache of
  /// argument-less lookups (the worker keeps its own templates).
  package func render(
    code: String, product: String? = nil, locale: String, arguments: [String: MessageArgument] = [:],
    serverMessage: String?, requestId: String?, keepsPlainResult: Bool = true
  ) -> LocalizedMessage {
    storage.render(
      code: code, product: product, locale: locale, arguments: arguments, serverMessage: serverMessage,
      requestId: requestId, keepsPlainResult: keepsPlainResult)
  }
}
