import ErrmsgModel

/// The code registry read from `Catalog/codes.json`, with the code fallback rules.
struct Registry: Sendable {
  /// One code with its compiled extraction rules.
  struct Entry: Sendable {
    var info: CodeInfo
    var declarations: [ArgumentDeclaration]
    var extractors: [ExtractionTemplate]
  }

  let sourceLocale: String
  let entries: [String: Entry]
  /// Codes in catalog order.
  let orderedCodes: [String]

  init(document: CatalogDocument) {
    var entries: [String: Entry] = [:]
    var order: [String] = []
    for record in document.codes where entries[record.code] == nil {
      let info = CodeInfo(
        code: ErrorCode(record.code),
        origins: Dictionary(record.origins.map { ($0.origin, $0.description) }, uniquingKeysWith: { a, _ in a }),
        category: record.category, retry: record.retry, actor: record.actor,
        arguments: record.arguments.map { .init(name: $0.name, type: $0.type, description: $0.description) })
      let extractors = record.extract.compactMap {
        try? ExtractionTemplate($0.template, arguments: record.arguments)
      }
      entries[record.code] = Entry(info: info, declarations: record.arguments, extractors: extractors)
      order.append(record.code)
    }
    self.sourceLocale = document.sourceLocale
    self.entries = entries
    self.orderedCodes = order
  }

  /// The entry for a code: the code itself, else its nearest listed parent.
  func resolve(_ code: String) -> (entry: Entry, exact: Bool)? {
    if let e = entries[code] { return (e, true) }
    var current = ErrorCode(code).parent
    while let c = current {
      if let e = entries[c.rawValue] { return (e, false) }
      current = c.parent
    }
    return nil
  }
}
