import ErrmsgICU
import ErrmsgModel
import Synchronization

/// Everything a ``MessageCatalog`` holds: the registry, the locale layers
/// (top first: a translator's directory, then the embedded texts) and the
/// caches. Immutable apart from the caches, which sit behind locks.
package final class CatalogStorage: Sendable {
  let registry: Registry
  let layers: [LocaleLayer]
  let negotiator: LocaleNegotiator
  let catalogDiagnostics: [Diagnostic]

  private let resolutions = Mutex<[String: LocaleResolution]>([:])
  private let hansToHant = Mutex<Result<ICUTransliterator, ICUFormatError>?>(nil)
  let plainResults = ResultCache()
  private let descriptions = Mutex<DescriptionIndex?>(nil)

  /// The official descriptions by normalised text (built on first use).
  var descriptionIndex: DescriptionIndex {
    if let made = descriptions.withLock({ $0 }) { return made }
    let made = DescriptionIndex(registry.tables)
    descriptions.withLock { $0 = made }
    return made
  }

  init(registry: Registry, layers: [LocaleLayer], catalogDiagnostics: [Diagnostic]) {
    self.registry = registry
    self.layers = layers
    self.catalogDiagnostics = catalogDiagnostics
    var seen: Set<String> = []
    let available = layers.flatMap(\.locales).filter { seen.insert($0).inserted }.sorted()
    self.negotiator = LocaleNegotiator(available: available, sourceLocale: registry.sourceLocale)
  }

  /// Negotiates a requested locale (cached; the cache is bounded).
  func resolve(_ request: String) -> LocaleResolution {
    if let hit = resolutions.withLock({ $0[request] }) { return hit }
    let r = negotiator.resolve(request).withOfficialColumn()
    resolutions.withLock { cache in
      if cache.count >= 1024 { cache.removeAll(keepingCapacity: true) }
      cache[request] = r
    }
    return r
  }

  /// Simplified → Traditional Chinese by ICU, made once: the last resort for
  /// Traditional Chinese readers when no written or converted text exists.
  func traditional(_ text: String) -> String? {
    let t = hansToHant.withLock { slot -> Result<ICUTransliterator, ICUFormatError> in
      if let slot { return slot }
      let made: Result<ICUTransliterator, ICUFormatError>
      do throws(ICUFormatError) {
        made = .success(try ICUTransliterator(id: "Hans-Hant"))
      } catch {
        made = .failure(error)
      }
      slot = made
      return made
    }
    guard case .success(let transliterator) = t else { return nil }
    return transliterator.transliterate(text)
  }

  // MARK: - Where texts are looked for

  /// One locale whose texts may be used, in order of preference.
  struct TextStep: Sendable {
    /// The locale of the files.
    var locale: String
    /// The locale ICU formats for.
    var formattingLocale: String
    /// Whether the texts are converted to Traditional Chinese by ICU after formatting.
    var convertsToTraditional: Bool
    /// Whether this is the locale asked for (pseudo-locales apply to it).
    var primary: Bool
  }

  /// The requested locale, then (for Traditional Chinese) Simplified Chinese
  /// converted by ICU, then the source locale.
  func textSteps(_ resolution: LocaleResolution) -> [TextStep] {
    var steps = [
      TextStep(
        locale: resolution.textLocale, formattingLocale: resolution.formattingLocale,
        convertsToTraditional: resolution.convertsToTraditional, primary: true)
    ]
    if resolution.isTraditionalChinese, !resolution.convertsToTraditional,
      let simplified = resolve("zh-CN").textLocale as String?, simplified != registry.sourceLocale,
      negotiator.available.contains(simplified)
    {
      steps.append(
        TextStep(
          locale: simplified, formattingLocale: resolution.formattingLocale, convertsToTraditional: true,
          primary: false))
    }
    if resolution.textLocale != registry.sourceLocale {
      steps.append(
        TextStep(
          locale: registry.sourceLocale, formattingLocale: registry.sourceLocale, convertsToTraditional: false,
          primary: false))
    }
    return steps
  }

  // MARK: - Rendering

  /// Localizes one code. Never fails: broken or missing texts fall back to the
  /// source locale, then to the generic message, and say so in `warnings`.
  func render(
    code: String, product: String?, locale request: String, arguments given: [String: MessageArgument],
    serverMessage: String?, requestId: String?, keepsPlainResult: Bool = true
  ) -> LocalizedMessage {
    let plain = keepsPlainResult && given.isEmpty && serverMessage == nil && requestId == nil
    if plain, let hit = plainResults.find(code: code, product: product, locale: request) { return hit }
    var rendering = TextRendering(
      storage: self, code: code, product: product, resolution: resolve(request), given: given,
      serverMessage: serverMessage, requestId: requestId)
    let made = rendering.run()
    if plain { plainResults.store(made, code: code, product: product, locale: request) }
    return made
  }

  /// A UI label in the resolved locale (falling back to the source locale).
  func label(_ key: String, locale request: String) -> String? {
    let resolution = resolve(request)
    for step in textSteps(resolution) {
      for layer in layers {
        guard let bundle = layer.bundles(step.locale, product: "common").first(where: { $0.ui[key] != nil }),
          var text = bundle.ui[key]
        else { continue }
        if step.primary, let pseudo = resolution.pseudo { text = pseudo.apply(to: text) }
        guard case .success(let f) = bundle.formatter(for: text, formattingLocale: step.locale),
          let out = try? f.format([(name: String, value: ICUArgumentValue)]())
        else { continue }
        return step.convertsToTraditional ? traditional(out) ?? out : out
      }
    }
    return nil
  }

  /// Every diagnostic found so far: the catalog's and those of the locale files loaded.
  var diagnostics: [Diagnostic] {
    catalogDiagnostics + registry.diagnostics + layers.flatMap(\.diagnostics)
  }
}
