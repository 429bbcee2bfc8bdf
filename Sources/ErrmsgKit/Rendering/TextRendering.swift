import ErrmsgICU
import ErrmsgModel

/// One lookup being rendered: which entry's texts, in which locale, with
/// which fallbacks, and the result with its `product` and `tier`.
struct TextRendering {
  let storage: CatalogStorage
  let code: String
  let product: String?
  let resolution: LocaleResolution
  let given: [String: MessageArgument]
  let serverMessage: String?
  let requestId: String?
  /// Where texts are looked for, worked out once for the message, the hint and the detail.
  private let steps: [CatalogStorage.TextStep]

  private var warnings: [String] = []
  /// The files of a product in a step, worked out when first needed (a later
  /// step's files are not even read when an earlier step has the text).
  private var filesByStep: [(product: String, step: Int, files: [LocaleBundle])] = []
  private var converted = false

  init(
    storage: CatalogStorage, code: String, product: String?, resolution: LocaleResolution,
    given: [String: MessageArgument], serverMessage: String?, requestId: String?
  ) {
    self.storage = storage
    self.code = code
    self.product = product
    self.resolution = resolution
    self.given = given
    self.serverMessage = serverMessage
    self.requestId = requestId
    self.steps = storage.textSteps(resolution)
  }

  private enum Field: String {
    case message, hint, detail
  }

  /// Where a text of a curated entry is: the product whose files hold it and the code (nil: the generic message).
  private struct Source {
    var product: String
    var code: String?
  }

  mutating func run() -> LocalizedMessage {
    let match = storage.registry.resolve(code, product: product)
    let entry = match.entry

    var arguments: [String: MessageArgument] = [:]
    if let entry, let serverMessage, !entry.extractors.isEmpty {
      arguments = ArgumentExtractor.extract(
        from: serverMessage, using: entry.extractors, declarations: entry.declarations)
    }
    for (k, v) in given { arguments[k] = v }
    var icuArguments: [(name: String, value: ICUArgumentValue)] = arguments.map { ($0.key, $0.value.icuValue) }
    icuArguments.append(("code", .string(code)))

    let generic = Source(product: "common", code: nil)
    let familySource = entry.map { e in Source(product: match.entryProduct ?? "common", code: e.info.code.rawValue) }
    var tier: MessageTier
    var message: String?
    var hint: String?
    var detail: String?

    switch match.texts {
    case .curated(let p, let c):
      let source = Source(product: p, code: c)
      tier = match.ambiguous ? .family : (match.exact ? .curated : .family)
      message = render(.message, source, icuArguments, quiet: false)
      hint = render(.hint, source, icuArguments, quiet: false)
      if message == nil {
        warnings.append("no usable message for \(c); used the generic message")
        message = render(.message, generic, icuArguments, quiet: false)
        tier = .generic
      }
      if hint == nil { hint = render(.hint, generic, icuArguments, quiet: false) }
      detail = render(.detail, source, icuArguments, quiet: true)
    case .official(let official):
      if let text = officialText(official) {
        tier = .official
        message = text
      } else if let familySource, let m = render(.message, familySource, icuArguments, quiet: false) {
        tier = .family
        message = m
      } else {
        tier = .generic
        message = render(.message, generic, icuArguments, quiet: false)
      }
      hint =
        familySource.flatMap { render(.hint, $0, icuArguments, quiet: false) }
        ?? render(.hint, generic, icuArguments, quiet: false)
      detail = familySource.flatMap { render(.detail, $0, icuArguments, quiet: true) }
    case .generic:
      tier = .generic
      message = render(.message, generic, icuArguments, quiet: false)
      hint = render(.hint, generic, icuArguments, quiet: false)
    }

    let info = entry?.info
    return LocalizedMessage(
      code: ErrorCode(code),
      matchedCode: match.matchedCode.map { ErrorCode($0) },
      isExact: match.exact,
      product: match.product,
      tier: tier,
      candidateProducts: match.candidates,
      locale: resolution.reportedLocale,
      isMachineConverted: converted,
      message: message ?? "Tencent Cloud returned the error \(code).",
      hint: hint ?? "Try again later. If the problem persists, contact support.",
      detail: detail,
      category: info?.category,
      retry: info?.retry ?? .unknown,
      actor: info?.actor,
      requestId: requestId,
      serverMessage: serverMessage.map(Redactor.redact),
      arguments: arguments,
      warnings: warnings)
  }

