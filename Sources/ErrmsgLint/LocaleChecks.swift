import ErrmsgICU
import ErrmsgModel

/// The checks of one locale file against the catalog and the source locale.
struct LocaleChecks {
  /// The product's catalog (every product's codes for a whole-locale file).
  let catalog: CatalogDocument
  let sourceLocale: String
  let locale: String
  let file: SourceFile
  let document: LocaleDocument
  let source: (file: SourceFile, document: LocaleDocument)?
  /// Whether the file holds the locale's `ui` labels and `unknown` message (common.json).
  let holdsLabels: Bool
  let level: CatalogChecker.Level

  private var isSource: Bool { locale == sourceLocale }
  private var strict: Diagnostic.Severity { level == .lint ? .error : .warning }

  func run() -> [Diagnostic] {
    var out: [Diagnostic] = []
    let codes = Dictionary(catalog.codes.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    let entries = Dictionary(document.messages.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    let sourceEntries = source.map {
      Dictionary($0.document.messages.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    }

    // Every catalog code present. The finding is about the file (at its "locale"
    // line); the fix names the entry the new one belongs before, in catalog order.
    for (index, record) in catalog.codes.enumerated() where entries[record.code] == nil {
      let next = catalog.codes[(index + 1)...].lazy.compactMap { entries[$0.code] }.first
      let place =
        next.map { " before \"\($0.code)\"" }
        ?? (document.messages.last.map { " after \"\($0.code)\"" } ?? " under \"messages\"")
      out.append(
        file.diagnostic(
          isSource ? .error : strict, at: document.localeOffset, code: record.code, kind: "missing",
          "no entry for \(record.code)",
          fix: "add \"\(record.code)\": {\"message\": …, \"hint\": …, \"state\": \"new\"}\(place)"))
    }
    // No entry the catalog lacks.
    for entry in document.messages where codes[entry.code] == nil {
      out.append(
        file.diagnostic(
          strict, at: entry.offset, code: entry.code, kind: "stale",
          "\(entry.code) is not in the catalog; the entry is never used",
          fix: "remove it, or add the code to Catalog/\(catalog.product).json (check the spelling)"))
    }

    for entry in document.messages {
      let declared = (codes[entry.code]?.arguments ?? []) + CatalogDocument.builtInArguments
      out += checkEntry(entry, declared: declared, sourceEntry: sourceEntries?[entry.code], label: entry.code)
    }

    if level == .lint {
      out += StyleChecks(locale: locale, file: file, reportsGlossary: isSource && holdsLabels).run(document)
    }
    guard holdsLabels else {
      if document.unknown != nil || !document.ui.isEmpty {
        out.append(
          file.diagnostic(
            .warning, at: document.localeOffset, kind: "misplaced",
            "\"ui\" and \"unknown\" are read from common.json only; these are never used",
            fix: "move them to Locales/\(locale)/common.json"))
      }
      return out
    }
    if let unknown = document.unknown {
      out += checkEntry(
        unknown, declared: CatalogDocument.builtInArguments, sourceEntry: source?.document.unknown, label: nil)
    } else {
      out.append(
        file.diagnostic(
          isSource ? .error : strict, at: document.localeOffset, kind: "missing",
          "no \"unknown\" entry (the message for codes the catalog does not know)",
          fix: "add \"unknown\": {\"message\": …{code}…, \"hint\": …}"))
    }

    for key in LocaleDocument.uiKeys {
      guard let text = document.ui[key] else {
        out.append(
          file.diagnostic(
            .warning, at: document.localeOffset, kind: "missing", "no \"ui\" label \"\(key)\"",
            fix: "the \(sourceLocale) label is used until one is added"))
        continue
      }
      out += checkText(text, field: "ui.\(key)", code: nil, declared: [], allowArguments: false)
    }
    return out
  }

  private func checkEntry(
    _ entry: MessageRecord, declared: [ArgumentDeclaration], sourceEntry: MessageRecord?, label: String?
  ) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for field in ["message", "hint"] where (field == "message" ? entry.message : entry.hint) == nil {
      out.append(
        file.diagnostic(
          isSource || level == .lint ? .error : .warning, at: entry.offset, code: label, kind: "missing-field",
          "the entry has no \"\(field)\"", fix: "every entry needs a message and a hint"))
    }
    for (field, text) in entry.texts {
      let compiled = checkText(text, field: field, code: label, declared: declared, allowArguments: field == "detail")
      out += compiled
      guard level == .lint, !isSource, let sourceEntry, !compiled.contains(where: { $0.kind == "pattern" }) else {
        continue
      }
      let sourceText =
        field == "message" ? sourceEntry.message : field == "hint" ? sourceEntry.hint : sourceEntry.detail
      if let sourceText {
        out += LintRules.compareWithSource(text.pattern, sourceText.pattern, field: field, state: entry.state).map {
          file.diagnostic($0.severity, in: text, at: $0.offset, code: label, kind: $0.kind, $0.message, fix: $0.fix)
        }
      }
    }
    guard level == .lint else { return out }
    if entry.detail == nil, sourceEntry?.detail != nil, !isSource {
      out.append(
        file.diagnostic(
          .warning, at: entry.offset, code: label, kind: "missing-field",
          "the source locale has a \"detail\" for this entry but this locale does not",
          fix: "translate the detail so values from the server are shown"))
    }
    switch entry.state {
    case .needsReview:
      out.append(
        file.diagnostic(
          .warning, at: entry.stateOffset ?? entry.offset, code: label, kind: "needs-review",
          "the translation is marked needs-review",
          fix: "check it against the \(sourceLocale) text, then set \"state\": \"translated\""))
    case .new:
      out.append(
        file.diagnostic(
          .warning, at: entry.stateOffset ?? entry.offset, code: label, kind: "new",
          isSource ? "the text is a generic placeholder (state new)" : "the entry is not translated yet (state new)",
          fix: isSource
            ? "write the message and hint for this code, then set \"state\": \"translated\""
            : "translate it, then set \"state\": \"translated\""))
    case .translated:
      break
    }
    return out
  }

  /// Compiles one text and checks the arguments it uses.
  private func checkText(
    _ text: TextRecord, field: String, code: String?, declared: [ArgumentDeclaration], allowArguments: Bool
  ) -> [Diagnostic] {
    var out: [Diagnostic] = []
    let uses: [ICUArgumentUse]
    do {
      _ = try ICUMessageFormat(pattern: text.pattern, locale: locale)
      uses = try ICUPattern.arguments(in: text.pattern)
    } catch {
      // ICU puts a missing 'other' at the start of the pattern; point at the argument instead.
      if error.status == "U_DEFAULT_KEYWORD_MISSING",
        let argument = PatternScanner(text.pattern).complexArguments.first(where: {
          !$0.selectors.contains("other")
        })
      {
        out.append(
          file.diagnostic(
            .error, in: text, at: argument.offset, code: code, kind: "plural",
            "\(field): \(argument.type) {\(argument.name)} has no 'other' case, so ICU refuses the pattern",
            fix: "add other {…}"
              + (argument.type == "select"
                ? ""
                : "; \(locale) uses \(ICUPluralRules.categories(locale: locale, ordinal: argument.type == "selectordinal").joined(separator: ", "))")
          ))
        return out
      }
      out.append(
        file.diagnostic(
          .error, in: text, at: max(0, error.offset), code: code, kind: "pattern",
          "\(field) is not a valid ICU MessageFormat pattern: \(error.message)",
          fix: "check braces and quoting: '{' is literal text, '' is one apostrophe"))
      return out
    }
    for use in uses {
      guard let declaration = declared.first(where: { $0.name == use.name }) else {
        let known = declared.map { "{\($0.name)}" }.joined(separator: ", ")
        out.append(
          file.diagnostic(
            .error, in: text, at: use.offset, code: code, kind: "placeholder",
            "\(field) uses {\(use.name)}, which the catalog does not define for this code",
            fix: known.isEmpty ? "this text takes no arguments" : "arguments available here: \(known)"))
        continue
      }
      if !allowArguments && declaration.name != "code" {
        out.append(
          file.diagnostic(
            .error, in: text, at: use.offset, code: code, kind: "placeholder",
            "\(field) uses {\(use.name)}, but a \(field) must read well without arguments",
            fix: "move the sentence that needs {\(use.name)} into \"detail\""))
      }
      if let problem = LintRules.kindMismatch(use, declaration) {
        out.append(file.diagnostic(.error, in: text, at: use.offset, code: code, kind: "placeholder", problem))
      }
      if level == .lint {
        out += LintRules.pluralCoverage(use, locale: locale).map {
          file.diagnostic($0.severity, in: text, at: $0.offset, code: code, kind: $0.kind, $0.message, fix: $0.fix)
        }
      }
    }
    if level == .lint {
      let findings =
        LintRules.whitespace(text.pattern, field: field)
        + LintRules.punctuation(text.pattern, locale: locale, field: field)
      out += findings.map {
        file.diagnostic($0.severity, in: text, at: $0.offset, code: code, kind: $0.kind, $0.message, fix: $0.fix)
      }
    }
    return out
  }
}
