import ErrmsgICU
package import ErrmsgModel

/// `errmsg import-codes`: adds the codes of an error-code page to
/// `Catalog/codes.json` and gives each new code a generic entry in every
/// Locales file.
///
/// - New codes are inserted in code order, with the page's description kept
///   verbatim under `origins`, a guessed category and actor (``CodeGuess``)
///   and `"retry": "unknown"`.
/// - A code already in the catalog gains the page's origin if it lacks it;
///   nothing else about it changes.
/// - Each new code gets, in every Locales file, a neutral message that shows
///   the code (`{code}`) and a generic hint, marked `"state": "new"`, so that
///   lint lists it for writing and translation while it already renders.
/// - Files are rewritten in their own layout, and only when something
///   changed: importing the same page twice changes nothing.
package enum CodeImporter {
  /// What an import would change.
  package struct Plan: Sendable {
    /// The product the page's own codes are attributed to.
    package var origin: String?
    /// Codes added to the catalog, in code order.
    package var addedCodes: [String]
    /// Existing codes that gain an origin.
    package var addedOrigins: [(code: String, origin: String)]
    /// Files to write: path and new contents (only files that change).
    package var writes: [(path: String, bytes: [UInt8])]
    /// Notices.
    package var warnings: [Diagnostic]
  }

  /// The generic texts of a new entry, by language.
  static func placeholderTexts(for locale: String) -> (message: String, hint: String) {
    let maximized = ICULocale.parts(ICULocale.maximized(locale) ?? locale)
    if maximized.language == "zh", maximized.script == "Hans" {
      return ("腾讯云返回了错误 {code}。", "请稍后重试。如果问题持续出现，请携带错误码和请求 ID 联系腾讯云技术支持。")
    }
    return (
      "Tencent Cloud returned the error {code}.",
      "Try again later. If it keeps happening, contact Tencent Cloud support and give them the error code and request ID."
    )
  }

  /// Plans the import of a page into the folders; nothing is written.
  package static func plan(page pagePath: String, into folders: CatalogFolders, origin flag: String?) -> Result<
    Plan, Refusal
  > {
    let pageFile: SourceFile
    switch CatalogFolders.read(pagePath) {
    case .success(let f): pageFile = f
    case .failure(let p): return .failure(Refusal(p.diagnostic))
    }
    let (page, pageWarnings) = ErrorCodePage.read(pageFile)
    if page.rows.isEmpty {
      return .failure(
        Refusal(
          Diagnostic(
            severity: .error, file: pagePath, line: 0, column: 0, kind: "page",
            message: "no error-code table found (a table with the columns | 错误码 | 说明 |)")))
    }

    let catalogFile: SourceFile
    switch folders.readCatalog() {
    case .success(let f): catalogFile = f
    case .failure(let p): return .failure(Refusal(p.diagnostic))
    }
    let (catalogDocument, catalogProblems) = CatalogDocument.read(catalogFile)
    guard let catalog = catalogDocument, !catalogProblems.contains(where: { $0.severity == .error }),
      var root = try? JSONParser.parse(catalogFile.bytes).value, var codes = root.member("codes")
    else { return .failure(Refusal(catalogProblems.filter { $0.severity == .error })) }

    // Which product the page's own codes belong to.
    var origin: String?
    if page.rows.contains(where: { $0.section == .business }) {
      switch deriveOrigin(flag: flag, page: page, path: pagePath, catalog: catalog) {
      case .success(let o): origin = o
      case .failure(let problem):
        return .failure(
          Refusal(
            Diagnostic(severity: .error, file: pagePath, line: 0, column: 0, kind: "origin", message: problem.message)))
      }
    }

    // The catalog.
    var known = Set(catalog.codes.map(\.code))
    var order = catalog.codes.map(\.code)
    var added: [String] = []
    var addedOrigins: [(String, String)] = []
    var warnings = pageWarnings
    for row in page.rows {
      let rowOrigin = row.section == .common ? "common" : origin!
      if known.contains(row.code) {
        guard case .object(let members)? = codes.member(row.code),
          let origins = codes.member(row.code)?.member("origins")
        else { continue }
        if let existing = origins.member(rowOrigin)?.stringValue {
          if existing != row.description {
            warnings.append(
              Diagnostic(
                severity: .warning, file: pagePath, line: row.line, column: 1, code: row.code, kind: "page",
                message: "the \(rowOrigin) description differs from the catalog's; the catalog's is kept"))
          }
          continue
        }
        var newOrigins = origins
        if rowOrigin == "common", case .object(var list) = origins {
          list.insert(.pair("common", .string(row.description)), at: 0)
          newOrigins = .object(list)
        } else {
          newOrigins = origins.setting(rowOrigin, to: .string(row.description))
        }
        codes = codes.setting(row.code, to: JSONValue.object(members).setting("origins", to: newOrigins))
        addedOrigins.append((row.code, rowOrigin))
        continue
      }
      let category = CodeGuess.category(of: row.code)
      let entry = JSONValue.object([
        .pair("origins", .object([.pair(rowOrigin, .string(row.description))])),
        .pair("category", .string(category.rawValue)),
        .pair("retry", .string(RetryAdvice.unknown.rawValue)),
        .pair("actor", .string(CodeGuess.actor(for: category).rawValue)),
      ])
      order.append(row.code)
      order.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
      codes = codes.setting(row.code, to: entry, order: order)
      known.insert(row.code)
      added.append(row.code)
    }
    added.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    root = root.setting("codes", to: codes)

    var writes: [(path: String, bytes: [UInt8])] = []
    let catalogBytes = PrettyJSON.bytes(root)
    if catalogBytes != catalogFile.bytes { writes.append((folders.catalogPath, catalogBytes)) }

    // The Locales files.
    let localeFiles: [(locale: String, file: SourceFile)]
    switch folders.readLocales() {
    case .success(let files): localeFiles = files
    case .failure(let p): return .failure(Refusal(p.diagnostic))
    }
    var newLocaleFiles: [(locale: String, file: SourceFile)] = []
    let descriptions = Dictionary(
      page.rows.map { ($0.code, ($0.section == .common ? "common" : origin!, $0.description)) },
      uniquingKeysWith: { a, _ in a })
    for (locale, file) in localeFiles {
      let value: JSONValue
      do {
        value = try JSONParser.parse(file.bytes).value
      } catch {
        return .failure(
          Refusal(
            file.diagnostic(
              .error, at: error.offset, kind: "syntax", error.message, fix: "fix the file first (errmsg lint)")))
      }
      var messages = value.member("messages") ?? .object([])
      let texts = placeholderTexts(for: locale)
      for code in added where messages.member(code) == nil {
        var members: [JSONMember] = [.pair("message", .string(texts.message)), .pair("hint", .string(texts.hint))]
        if locale == catalog.sourceLocale, let (o, d) = descriptions[code] {
          let note =
            "Added from the \(o) error-code page, which describes it as “\(d)”. The message and hint are "
            + "generic: write ones that say what happened and what to do, then set the state to translated."
          members.append(.pair("note", .string(note)))
        }
        members.append(.pair("state", .string(TranslationState.new.rawValue)))
        messages = messages.setting(code, to: .object(members), order: order)
      }
      let bytes = PrettyJSON.bytes(value.setting("messages", to: messages, order: XLIFFImport.fileOrder))
      if bytes != file.bytes { writes.append((file.name, bytes)) }
      newLocaleFiles.append((locale, SourceFile(name: file.name, bytes: bytes)))
    }

    // What the build would say about the result.
    let checked = CatalogChecker.check(
      catalog: SourceFile(name: catalogFile.name, bytes: catalogBytes), locales: newLocaleFiles, level: .build)
    let changedFiles = Set(writes.map(\.path))
    let broken = checked.diagnostics.filter { $0.severity == .error && changedFiles.contains($0.file) }
    if !broken.isEmpty { return .failure(Refusal(broken)) }

    return .success(
      Plan(origin: origin, addedCodes: added, addedOrigins: addedOrigins, writes: writes, warnings: warnings))
  }

  /// `--origin`, else the page's `<!-- origin: … -->`, else the file name
  /// (`cvm-error-codes.md` → `cvm`), else the one product the catalog already
  /// lists for every one of the page's own codes.
  static func deriveOrigin(
    flag: String?, page: ErrorCodePage, path: String, catalog: CatalogDocument
  ) -> Result<String, OriginProblem> {
    func valid(_ name: String) -> Bool {
      guard let first = name.unicodeScalars.first, ("a"..."z").contains(first), name != "common" else { return false }
      return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
    if let flag {
      return valid(flag)
        ? .success(flag)
        : .failure(
          OriginProblem(
            "--origin \(flag) is not a product name like tke or cvm (lowercase letters, digits, -; not common)"))
    }
    if let declared = page.declaredOrigin?.lowercased(), valid(declared) { return .success(declared) }

    let base = path.split(separator: "/").last.map(String.init) ?? path
    let stem = base.split(separator: ".").first.map(String.init) ?? base
    let generic: Set<String> = [
      "tencentcloud", "tencent", "cloud", "qcloud", "error", "errors", "code", "codes", "errorcodes", "api", "page",
      "seed",
    ]
    if let word = stem.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init),
      !generic.contains(word), valid(word)
    {
      return .success(word)
    }

    let records = Dictionary(catalog.codes.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    var candidates: Set<String>?
    for row in page.rows where row.section == .business {
      guard let record = records[row.code] else {
        candidates = []
        break
      }
      let products = Set(record.origins.map(\.origin)).subtracting(["common"])
      candidates = candidates.map { $0.intersection(products) } ?? products
    }
    if let candidates, candidates.count == 1 { return .success(candidates.first!) }
    return .failure(
      OriginProblem(
        "cannot tell which product the page's 业务错误码 (business codes) belong to; give it with --origin NAME (for example --origin cvm)"
      ))
  }

  /// Why the origin could not be determined.
  struct OriginProblem: Error {
    var message: String
    init(_ message: String) { self.message = message }
  }
}
