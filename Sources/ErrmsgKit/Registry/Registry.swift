import ErrmsgModel
import Synchronization

/// Every code the catalog knows, by product, with the lookup rules.
///
/// Three sources: the curated catalogs (`Catalog/<product>.json`,
/// ``CuratedEntries``: an embedded entry is read when a lookup first reaches
/// it), the official tier and the code index (``CatalogTables``, searched in
/// place). Nothing is decoded up front.
final class Registry: Sendable {
  /// One curated code with its compiled extraction rules.
  struct Entry: Sendable {
    var info: CodeInfo
    var declarations: [ArgumentDeclaration]
    var extractors: [ExtractionTemplate]
    /// Argument values for previews (`show`), as written in the catalog.
    var samples: [(name: String, text: String)] = []
  }

  let sourceLocale: String
  let tables: CatalogTables
  /// Whether the official tier holds codes of the `sdk` product (the SDKs'
  /// client-side codes are curated only; a catalog folder could hold more).
  private let hasOfficialSDKCodes: Bool
  /// The curated products, sorted.
  let curatedProducts: [String]
  private let files: [String: IndexedFile]
  private let loaded = Mutex<[String: CuratedEntries]>([:])
  /// Resolutions by (code, product): a lookup repeats them for the message, the
  /// rules, the detail (bounded; starts over when full).
  private let resolved = Mutex<[LookupKey: Resolution]>([:])

  /// The embedded registry: curated catalogs read an entry at a time.
  init(sourceLocale: String, curated files: [String: IndexedFile], tables: CatalogTables) {
    self.sourceLocale = sourceLocale
    self.files = files
    self.tables = tables
    self.curatedProducts = files.keys.sorted()
    self.hasOfficialSDKCodes = !tables.official(product: "sdk").isEmpty
  }

  private init(sourceLocale: String, products: [String: CuratedEntries], tables: CatalogTables) {
    self.sourceLocale = sourceLocale
    self.files = [:]
    self.tables = tables
    self.curatedProducts = products.keys.sorted()
    self.hasOfficialSDKCodes = !tables.official(product: "sdk").isEmpty
    self.loaded.withLock { $0 = products }
  }

  /// Builds a registry from parsed documents (catalog folders read at run time).
  convenience init(documents: [CatalogDocument], official: [OfficialCatalog]) {
    let source = documents.compactMap(\.sourceLocale).first ?? CatalogDocument.defaultSourceLocale
    self.init(
      sourceLocale: source,
      products: Dictionary(grouping: documents, by: \.product).mapValues {
        CuratedEntries(documents: $0)
      },
      tables: CatalogTables(curated: documents, official: official))
  }

  /// A product's curated entries (a catalog folder's were read when the
  /// registry was made; an embedded file is read entry by entry).
  func product(_ name: String) -> CuratedEntries {
    if let hit = loaded.withLock({ $0[name] }) { return hit }
    let made =
      files[name].map { CuratedEntries(file: $0, product: name) } ?? CuratedEntries(documents: [])
    return loaded.withLock { cache in
      if let hit = cache[name] { return hit }
      cache[name] = made
      return made
    }
  }

  /// A product's curated entry for a code.
  func entry(_ product: String, _ code: String) -> Entry? {
    self.product(product).entry(code)
  }

  /// Every curated product's diagnostics read so far.
  var diagnostics: [Diagnostic] {
    loaded.withLock { cache in cache.keys.sorted().flatMap { cache[$0]?.diagnostics ?? [] } }
  }

  // MARK: - Resolution

  /// How a code resolves: whose texts, whose metadata, and what to report.
  struct Resolution: Sendable {
    enum Texts: Sendable {
      /// A curated entry's texts (the code's own, or a family's).
      case curated(product: String, code: String)
      /// The official description (or the family's text where it is not fit to show).
      case official(OfficialEntry)
      /// The generic message.
      case generic
    }
    var texts: Texts
    /// The curated entry whose metadata, extraction rules and (for the official tier) hint apply.
    var entry: Entry?
    /// Where ``entry`` lives.
    var entryProduct: String?
    /// The catalog entry the match is for: the code itself, a family, or nil.
    var matchedCode: String?
    var exact: Bool
    /// The product of the entry used; nil when none (or several candidates).
    var product: String?
    /// The products that declare the code, when no product was given and several do.
    var candidates: [String] = []
    /// Set when several products declare the code with different meanings: the family's text is shown.
    var ambiguous = false
  }

