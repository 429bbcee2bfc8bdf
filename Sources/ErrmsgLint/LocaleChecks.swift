import ErrmsgICU
import ErrmsgModel

/// The checks of one locale file against the catalog and the source locale.
struct LocaleChecks {
  let catalog: CatalogDocument
  let locale: String
  let file: SourceFile
  let document: LocaleDocument
  let source: (file: SourceFile, document: LocaleDocument)?
  let level: CatalogChecker.Level

  private var isSource: Bool { locale == catalog.sourceLocale }
  private var strict: Diagnostic.Severity { level == .lint ? .error : .warning }

  func run() -> [Diagnostic] {
    var out: [Diagnostic] = []
    let codes = Dictionary(catalog.codes.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    let entries = Dictionary(document.messages.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    let sourceEntries = source.map {
      Dictionary($0.document.messages.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    }

    // Every catalog code present.
    for record in catalog.codes where entries[record.code] == nil {
      out.append(
        file.diagnostic(
          isSource ? .error : strict, at: document.localeOffset, code: record.code, kind: "missing",
          "no entry for \(record.code)",
          fix: "add \"\(record.code)\": {\"message\": …, \"hint\": …} under \"messages\""))
    }
    // No entry the catalog lacks.
    for entry in document.messages where codes[entry.code] == nil {
      out.append(
        file.diagnostic(
          strict, at: entry.offset, code: entry.code, kind: "stale",
          "\(entry.code) is not in the catalog; the entry is never used",
          fix: "remove it, or add the code to Catalog/codes.json (check the spelling)"))
    }

    for entry in document.messages {
      let record = codes[entry.code]
      let declared = (record?.arguments ?? []) + CatalogDocument.builtInArguments
      out += checkEntry(
        entry, declared: declared, sourceEntry: sourceEntries?[entry.code], label: entry.code)
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
            fix: "the \(catalog.sourceLocale) label is used until one is added"))
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
      out += checkText(
        text, field: field, code: label, declared: declared, allowArguments: field == "detail")
      if level == .lint, !isSource, let sourceEntry {
        let sourceText = field == "message" ? sourceEntry.message : field == "hint" ? sourceEntry.hint : sourceEntry.detail
        out += LintRules.compareWithSource(
          text, sourceText, field: field, code: label, file: file, state: entry.state)
      }
    }
    if level == .lint {
      if entry.detail == nil, let s = sourceEntry?.detail, !isSource {
        _ = s
        out.append(
          file.diagnostic(
            .warning, at: entry.offset, code: label, kind: "missing-field",
            "the source locale has a \"detail\" for this code but this locale does not",
            fix: "translate the detail so values from the server are shown"))
      }
      if entry.state == .needsReview {
        out.append(
          file.diagnostic(
            .warning, at: entry.stateOffset ?? entry.offset, code: label, kind: "needs-review",
            "the translation is marked needs-review"))
      }
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
      out.append(
        textDiagnostic(
          .error, text, scalarOffset: error.offset, code: code, kind: "pattern",
          "\(field) is not a valid ICU MessageFormat pattern: \(error.message)",
          fix: "check braces and quoting: '{' is literal text, '' is one apostrophe"))
      return out
    }
    for use in uses {
      guard let declaration = declared.first(where: { $0.name == use.name }) else {
        let known = declared.map { "{\($0.name)}" }.joined(separator: ", ")
        out.append(
          textDiagnostic(
            .error, text, scalarOffset: use.offset, code: code, kind: "placeholder",
            "\(field) uses {\(use.name)}, which the catalog does not define for this code",
            fix: known.isEmpty ? "this text takes no arguments" : "arguments available here: \(known)"))
        continue
      }
      if !allowArguments && declaration.name != "code" {
        out.append(
          textDiagnostic(
            .error, text, scalarOffset: use.offset, code: code, kind: "placeholder",
            "\(field) uses {\(use.name)}, but a \(field) must read well without arguments",
            fix: "move the sentence that needs {\(use.name)} into \"detail\""))
      }
      if let problem = LintRules.kindMismatch(use, declaration) {
        out.append(
          textDiagnostic(.error, text, scalarOffset: use.offset, code: code, kind: "placeholder", problem))
      }
      if level == .lint {
        out += LintRules.pluralCoverage(use, locale: locale).map {
          textDiagnostic($0.severity, text, scalarOffset: use.offset, code: code, kind: "plural", $0.message)
        }
      }
    }
    if level == .lint {
      out += LintRules.whitespaceAndPunctuation(text.pattern, locale: locale, field: field).map {
        textDiagnostic(.error, text, scalarOffset: $0.offset, code: code, kind: $0.kind, $0.message, fix: $0.fix)
      }
    }
    return out
  }

  private func textDiagnostic(
    _ severity: Diagnostic.Severity, _ text: TextRecord, scalarOffset: Int, code: String?, kind: String,
    _ message: String, fix: String? = nil
  ) -> Diagnostic {
    var d = file.diagnostic(severity, at: text.offset, code: code, kind: kind, message, fix: fix)
    // Point inside the string: past the opening quote (exact when the JSON string has no escapes).
    d.column += 1 + max(0, scalarOffset)
    return d
  }
}
