import ErrmsgICU
package import ErrmsgModel

/// One locale file, read.
package struct CheckedLocaleFile: Sendable {
  /// The locale (the folder's name, or the file's for a whole-locale file).
  package var locale: String
  /// The product (the file's name); nil for a whole-locale file that serves every product.
  package var product: String?
  package var file: SourceFile
  package var document: LocaleDocument
}

/// The files of a catalog, read and checked.
package struct CheckedCatalog: Sendable {
  /// Each curated catalog that could be read (`Catalog/<product>.json`), sorted by product.
  package var catalogs: [CatalogDocument]
  /// Each locale file that could be read, sorted by locale then product.
  package var locales: [CheckedLocaleFile]
  /// Every finding, in file order.
  package var diagnostics: [Diagnostic]
  /// The locale translations start from.
  package var sourceLocale: String

  /// Whether any finding is an error.
  package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  /// The locales with at least one file, sorted.
  package var localeNames: [String] { Array(Set(locales.map(\.locale))).sorted() }

  /// One product's catalog.
  package func catalog(_ product: String) -> CatalogDocument? { catalogs.first { $0.product == product } }

  /// Every curated code of every product, as one document (for whole-locale files).
  package var allCodes: CatalogDocument {
    CatalogDocument(product: "*", sourceLocale: sourceLocale, codes: catalogs.flatMap(\.codes))
  }
}

/// Checks the curated catalogs (`Catalog/<product>.json`) and the locale files
/// (`Locales/<locale>/<product>.json`) together.
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

  /// Reads and checks catalog files and locale files.
  package static func check(
    catalogs catalogFiles: [SourceFile], locales localeFiles: [(locale: String, product: String?, file: SourceFile)],
    level: Level
  ) -> CheckedCatalog {
    var diagnostics: [Diagnostic] = []
    var catalogs: [CatalogDocument] = []
    for file in catalogFiles {
      let (catalog, found) = CatalogDocument.read(file)
      diagnostics += found
      guard let catalog else { continue }
      diagnostics += checkTemplates(catalog, in: file)
      let named = String(file.name.split(separator: "/").last ?? "").dropLast(5)
      if named != catalog.product {
        diagnostics.append(
          file.diagnostic(
            .error, at: 0, kind: "product-mismatch",
            "the file declares product \"\(catalog.product)\" but is named \(named).json",
            fix: "name the file \(catalog.product).json, or fix \"product\""))
      }
      if let other = catalogs.first(where: { $0.product == catalog.product }) {
        diagnostics.append(
          file.diagnostic(
            .error, at: 0, kind: "duplicate", "product \(catalog.product) is already defined by another file",
            fix: "keep one file per product (\(other.product).json)"))
        continue
      }
      catalogs.append(catalog)
    }
    catalogs.sort { $0.product < $1.product }
    let declaredSources = Set(catalogs.compactMap(\.sourceLocale))
    if declaredSources.count > 1 {
      diagnostics.append(
        Diagnostic(
          severity: .error, file: catalogFiles.first?.name ?? "Catalog", line: 0, column: 0, kind: "schema",
          message:
            "the catalog files name different source locales: \(declaredSources.sorted().joined(separator: ", "))",
          fix: "name the source locale once, in Catalog/common.json"))
    }
    let sourceLocale = declaredSources.sorted().first ?? CatalogDocument.defaultSourceLocale

    var locales: [CheckedLocaleFile] = []
    for (locale, product, file) in localeFiles.sorted(by: {
      ($0.locale, $0.product ?? "") < ($1.locale, $1.product ?? "")
    }) {
      let (document, found) = LocaleDocument.read(file)
      diagnostics += found
      guard let document else { continue }
      if document.locale != locale {
        diagnostics.append(
          file.diagnostic(
            .error, at: document.localeOffset, kind: "locale-mismatch",
            "the file declares locale \"\(document.locale)\" but is in the \(locale) folder",
            fix: "make \"locale\" match the folder name"))
      }
      if let product, document.product != product {
        diagnostics.append(
          file.diagnostic(
            .error, at: document.productOffset ?? document.localeOffset, kind: "product-mismatch",
            document.product.map { "the file declares product \"\($0)\" but is named \(product).json" }
              ?? "the file does not say its product",
            fix: "add \"product\": \"\(product)\" next to \"locale\""))
      }
      if ICULocaleCheck.isInvalid(locale) {
        diagnostics.append(
          file.diagnostic(
            .error, at: 0, kind: "locale-name",
            "\(locale) is not a BCP 47 locale tag", fix: "name the folder like ja, zh-TW or pt-BR"))
      }
      locales.append(CheckedLocaleFile(locale: locale, product: product, file: file, document: document))
    }

    var checked = CheckedCatalog(
      catalogs: catalogs, locales: locales, diagnostics: diagnostics, sourceLocale: sourceLocale)
    if !catalogs.isEmpty {
      if !locales.contains(where: { $0.locale == sourceLocale }) {
        checked.diagnostics.append(
          Diagnostic(
            severity: .error, file: catalogFiles.first?.name ?? "Catalog", line: 0, column: 0, kind: "missing-source",
            message: "the source locale \(sourceLocale) has no readable Locales file",
            fix: "add Locales/\(sourceLocale)/common.json"))
      }
      // A file that could not be read is reported as it is, not also as missing.
      let given = Set(localeFiles.map { "\($0.locale)/\($0.product ?? "*")" })
      checked.diagnostics += checkLocales(checked, given: given, level: level)
    }
    return checked
  }

  /// Every locale file against its product's catalog and the source locale's file.
  private static func checkLocales(_ checked: CheckedCatalog, given: Set<String>, level: Level) -> [Diagnostic] {
    var out: [Diagnostic] = []
    let all = checked.allCodes
    for l in checked.locales {
      let catalog: CatalogDocument
      if let product = l.product {
        guard let c = checked.catalog(product) else {
          out.append(
            l.file.diagnostic(
              level == .lint ? .error : .warning, at: l.document.productOffset ?? l.document.localeOffset,
              kind: "stale", "the catalog has no product \(product); the file is never used",
              fix: "add Catalog/\(product).json, or remove the file"))
          continue
        }
        catalog = c
      } else {
        catalog = all
      }
      let source = checked.locales.first { $0.locale == checked.sourceLocale && $0.product == l.product }
      out += LocaleChecks(
        catalog: catalog, sourceLocale: checked.sourceLocale, locale: l.locale, file: l.file,
        document: l.document, source: source.map { ($0.file, $0.document) },
        holdsLabels: l.product == nil || l.product == "common", level: level
      ).run()
    }
    // A product with no file in a locale that has others: every code is missing there.
    for locale in checked.localeNames {
      let files = checked.locales.filter { $0.locale == locale }
      guard !files.contains(where: { $0.product == nil }), !given.contains("\(locale)/*") else { continue }
      for catalog in checked.catalogs
      where !files.contains(where: { $0.product == catalog.product }) && !given.contains("\(locale)/\(catalog.product)")
      {
        let isSource = locale == checked.sourceLocale
        guard isSource || level == .lint, !catalog.codes.isEmpty else { continue }
        out.append(
          Diagnostic(
            severity: isSource ? .error : .warning, file: "\(locale)/\(catalog.product).json", line: 0, column: 0,
            kind: "missing", message: "no \(catalog.product) texts in \(locale) (\(catalog.codes.count) codes)",
            fix:
              "add Locales/\(locale)/\(catalog.product).json (errmsg export --product \(catalog.product) --locale \(locale))"
          ))
      }
    }
    return out
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
