package import ErrmsgModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `errmsg import-codes --sdk DIR --intl-en DIR`: every code the official SDKs declare, into
/// `Catalog/official/<product>.json` (the official tier; `Docs/catalog-layout.md`).
///
/// - A code's `versions` are the API versions that declare it in either SDK; `zh` and `en` are the
///   descriptions of the newest API version that has one, verbatim (absent when empty or missing);
///   `zh-TW` and `zh-HK` are the displayed `zh` (``OfficialDescription``) converted by OpenCC and the glossary.
/// - A code the SDKs no longer declare stays, marked `"removed": "<Chinese SDK version>"`; one that comes
///   back loses the mark.
/// - Only `Catalog/official/*.json` are written, all or none (``FileTransaction``), and only files whose
///   bytes change: a second run changes nothing.
package enum OfficialImport {
  /// What changed in one product.
  package struct ProductChange: Sendable, Equatable {
    package var product: String
    /// The file did not exist.
    package var isNew: Bool
    package var codeCount: Int
    package var added: [String]
    /// Codes the SDKs declare again (their `removed` mark goes).
    package var returned: [String]
    package var removed: [String]
    /// Codes whose data changed, with the names of the changed members.
    package var changed: [(code: String, members: [String])]

    package static func == (a: ProductChange, b: ProductChange) -> Bool {
      a.product == b.product && a.isNew == b.isNew && a.added == b.added && a.returned == b.returned
        && a.removed == b.removed && a.changed.map(\.code) == b.changed.map(\.code)
    }
  }

  /// What an import would do.
  package struct Plan: Sendable {
    /// The packages read.
    package var sources: [OfficialCatalog.Source]
    /// Products whose file changes, in product order.
    package var changes: [ProductChange]
    /// The files to write.
    package var writes: [FileTransaction.Write]
    /// The folder the files go to (created when missing).
    package var directory: String
    /// Products read, and (product, code) pairs and distinct codes declared now.
    package var productCount: Int
    package var pairCount: Int
    package var codeCount: Int
    /// Descriptions declared now, and how many ``OfficialDescription`` shows, per language.
    package var descriptions: [OfficialLanguage: (declared: Int, shown: Int)] = [:]
    /// Notices (odd constants, codes declared twice).
    package var warnings: [Diagnostic]
  }

  /// A code as the SDK trees declare it.
  struct Declared {
    var versions: Set<String> = []
    /// (API version, description) of the newest version with a description, per language.
    var zh: (version: String, text: String)?
    var en: (version: String, text: String)?
  }

  /// Plans the import; nothing is written.
  package static func plan(chinese: String, english: String, catalogDirectory: String, localesDirectory: String)
    -> Result<Plan, Refusal>
  {
    let zhTree: SDKTree
    let enTree: SDKTree
    switch SDKTree.find(chinese, language: .zh) {
    case .success(let t): zhTree = t
    case .failure(let r): return .failure(r)
    }
    switch SDKTree.find(english, language: .en) {
    case .success(let t): enTree = t
    case .failure(let r): return .failure(r)
    }

    // 1. What the SDKs declare.
    var declared: [String: [String: Declared]] = [:]
    var warnings: [Diagnostic] = []
    for (tree, language) in [(zhTree, OfficialLanguage.zh), (enTree, .en)] {
      for codeFile in tree.files {
        guard let data = FileManager.default.contents(atPath: codeFile.path) else {
          return .failure(Refusal(FileProblem(codeFile.path, "cannot read the file").diagnostic))
        }
        let rows: [SDKErrorFile.Row]
        switch SDKErrorFile.read([UInt8](data), name: codeFile.path) {
        case .success(let (file, fileWarnings)):
          rows = file.rows
          warnings += fileWarnings
        case .failure(let r): return .failure(r)
        }
        var codes = declared[codeFile.product] ?? [:]
        for row in rows {
          var d = codes[row.code] ?? Declared()
          d.versions.insert(codeFile.version)
          if let text = row.description, !text.isEmpty {
            let current = language == .zh ? d.zh : d.en
            // files come in ascending version order: a later one wins
            if current == nil || current!.version <= codeFile.version {
              if language == .zh { d.zh = (codeFile.version, text) } else { d.en = (codeFile.version, text) }
            }
          }
          codes[row.code] = d
        }
        declared[codeFile.product] = codes
      }
    }
    // A product only the international SDK has is imported too (its codes without `zh`).
    let sources = [zhTree.source, enTree.source]
    let removedIn = zhTree.source.version

    // 2. What the folder holds now.
    let directory = (catalogDirectory.isEmpty ? "" : catalogDirectory + "/") + "official"
    var existing: [String: (catalog: OfficialCatalog, bytes: [UInt8])] = [:]
    let fm = FileManager.default
    if fm.fileExists(atPath: directory) {
      let names: [String]
      do {
        names = try fm.contentsOfDirectory(atPath: directory)
      } catch {
        return .failure(Refusal(FileProblem(directory, "cannot read the folder").diagnostic))
      }
      for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
        let product = String(name.dropLast(5))
        guard SDKTree.isProductName(product) else { continue }
        let file: SourceFile
        switch CatalogFolders.read(directory + "/" + name) {
        case .success(let f): file = f
        case .failure(let p): return .failure(Refusal(p.diagnostic))
        }
        switch OfficialCatalog.read(file) {
        case .success(let c): existing[product] = (c, file.bytes)
        case .failure(let p):
          return .failure(
            Refusal([p.diagnostic]))
        }
      }
    }

    // 3. Traditional Chinese for every displayed zh.
    var displayed: [String] = []
    var displayedIndex: [String: Int] = [:]
    var shownIndex: [String: [String: Int]] = [:]  // product → code → index in `displayed`
    for (product, codes) in declared {
      var indices: [String: Int] = [:]
      for (code, d) in codes {
        guard let zh = d.zh?.text, let shown = OfficialDescription.display(zh, language: .zh, code: code) else {
          continue
        }
        if displayedIndex[shown] == nil {
          displayedIndex[shown] = displayed.count
          displayed.append(shown)
        }
        indices[code] = displayedIndex[shown]
      }
      shownIndex[product] = indices
    }
    var traditional: [String: [String]] = [:]
    for target in ["zh-TW", "zh-HK"] {
      switch ChineseConversion.load(target: target, localesDirectory: localesDirectory) {
      case .success(let conversion):
        switch conversion.convert(displayed) {
        case .success(let out): traditional[target] = out
        case .failure(let r): return .failure(r)
        }
      case .failure(let r): return .failure(r)
      }
    }

    // 4. The new files and what changed.
    var changes: [ProductChange] = []
    var writes: [FileTransaction.Write] = []
    let products = Set(declared.keys).union(existing.keys).sorted()
    var pairCount = 0
    var allCodes: Set<String> = []
    var descriptions: [OfficialLanguage: (declared: Int, shown: Int)] = [.zh: (0, 0), .en: (0, 0)]
    for product in products {
      let now = declared[product] ?? [:]
      pairCount += now.count
      allCodes.formUnion(now.keys)
      let before = existing[product]?.catalog
      let beforeCodes = Dictionary(
        (before?.codes ?? []).map { ($0.code, $0.entry) }, uniquingKeysWith: { a, _ in a })
      var change = ProductChange(
        product: product, isNew: before == nil, codeCount: 0, added: [], returned: [], removed: [], changed: [])
      var codes: [(code: String, entry: OfficialCatalog.Entry)] = []
      for code in Set(now.keys).union(beforeCodes.keys) {
        let old = beforeCodes[code]
        var entry: OfficialCatalog.Entry
        if let d = now[code] {
          entry = OfficialCatalog.Entry(versions: d.versions.sorted(), zh: d.zh?.text, en: d.en?.text)
          if entry.zh != nil { descriptions[.zh]!.declared += 1 }
          if shownIndex[product]?[code] != nil { descriptions[.zh]!.shown += 1 }
          if let en = entry.en {
            descriptions[.en]!.declared += 1
            if OfficialDescription.display(en, language: .en, code: code) != nil { descriptions[.en]!.shown += 1 }
          }
          if let i = shownIndex[product]?[code] {
            entry.zhTW = traditional["zh-TW"]![i]
            entry.zhHK = traditional["zh-HK"]![i]
          }
          if let old {
            if old.removed != nil { change.returned.append(code) }
            let members = entry.differences(from: old).filter { $0 != "removed" }
            if !members.isEmpty { change.changed.append((code, members)) }
          } else {
            change.added.append(code)
          }
        } else {
          entry = old!
          if entry.removed == nil {
            entry.removed = removedIn
            change.removed.append(code)
          }
        }
        codes.append((code, entry))
      }
      codes.sort { OfficialCatalog.precedes($0.code, $1.code) }
      change.codeCount = codes.count
      for list in [\ProductChange.added, \.returned, \.removed] {
        change[keyPath: list].sort(by: OfficialCatalog.precedes)
      }
      change.changed.sort { OfficialCatalog.precedes($0.code, $1.code) }
      let catalog = OfficialCatalog(product: product, sources: sources, licence: "Apache-2.0", codes: codes)
      let bytes = catalog.bytes()
      if bytes != existing[product]?.bytes {
        writes.append(FileTransaction.Write(path: directory + "/" + product + ".json", bytes: bytes))
        changes.append(change)
      }
    }
    return .success(
      Plan(
        sources: sources, changes: changes, writes: writes, directory: directory, productCount: declared.count,
        pairCount: pairCount, codeCount: allCodes.count, descriptions: descriptions, warnings: warnings))
  }

  /// The report of a plan: one line per product that changes, then its codes (indented).
  package static func report(_ plan: Plan, verbose: Bool = true) -> [String] {
    var lines: [String] = []
    for c in plan.changes {
      if c.isNew {
        lines.append("\(c.product): new file, \(c.codeCount) code\(c.codeCount == 1 ? "" : "s")")
        continue
      }
      var parts: [String] = []
      if !c.added.isEmpty { parts.append("\(c.added.count) added") }
      if !c.returned.isEmpty { parts.append("\(c.returned.count) back") }
      if !c.removed.isEmpty { parts.append("\(c.removed.count) removed") }
      if !c.changed.isEmpty { parts.append("\(c.changed.count) changed") }
      lines.append("\(c.product): " + (parts.isEmpty ? "sources updated" : parts.joined(separator: ", ")))
      guard verbose else { continue }
      for code in c.added { lines.append("  + \(code)") }
      for code in c.returned { lines.append("  + \(code) (back; no longer marked removed)") }
      for code in c.removed { lines.append("  - \(code)") }
      for (code, members) in c.changed { lines.append("  ~ \(code) (\(members.joined(separator: ", ")))") }
    }
    return lines
  }
}
