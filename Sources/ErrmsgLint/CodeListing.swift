package import ErrmsgModel

/// `errmsg list`: the codes of a catalog as a table or JSON.
package enum CodeListing {
  /// One code.
  package struct Row: Sendable {
    package var code: String
    package var category: ErrorCategory
    package var retry: RetryAdvice
    package var actor: ResponsibleParty
    /// Where the code is documented, with the official description, in file order.
    package var origins: [(origin: String, description: String)]

    package init(
      code: String, category: ErrorCategory, retry: RetryAdvice, actor: ResponsibleParty,
      origins: [(origin: String, description: String)]
    ) {
      self.code = code
      self.category = category
      self.retry = retry
      self.actor = actor
      self.origins = origins
    }
  }

  /// The codes of a catalog folder's `codes.json`.
  package static func read(_ folders: CatalogFolders) -> Result<[Row], Refusal> {
    switch folders.readCatalog() {
    case .failure(let p): return .failure(Refusal(p.diagnostic))
    case .success(let file):
      let (document, problems) = CatalogDocument.read(file)
      guard let document else { return .failure(Refusal(problems)) }
      return .success(
        document.codes.map {
          Row(code: $0.code, category: $0.category, retry: $0.retry, actor: $0.actor, origins: $0.origins)
        })
    }
  }

  /// `CODE  CATEGORY  RETRY  ACTOR  ORIGINS`, aligned, then a count.
  package static func text(_ rows: [Row]) -> String {
    let header = ["code", "category", "retry", "actor", "origins"]
    let table =
      [header]
      + rows.map {
        [
          $0.code, $0.category.rawValue, $0.retry.rawValue, $0.actor.rawValue,
          $0.origins.map(\.origin).joined(separator: ", "),
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

  /// `[{"code","category","retry","actor","origins":{"common":"…"}}]`.
  package static func json(_ rows: [Row]) -> String {
    var w = JSONWriter()
    w.raw("[")
    for (i, r) in rows.enumerated() {
      if i > 0 { w.raw(",") }
      w.raw("{")
      w.member("code", r.code)
      w.member("category", r.category.rawValue)
      w.member("retry", r.retry.rawValue)
      w.member("actor", r.actor.rawValue)
      w.key("origins")
      w.raw("{")
      for (j, o) in r.origins.enumerated() {
        if j > 0 { w.raw(",") }
        w.string(o.origin)
        w.raw(":")
        w.string(o.description)
      }
      w.raw("}}")
    }
    w.raw("]\n")
    return String(decoding: w.bytes, as: UTF8.self)
  }
}
