import ErrmsgICU
package import ErrmsgModel

/// Hooks for the JSON-lines worker (`ErrmsgWorker`), which caches the parts of
/// a result that depend only on the code and the locale, and renders only the
/// parts that vary from line to line. Each hook gives exactly what
/// ``MessageCatalog/localized(_:locale:arguments:)`` would use.
extension MessageCatalog {
  /// The rules that read argument values from server messages for a code (its
  /// own or its family's, as rendering uses them); nil when there are none.
  package func extractionRules(code: String, product: String? = nil) -> ExtractionRules? {
    guard let entry = storage.registry.resolve(code, product: product).entry, !entry.extractors.isEmpty else {
      return nil
    }
    return ExtractionRules(templates: entry.extractors, declarations: entry.declarations)
  }

  /// Which curated entry a lookup of the code uses for its metadata, rules and
  /// detail (`product<TAB>code`); lookups that give the same identity read the
  /// same arguments and format the same detail (but for the value of `{code}`),
  /// whatever message they show.
  package func entryIdentity(code: String, product: String?) -> String? {
    let match = storage.registry.resolve(code, product: product)
    guard let entry = match.entry else { return nil }
    return (match.entryProduct ?? "") + "\t" + entry.info.code.rawValue
  }

  /// The sample argument values the catalog gives for the entry a lookup of
  /// the code would use (for previews), as written.
  package func sampleArguments(code: String, product: String?) -> [String: String] {
    let samples = storage.registry.resolve(code, product: product).entry?.samples ?? []
    return Dictionary(samples.map { ($0.name, $0.text) }, uniquingKeysWith: { a, _ in a })
  }

  /// The argument declarations of the entry a lookup of the code would use.
  package func declaredArguments(code: String, product: String?) -> [CodeInfo.Argument] {
    storage.registry.resolve(code, product: product).entry?.info.arguments ?? []
  }

  /// The detail sentence of a code in a locale, prepared to be formatted with
  /// many argument sets, with formatters of its own (so threads with their own
  /// do not wait for each other); nil when the worker must render in full instead: the
  /// texts are converted to Traditional Chinese, or a message or hint that
  /// rendering may use takes arguments (so it would vary too).
  package func detailFormatter(code: String, product: String? = nil, locale: String) -> DetailFormatter? {
    storage.detailFormatter(code: code, product: product, locale: locale)
  }
}

/// A code's extraction rules with its argument declarations.
package struct ExtractionRules: Sendable {
  /// The templates, in the order they are tried.
  package let templates: [ExtractionTemplate]
  let declarations: [ArgumentDeclaration]

  /// The values the templates find (the first template to capture a name
  /// wins). `only` keeps a subset of the templates, in order: the caller knows
  /// the others cannot match, so the result is the same as with all of them.
  package func extract(from message: String, only: [Int]? = nil) -> [String: MessageArgument] {
    let used = only.map { $0.map { templates[$0] } } ?? templates
    return ArgumentExtractor.extract(from: message, using: used, declarations: declarations)
  }

  /// The values found in a message's UTF-8 bytes with the templates at `only`
  /// (in order), as a list of distinct names: what ``extract(from:only:)``
  /// finds, without building strings but the values'.
  package func extract(_ message: Span<UInt8>, only: [Int]) -> [(
    name: String, value: MessageArgument
  )] {
    ArgumentExtractor.extract(from: message, using: only.lazy.map { templates[$0] })
  }

  /// The same with every template, into `scratch.found`, reusing the scratch
  /// storage (no allocation once warm, but string values').
  package func extract(_ message: Span<UInt8>, into scratch: inout ExtractionScratch) {
    ArgumentExtractor.extract(from: message, using: templates, into: &scratch)
  }
}

