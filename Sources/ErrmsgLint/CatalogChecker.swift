import ErrmsgICU
package import ErrmsgModel

/// The files of a catalog, read and checked.
package struct CheckedCatalog: Sendable {
  /// The registry, when it could be read.
  package var catalog: CatalogDocument?
  /// Each locale file that could be read, with the locale named by its file name.
  package var locales: [(locale: String, file: SourceFile, document: LocaleDocument)]
  /// Every finding, in file order.
  package var diagnostics: [Diagnostic]

  /// Whether any finding is an error.
  package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Checks `Catalog/codes.json` and `Locales/*.json` together.
///
/// The build (errmsg-embed) runs the ``Level/build`` checks and fails on
/// errors, so a file that would break at run time never ships. `errmsg lint`
/// runs ``Level/lint``, which adds the translators' quality checks.
package enum CatalogChecker {
  /// How strict to be.
  package enum Level: Sendable {
    /// What makes a file unusable: syntax, schema, patterns that do not compile,
    /// undeclared placeholders, a source locale that misses codes.
    case build
    /// Everything `build` checks, plus completeness, parity with the source
    /// locale, plural categories, white space and punctuation.
    case lint
  }

  /// Reads and checks a catalog file and locale files (`locale` = the file name without `.json`).
  package static func check(
    catalog catalogFile: SourceFile, locales localeFiles: [(locale: String, file: SourceFile)], level: Level
  ) -> CheckedCatalog {
    var diagnostics: [Diagnostic] = []
    let (catalog, catalogDiagnostics) = CatalogDocument.read(catalogFile)
    diagnostics += catalogDiagnostics
    if let catalog {
      diagnostics += checkTemplates(catalog, in: catalogFile)
    }

    var locales: [(String, SourceFile, LocaleDocument)] = []
    for (locale, file) in localeFiles.sorted(by: { $0.locale < $1.locale }) {
      let (document, found) = LocaleDocument.read(file)
      diagnostics += found
      guard let document else { continue }
      if document.locale != locale {
        diagnostics.append(
          file.diagnostic(
            .error, at: document.localeOffset, kind: "locale-mismatch",
            "the file declares locale \"\(document.locale)\" but is named \(locale).json",
            fix: "make \"locale\" match the file name"))
      }
      if ICULocaleCheck.isInvalid(locale) {
        diagnostics.append(
          file.diagnostic(
            .error, at: 0, kind: "locale-name",
            "\(locale) is not a BCP 47 locale tag", fix: "name the file like ja.json, zh-TW.json or pt-BR.json"))
      }
      locales.append((locale, file, document))
    }

    if let catalog {
      let source = locales.first { $0.0 == catalog.sourceLocale }
      if source == nil {
        diagnostics.append(
          Diagnostic(
            severity: .error, file: catalogFile.name, line: 0, column: 0, kind: "missing-source",
            message: "the source locale \(catalog.sourceLocale) has no readable Locales file",
            fix: "add Locales/\(catalog.sourceLocale).json"))
      }
      for (locale, file, document) in locales {
        diagnostics += LocaleChecks(
          catalog: catalog, locale: locale, file: file, document: document,
          source: source.map { ($0.1, $0.2) }, level: level
        ).run()
      }
    }
    return CheckedCatalog(catalog: catalog, locales: locales, diagnostics: diagnostics)
  }

  private static func checkTemplates(_ catalog: CatalogDocument, in file: SourceFile) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for record in catalog.codes {
      for (template, offset) in record.extract {
        do {
          _ = try ExtractionTemplate(template, arguments: record.arguments)
        } catch {
          out.append(
            file.diagnostic(.error, at: offset, code: record.code, kind: "template", error.message))
        }
      }
    }
    var seen: Set<String> = []
    for record in catalog.codes where !seen.insert(record.code).inserted {
      out.append(
        file.diagnostic(.error, at: record.offset, code: record.code, kind: "duplicate", "the code is listed twice"))
    }
    return out
  }
}

/// Locale tags as ICU reads them.
enum ICULocaleCheck {
  static func isInvalid(_ tag: String) -> Bool {
    guard let canonical = ICULocale.canonicalTag(tag) else { return true }
    return canonical.lowercased() != tag.lowercased()
  }
}
