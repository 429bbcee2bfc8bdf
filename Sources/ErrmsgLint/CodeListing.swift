package import ErrmsgModel

/// `errmsg list`: the codes of a catalog as a table or JSON.
package enum CodeListing {
  /// One code.
  package struct Row: Sendable {
    package var product: String
    package var code: String
    /// `curated` (texts written for end users) or `official` (the SDKs' description).
    package var tier: String
    package var category: ErrorCategory?
    package var retry: RetryAdvice?
    package var actor: ResponsibleParty?
    /// The API versions that declare the code.
    package var versions: [String]

    package init(
      product: String, code: String, tier: String, category: ErrorCategory?, retry: RetryAdvice?,
      actor: ResponsibleParty?, versions: [String]
    ) {
      self.product = product
      self.code = code
      self.tier = tier
      self.category = category
      self.retry = retry
      self.actor = actor
      self.versions = versions
    }
  }

  /// The codes of a catalog folder: every curated code, or one product's curated and official codes.
  package static func read(_ folders: CatalogFolders, product: String?) -> Result<[Row], Refusal> {
    var rows: [Row] = []
    var curatedCodes: Set<String> = []
    switch folders.readCatalogs(product: product) {
    case .failure(let p):
      guard product != nil else { return .failure(Refusal(p.diagnostic)) }
    case .success(let files):
      for file in files {
        let (document, problems) = CatalogDocument.read(file)
        guard let document else { return .failure(Refusal(problems)) }
        for r in document.codes {
          curatedCodes.insert(r.code)
          rows.append(
            Row(
              product: r.product, code: r.code, tier: "curated", category: r.category, retry: r.retry,
              actor: r.actor, versions: r.versions))
        }
      }
    }
    guard let product else { return .success(rows) }
    switch folders.readOfficial() {
    case .failure(let p): return .failure(Refusal(p.diagnostic))
    case .success(let files):
      for file in files where file.name.hasSuffix("/" + product + ".json") {
        let document: OfficialCatalog
        switch OfficialCatalog.read(file) {
        case .success(let d): document = d
        case .failure(let p): return .failure(Refusal(p.diagnostic))
        }
        for (code, r) in document.codes where !curatedCodes.contains(code) {
          rows.append(
            Row(
              product: product, code: code, tier: "official", category: nil, retry: nil, actor: nil,
              versions: r.versions))
        }
      }
    }
    if rows.isEmpty {
      return .failure(Refusal(FileProblem(folders.catalogPath(product), "no codes for product \(product)").diagnostic))
    }
    return .success(rows)
  }

  /// `PRODUCT  CODE  TIER  CATEGORY  RETRY  ACTOR  VERSIONS`, aligned, then a count.
  package static func text(_ rows: [Row]) -> String {
    let header = ["product", "code", "tier", "category", "retry", "actor", "versions"]
    let table =
      [header]
      + rows.map {
        [
          $0.product, $0.code, $0.tier, $0.category?.rawValue ?? "-", $0.retry?.rawValue ?? "-",
          $0.actor?.rawValue ?? "-", $0.versions.joined(separator: ", "),
        ]
      }
    var widths = Array(repeating: 0, count: header.count)
    for line in table {
      for (i, cell) in line.enumerated() { widths[i] = max(widths[i], cell.count) }
    }
    var out = ""
    for line in table {
      let cells = line.enumerated().map { i, cell in
        i == line.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
      }
      out += cells.joined(separator: "  ") + "\n"
    }
    return out + "\(rows.count) code\(rows.count == 1 ? "" : "s")\n"
  }

  /// `[{"product","code","tier","category","retry","actor","versions"}]`.
  package static func json(_ rows: [Row]) -> String {
    var w = JSONWriter()
    w.raw("[")
    for (i, r) in rows.enumerated() {
      if i > 0 { w.raw(",") }
      w.raw("{")
      w.member("product", r.product)
      w.member("code", r.code)
      w.member("tier", r.tier)
      w.member("category", r.category?.rawValue)
      w.member("retry", r.retry?.rawValue)
      w.member("actor", r.actor?.rawValue)
      w.key("versions")
      w.raw("[")
      for (j, v) in r.versions.enumerated() {
        if j > 0 { w.raw(",") }
        w.string(v)
      }
      w.raw("]}")
    }
    w.raw("]\n")
    return String(decoding: w.bytes, as: UTF8.self)
  }
}