/// The detail text of one code in one locale: the formatters rendering would
/// try, in order, compiled once.
package struct DetailFormatter: Sendable {
  fileprivate struct Candidate: Sendable {
    var formatter: ICUMessageFormat
    /// Where the text is, for the warning when formatting fails (its line
    /// and column are worked out then: that reads the file again).
    var bundle: LocaleBundle
    var text: TextRecord
    var entryCode: String

    var label: String {
      let (line, column) = bundle.location(of: text, scalarOffset: 0)
      return "\(bundle.fileName):\(line):\(column): detail of \(entryCode)"
    }
  }

  let code: String
  fileprivate let candidates: [Candidate]

  /// The formatter rendering tries first.
  var firstFormatter: ICUMessageFormat? { candidates.first?.formatter }

  /// The same texts for another code that resolves to the same entry (only
  /// the value of `{code}` differs; the compiled formatters are shared).
  package func forCode(_ other: String) -> DetailFormatter {
    DetailFormatter(code: other, candidates: candidates)
  }

  /// The detail for these arguments (nil when the text needs arguments that
  /// are missing, or there is no detail text), and the fallbacks taken.
  package func format(_ arguments: [String: MessageArgument]) -> (
    detail: String?, warnings: [String]
  ) {
    format(arguments.map { (name: $0.key, value: $0.value) })
  }

  /// The same, with the arguments as a list of distinct names.
  package func format(_ arguments: [(name: String, value: MessageArgument)]) -> (
    detail: String?, warnings: [String]
  ) {
    var icuArguments: [(name: String, value: ICUArgumentValue)] = []
    icuArguments.reserveCapacity(arguments.count + 1)
    for a in arguments { icuArguments.append((a.name, a.value.icuValue)) }
    icuArguments.append(("code", .string(code)))
    var warnings: [String] = []
    for candidate in candidates {
      do {
        return (try candidate.formatter.format(icuArguments), warnings)
      } catch {
        if error.status == "U_ARGUMENT_MISSING" { return (nil, warnings) }
        warnings.append("\(candidate.label) could not be formatted (\(error.message)); fell back")
      }
    }
    return (nil, warnings)
  }
}

extension CatalogStorage {
  /// See ``MessageCatalog/detailFormatter(code:locale:)``. Follows `render`'s
  /// choice of texts: the requested locale then the source locale, each layer
  /// top first; a text that does not compile is skipped (render warns about it).
  fileprivate func detailFormatter(code: String, product: String?, locale request: String) -> DetailFormatter? {
    let resolution = resolve(request)
    let match = registry.resolve(code, product: product)
    guard let entry = match.entry else {
      return DetailFormatter(code: code, candidates: [])
    }
    let entryCode = entry.info.code.rawValue
    let product = match.entryProduct ?? "common"
    var candidates: [DetailFormatter.Candidate] = []
    for step in textSteps(resolution) {
      // Converted texts vary by conversion, not by piece: render them in full.
      if step.convertsToTraditional { return nil }
      for layer in layers {
        for bundle in layer.bundles(step.locale, product: product) {
          if bundle.machineConverted != nil { return nil }
          // Messages and hints (the entry's and the generic ones) must not take arguments.
          let record = bundle.entry(entryCode)
          for text in [record?.message, record?.hint, bundle.unknown?.message, bundle.unknown?.hint] {
            guard let text else { continue }
            guard let uses = try? ICUPattern.arguments(in: text.pattern),
              uses.allSatisfy({ $0.name == "code" })
            else { return nil }
          }
          guard var text = record?.detail else { continue }
          if step.primary, let pseudo = resolution.pseudo { text = pseudo.apply(to: text) }  // as render does
          // A formatter of its own (not the bundle's shared one): ICU formatting holds a lock
          // per formatter, and each worker thread has its own DetailFormatter.
          guard case .success = bundle.formatter(for: text, formattingLocale: step.formattingLocale),
            let formatter = try? ICUMessageFormat(pattern: text.pattern, locale: step.formattingLocale)
          else { continue }
          candidates.append(.init(formatter: formatter, bundle: bundle, text: text, entryCode: entryCode))
        }
      }
    }
    return DetailFormatter(code: code, candidates: candidates)
  }
}