  /// Resolves a code for a product (nil: any product).
  ///
  /// The SDKs' client-side codes (``isClientSideCode(_:)``) resolve in the `sdk`
  /// product, with or without a product.
  /// With a product: its curated entry → the common entry → its official
  /// entry → its family (A.B.C → A.B → A) → the common family → generic. (A
  /// platform code such as `RequestLimitExceeded` keeps its curated common text
  /// and metadata even where a product's SDK describes it too.)
  /// Without: the common entry; else the one product that declares the code;
  /// else, when several do, their official text if they agree and the family
  /// text if not (listing the candidates).
  func resolve(_ code: String, product: String?) -> Resolution {
    let key = LookupKey(code: code, product: product)
    if let hit = resolved.withLock({ $0[key] }) { return hit }
    let made = resolveUncached(code, product: product)
    resolved.withLock { cache in
      // Bounded (a stream over the whole catalog meets thousands of codes); an app's few codes stay.
      if cache.count >= 512 { cache.removeAll(keepingCapacity: true) }
      cache[key] = made
    }
    return made
  }

  /// Whether a code is one of the SDKs' own client-side codes (the request got
  /// no answer, so no product's API sent it): the nearest code of its chain
  /// (the code, then its families) that any product declares is the `sdk`
  /// product's. Asks the sdk catalog's small index first, so most codes cost
  /// a few comparisons.
  func isClientSideCode(_ code: String) -> Bool {
    let chain = ErrorCode(code).lookupChain
    if hasOfficialSDKCodes {
      // A catalog folder with an official sdk file: the code index alone decides.
      for c in chain {
        if let declared = tables.products(declaring: c.rawValue) { return declared.products.contains("sdk") }
      }
      return false
    }
    let sdk = product("sdk")
    guard let nearest = chain.firstIndex(where: { sdk.contains($0.rawValue) }) else { return false }
    return !chain[..<nearest].contains { tables.products(declaring: $0.rawValue) != nil }
  }

  private func resolveUncached(_ code: String, product: String?) -> Resolution {
    // The SDKs' client-side codes are the `sdk` product's whatever product the request was for.
    if product != "sdk", isClientSideCode(code) { return resolveUncached(code, product: "sdk") }
    if let p = product, !p.isEmpty, p != "common" {
      if let e = entry(p, code) {
        return Resolution(
          texts: .curated(product: p, code: code), entry: e, entryProduct: p, matchedCode: code, exact: true, product: p
        )
      }
      // A platform code's curated text wins over a product's official description of it.
      if let r = common(code) { return r }
      if let o = tables.official(product: p, code: code) {
        let family = familyEntry(code, product: p)
        return Resolution(
          texts: .official(o), entry: family?.entry, entryProduct: family?.product, matchedCode: code, exact: true,
          product: p)
      }
      return family(code, product: p)
    }
    if let r = common(code) { return r }
    if let declared = tables.products(declaring: code) {
      let candidates = declared.products.filter { $0 != "common" }
      if candidates.count == 1 { return resolveUncached(code, product: candidates[0]) }
      if candidates.count > 1 {
        let family = familyEntry(code, product: nil)
        if declared.agree, let o = candidates.lazy.compactMap({ self.tables.official(product: $0, code: code) }).first {
          return Resolution(
            texts: .official(o), entry: family?.entry, entryProduct: family?.product, matchedCode: code,
            exact: true, product: nil, candidates: candidates)
        }
        var r = Resolution(
          texts: family.map { .curated(product: $0.product, code: $0.entry.info.code.rawValue) } ?? .generic,
          entry: family?.entry, entryProduct: family?.product, matchedCode: code, exact: true, product: nil,
          candidates: candidates)
        r.ambiguous = true
        return r
      }
    }
    return family(code, product: nil)
  }

  private func common(_ code: String) -> Resolution? {
    guard let e = entry("common", code) else { return nil }
    return Resolution(
      texts: .curated(product: "common", code: code), entry: e, entryProduct: "common", matchedCode: code,
      exact: true, product: "common")
  }

  private func family(_ code: String, product: String?) -> Resolution {
    guard let f = familyEntry(code, product: product) else {
      return Resolution(texts: .generic, entry: nil, entryProduct: nil, matchedCode: nil, exact: false, product: nil)
    }
    return Resolution(
      texts: .curated(product: f.product, code: f.entry.info.code.rawValue), entry: f.entry,
      entryProduct: f.product, matchedCode: f.entry.info.code.rawValue, exact: false, product: f.product)
  }

  /// The nearest curated family entry: the product's (A.B, then A), then common's.
  func familyEntry(_ code: String, product: String?) -> (entry: Entry, product: String)? {
    var searched: [String] = []
    if let product, !product.isEmpty, product != "common" { searched.append(product) }
    searched.append("common")
    for p in searched {
      var current = ErrorCode(code).parent
      while let c = current {
        if let e = entry(p, c.rawValue) { return (e, p) }
        current = c.parent
      }
    }
    return nil
  }
}