  /// The official description in the reader's language, nil when there is none fit to show.
  private mutating func officialText(_ o: OfficialEntry) -> String? {
    switch resolution.officialColumn {
    case .english: return o.en
    case .simplified: return o.zh
    case .taiwan, .hongKong:
      let written = resolution.officialColumn == .taiwan ? (o.zhTW ?? o.zhHK) : (o.zhHK ?? o.zhTW)
      if let written {
        converted = true
        return written
      }
      guard let zh = o.zh, let t = storage.traditional(zh) else { return nil }
      converted = true
      return t
    }
  }

  /// A field of a curated entry (or of the generic message), formatted, with fallbacks.
  private mutating func render(
    _ field: Field, _ source: Source, _ arguments: [(name: String, value: ICUArgumentValue)], quiet: Bool
  ) -> String? {
    let label = source.code ?? "unknown"
    for k in steps.indices {
      let step = steps[k]
      for bundle in files(of: source.product, step: k) {
        let record = source.code.map { bundle.entry($0) } ?? bundle.unknown
        guard let record, var text = Self.text(field, of: record) else { continue }
        if step.primary, let pseudo = resolution.pseudo { text = pseudo.apply(to: text) }
        // A detail with no values to fill it stays out, without building its formatters
        // (date formats cost a millisecond on a first lookup).
        if quiet, arguments.count == 1, bundle.takesValuesBesidesCode(text) { return nil }
        // No arguments, no quoting: ICU would give the text back as it is.
        if PlainText.isPlain(text.pattern) { return finish(text.pattern, from: bundle, step) }
        switch bundle.formatter(for: text, formattingLocale: step.formattingLocale) {
        case .failure(let error):
          let (line, column) = bundle.location(of: text, scalarOffset: error.offset)
          warnings.append(
            "\(bundle.fileName):\(line):\(column): \(field.rawValue) of \(label) does not compile (\(error.message)); fell back"
          )
        case .success(let formatter):
          do {
            return finish(try formatter.format(arguments), from: bundle, step)
          } catch {
            if quiet && error.status == "U_ARGUMENT_MISSING" { return nil }
            let (line, column) = bundle.location(of: text, scalarOffset: 0)
            warnings.append(
              "\(bundle.fileName):\(line):\(column): \(field.rawValue) of \(label) could not be formatted (\(error.message)); fell back"
            )
          }
        }
      }
    }
    return nil
  }

  /// The files a product's texts are looked for in at step `k`, layer by
  /// layer, worked out once for the message, the hint and the detail.
  private mutating func files(of product: String, step k: Int) -> [LocaleBundle] {
    if let known = filesByStep.first(where: { $0.step == k && $0.product == product }) { return known.files }
    var found: [LocaleBundle] = []
    for layer in storage.layers { found += layer.bundles(steps[k].locale, product: product) }
    filesByStep.append((product, k, found))
    return found
  }

  /// A text as shown: converted to Traditional Chinese when the step asks for it; either
  /// conversion (OpenCC in the file, ICU here) marks the result machine-converted.
  private mutating func finish(_ out: String, from bundle: LocaleBundle, _ step: CatalogStorage.TextStep) -> String {
    if bundle.machineConverted != nil { converted = true }
    guard step.convertsToTraditional else { return out }
    converted = true
    return storage.traditional(out) ?? out
  }

  private static func text(_ field: Field, of record: MessageRecord) -> TextRecord? {
    switch field {
    case .message: record.message
    case .hint: record.hint
    case .detail: record.detail
    }
  }
}
