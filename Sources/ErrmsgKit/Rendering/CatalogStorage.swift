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
    let r = negotiator.resolve(request)
    resolutions.withLock { cache in
      if cache.count >= 1024 { cache.removeAll(keepingCapacity: true) }
      cache[request] = r
    }
    return r
  }

  /// Simplified → Traditional Chinese, made once.
  private func traditional(_ text: String) -> String? {
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

  // MARK: - Rendering

  /// A rendered text and where it came from.
  private struct Rendered {
    var text: String
    var fromRequestedLocale: Bool
  }

  private enum Field: String {
    case message, hint, detail
  }

  /// Localizes one code. Never fails: broken or missing texts fall back to the
  /// source locale, then to the generic message, and say so in `warnings`.
  func render(
    code: String, locale request: String, arguments given: [String: MessageArgument],
    serverMessage: String?, requestId: String?
  ) -> LocalizedMessage {
    let resolution = resolve(request)
    let match = registry.resolve(code)
    var warnings: [String] = []

    var arguments: [String: MessageArgument] = [:]
    if let match, let serverMessage, !match.entry.extractors.isEmpty {
      arguments = ArgumentExtractor.extract(
        from: serverMessage, using: match.entry.extractors, declarations: match.entry.declarations)
    }
    for (k, v) in given { arguments[k] = v }
    var icuArguments: [(name: String, value: ICUArgumentValue)] = arguments.map { ($0.key, $0.value.icuValue) }
    icuArguments.append(("code", .string(code)))

    var textLocales = [resolution.textLocale]
    if resolution.textLocale != registry.sourceLocale { textLocales.append(registry.sourceLocale) }

    func render(_ field: Field, ofCode entryCode: String?, quietWhenMissingArguments: Bool) -> Rendered? {
      for textLocale in textLocales {
        let primary = textLocale == resolution.textLocale
        for layer in layers {
          guard let bundle = layer.bundle(textLocale) else { continue }
          let record = entryCode.map { bundle.entries[$0] } ?? bundle.unknown
          guard let record, var text = Self.text(field, of: record) else { continue }
          if primary, let pseudo = resolution.pseudo { text = pseudo.apply(to: text) }
          let formattingLocale = primary ? resolution.formattingLocale : textLocale
          switch bundle.formatter(for: text, formattingLocale: formattingLocale) {
          case .failure(let error):
            let (line, column) = bundle.location(of: text, scalarOffset: error.offset)
            warnings.append(
              "\(bundle.file.name):\(line):\(column): \(field.rawValue) of \(entryCode ?? "unknown") does not compile (\(error.message)); fell back"
            )
          case .success(let formatter):
            do {
              let out = try formatter.format(icuArguments)
              return Rendered(text: out, fromRequestedLocale: primary)
            } catch {
              if quietWhenMissingArguments && error.status == "U_ARGUMENT_MISSING" { return nil }
              let (line, column) = bundle.location(of: text, scalarOffset: 0)
              warnings.append(
                "\(bundle.file.name):\(line):\(column): \(field.rawValue) of \(entryCode ?? "unknown") could not be formatted (\(error.message)); fell back"
              )
            }
          }
        }
      }
      return nil
    }

    let entryCode = match?.entry.info.code.rawValue
    var message = render(.message, ofCode: entryCode, quietWhenMissingArguments: false)
    var hint = render(.hint, ofCode: entryCode, quietWhenMissingArguments: false)
    if entryCode != nil {
      if message == nil {
        warnings.append("no usable message for \(entryCode!); used the generic message")
        message = render(.message, ofCode: nil, quietWhenMissingArguments: false)
      }
      if hint == nil { hint = render(.hint, ofCode: nil, quietWhenMissingArguments: false) }
    }
    let detail = entryCode == nil ? nil : render(.detail, ofCode: entryCode, quietWhenMissingArguments: true)

    func finish(_ r: Rendered?, last: String) -> String {
      guard let r else { return last }
      if resolution.convertsToTraditional, r.fromRequestedLocale, let converted = traditional(r.text) {
        return converted
      }
      return r.text
    }
    let info = match?.entry.info
    return LocalizedMessage(
      code: ErrorCode(code),
      matchedCode: info?.code,
      isExact: match?.exact ?? false,
      locale: resolution.reportedLocale,
      isMachineConverted: resolution.convertsToTraditional,
      message: finish(message, last: "Tencent Cloud returned the error \(code)."),
      hint: finish(hint, last: "Try again later. If the problem persists, contact support."),
      detail: detail.map { finish($0, last: "") },
      category: info?.category,
      retry: info?.retry ?? .unknown,
      actor: info?.actor,
      requestId: requestId,
      serverMessage: serverMessage.map(Redactor.redact),
      arguments: arguments,
      warnings: warnings)
  }

  private static func text(_ field: Field, of record: MessageRecord) -> TextRecord? {
    switch field {
    case .message: record.message
    case .hint: record.hint
    case .detail: record.detail
    }
  }

  /// A UI label in the resolved locale (falling back to the source locale).
  func label(_ key: String, locale request: String) -> String? {
    let resolution = resolve(request)
    for textLocale in [resolution.textLocale, registry.sourceLocale] {
      for layer in layers {
        guard let bundle = layer.bundle(textLocale), var text = bundle.ui[key] else { continue }
        if textLocale == resolution.textLocale, let pseudo = resolution.pseudo { text = pseudo.apply(to: text) }
        guard case .success(let f) = bundle.formatter(for: text, formattingLocale: textLocale),
          let out = try? f.format([(name: String, value: ICUArgumentValue)]())
        else { continue }
        if resolution.convertsToTraditional, textLocale == resolution.textLocale {
          return traditional(out) ?? out
        }
        return out
      }
    }
    return nil
  }

  /// Every diagnostic found so far: the catalog's and those of the locale files loaded.
  var diagnostics: [Diagnostic] {
    catalogDiagnostics + layers.flatMap(\.diagnostics)
  }
}
