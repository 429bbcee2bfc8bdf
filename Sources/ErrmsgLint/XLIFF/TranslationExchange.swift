import ErrmsgICU
package import ErrmsgModel

/// `errmsg export --xliff` and `errmsg import`: the file work around
/// ``XLIFFExport`` and ``XLIFFImport``.
package enum TranslationExchange {
  /// A finished import, not yet written.
  package struct Import: Sendable {
    /// Where the file goes (`Locales/ja.json`).
    package var path: String
    /// The new contents.
    package var bytes: [UInt8]
    /// Whether the contents differ from the file on disk (or the file is new).
    package var changesFile: Bool
    /// Whether the file is new.
    package var createsFile: Bool
    /// Entries added and changed.
    package var added: Int
    package var changed: Int
    /// Notices to show.
    package var warnings: [Diagnostic]
  }

  /// The XLIFF text of one product's texts for a source and a target locale of the folders.
  package static func export(
    from folders: CatalogFolders, product: String, source sourceLocale: String, target targetLocale: String
  ) -> Result<String, Refusal> {
    let catalog: CatalogDocument
    switch readCatalog(folders, product: product) {
    case .success(let c): catalog = c
    case .failure(let r): return .failure(r)
    }
    guard let target = ICULocale.canonicalTag(targetLocale), target.lowercased() == targetLocale.lowercased() else {
      return .failure(refusal("--target \(targetLocale) is not a BCP 47 locale tag such as ja or zh-TW"))
    }
    if target.lowercased() == sourceLocale.lowercased() {
      return .failure(refusal("--source and --target are both \(sourceLocale)"))
    }
    let source: LocaleDocument
    switch readLocale(folders.localePath(sourceLocale, product: product), required: true) {
    case .success(let document?): source = document
    case .success(nil): return .failure(refusal("no \(product) file for the source locale \(sourceLocale)"))
    case .failure(let r): return .failure(r)
    }
    let existing: LocaleDocument?
    switch readLocale(folders.localePath(target, product: product), required: false) {
    case .success(let document): existing = document
    case .failure(let r): return .failure(r)
    }
    do {
      return .success(
        try XLIFFExport.document(catalog: catalog, source: source, target: existing, targetLocale: target))
    } catch {
      return .failure(refusal(error.message))
    }
  }

  /// Reads an XLIFF file and prepares the target locale's new file.
  ///
  /// Refused (nothing to write) when the XLIFF is malformed, its units do not
  /// fit the catalog, its target is not `expectedTarget` (when given), or the
  /// resulting file would not pass the build's checks.
  package static func importXLIFF(
    _ xliffPath: String, into folders: CatalogFolders, expectedTarget: String? = nil, expectedProduct: String? = nil
  ) -> Result<Import, Refusal> {
    let xliff: SourceFile
    switch CatalogFolders.read(xliffPath) {
    case .success(let f): xliff = f
    case .failure(let p): return .failure(Refusal(p.diagnostic))
    }
    let (parsed, problems) = XLIFFDocument.read(xliff)
    guard let document = parsed, problems.isEmpty else { return .failure(Refusal(problems)) }
    if let expectedTarget, expectedTarget.lowercased() != document.targetLocale.lowercased() {
      return .failure(
        Refusal(
          xliff.diagnostic(
            .error, at: document.offset, kind: "xliff",
            "the file translates into \(document.targetLocale), not \(expectedTarget)")))
    }

    guard let product = document.product, ProductName.isValid(product) else {
      return .failure(
        Refusal(
          xliff.diagnostic(
            .error, at: document.offset, kind: "xliff",
            "the first <file> does not name a product (its id is \"\(document.product ?? "")\")",
            fix: "export the file again with errmsg export --product PRODUCT")))
    }
    if let expectedProduct, expectedProduct != product {
      return .failure(
        Refusal(
          xliff.diagnostic(
            .error, at: document.offset, kind: "xliff", "the file holds \(product) texts, not \(expectedProduct)")))
    }
    let catalogFiles: [SourceFile]
    switch folders.readCatalogs() {
    case .success(let f): catalogFiles = f
    case .failure(let p): return .failure(Refusal(p.diagnostic))
    }
    let catalog: CatalogDocument
    switch readCatalog(folders, product: product) {
    case .success(let c): catalog = c
    case .failure(let r): return .failure(r)
    }
    let sourceLocale = sourceLocale(of: catalogFiles)
    var source: LocaleDocument?
    if case .success(let s) = readLocale(folders.localePath(sourceLocale, product: product), required: false) {
      source = s
    }

    // The existing target file, when there is one, must parse.
    let targetTag = ICULocale.canonicalTag(document.targetLocale) ?? document.targetLocale
    let path = folders.localePath(targetTag, product: product)
    var existingBytes: [UInt8]?
    var existing: JSONValue?
    if CatalogFolders.exists(path) {
      switch CatalogFolders.read(path) {
      case .success(let f):
        do {
          existing = try JSONParser.parse(f.bytes).value
          existingBytes = f.bytes
        } catch {
          return .failure(
            Refusal(
              f.diagnostic(
                .error, at: error.offset, kind: "syntax", error.message,
                fix: "fix the file (errmsg lint shows where) or move it away, then import again")))
        }
      case .failure(let p): return .failure(Refusal(p.diagnostic))
      }
    }

    let applied: XLIFFImport.Result
    switch XLIFFImport.apply(
      document, from: xliff, catalog: catalog, sourceLocale: sourceLocale, source: source, existing: existing)
    {
    case .success(let r): applied = r
    case .failure(let r): return .failure(r)
    }
    let bytes = PrettyJSON.bytes(applied.value)

    // The result must pass what the build checks.
    var locales: [(locale: String, product: String?, file: SourceFile)] = []
    if case .success(let files) = folders.readLocales() {
      locales = files.filter { $0.locale.lowercased() != applied.locale.lowercased() || $0.product != product }
    }
    locales.append((applied.locale, product, SourceFile(name: path, bytes: bytes)))
    let checked = CatalogChecker.check(catalogs: catalogFiles, locales: locales, level: .build)
    let broken = checked.diagnostics.filter { $0.severity == .error && $0.file == path }
    if !broken.isEmpty {
      return .failure(Refusal(broken.map { pointIntoXLIFF($0, document: document, file: xliff) }))
    }
    return .success(
      Import(
        path: path, bytes: bytes, changesFile: existingBytes != bytes, createsFile: existingBytes == nil,
        added: applied.added, changed: applied.changed, warnings: applied.warnings))
  }

  /// A problem of the would-be Locales file, placed at the XLIFF segment it came from when there is one.
  private static func pointIntoXLIFF(_ d: Diagnostic, document: XLIFFDocument, file: SourceFile) -> Diagnostic {
    let unitID = d.code ?? XLIFFVocabulary.unknownUnitID
    guard let unit = document.units.first(where: { $0.id == unitID }) else { return d }
    let field = d.message.split(separator: " ").first.map { String($0.filter { $0 != ":" }) } ?? ""
    let segment = unit.segments.first { $0.id == field }
    return file.diagnostic(
      d.severity, at: segment?.offset ?? unit.offset, code: d.code, kind: d.kind,
      "the translation would not build: " + d.message, fix: d.fix)
  }

  // MARK: - Reading

  /// The source locale the catalog files name (Catalog/common.json), or the default.
  private static func sourceLocale(of files: [SourceFile]) -> String {
    files.lazy.compactMap { CatalogDocument.read($0).0?.sourceLocale }.first ?? CatalogDocument.defaultSourceLocale
  }

  private static func readCatalog(_ folders: CatalogFolders, product: String) -> Result<CatalogDocument, Refusal> {
    switch folders.readCatalogs(product: product) {
    case .failure(let p): return .failure(Refusal(p.diagnostic))
    case .success(let files):
      let (document, problems) = CatalogDocument.read(files[0])
      guard let document, !problems.contains(where: { $0.severity == .error }) else {
        return .failure(Refusal(problems))
      }
      return .success(document)
    }
  }

  /// A locale file's document; nil when it does not exist and is not required.
  private static func readLocale(_ path: String, required: Bool) -> Result<LocaleDocument?, Refusal> {
    if !required && !CatalogFolders.exists(path) { return .success(nil) }
    switch CatalogFolders.read(path) {
    case .failure(let p): return .failure(Refusal(p.diagnostic))
    case .success(let file):
      let (document, problems) = LocaleDocument.read(file)
      let errors = problems.filter { $0.severity == .error && ($0.kind == "syntax" || document == nil) }
      guard let document, errors.isEmpty else { return .failure(Refusal(errors.isEmpty ? problems : errors)) }
      return .success(document)
    }
  }

  private static func refusal(_ message: String) -> Refusal {
    Refusal(Diagnostic(severity: .error, file: "errmsg", line: 0, column: 0, kind: "usage", message: message))
  }
}
