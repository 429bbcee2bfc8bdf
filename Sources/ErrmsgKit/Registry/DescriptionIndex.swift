import ErrmsgModel

/// The official descriptions (both languages) by their normalised text: which
/// codes, in which products, a message that says exactly that could be.
///
/// Built on first use from the official tier, only when a pasted text states no
/// code; lookups that name a code never build it.
struct DescriptionIndex: Sendable {
  struct Candidates: Sendable {
    var codes: Set<String> = []
    var products: Set<String> = []
    /// The description as shown, for the evidence.
    var description: String = ""
  }

  private let table: [String: Candidates]

  /// Descriptions shorter than this (normalised) say too little to name a code.
  static let minimumScalars = 4

  init(_ tables: CatalogTables) {
    var table: [String: Candidates] = [:]
    for entry in tables.allOfficial {
      for text in [entry.zh, entry.en].compactMap({ $0 }) {
        let key = Self.normalised(text[...])
        guard key.unicodeScalars.count >= Self.minimumScalars else { continue }
        table[key, default: Candidates()].codes.insert(entry.code)
        table[key, default: Candidates()].products.insert(entry.product)
        if table[key]?.description.isEmpty ?? false { table[key]?.description = text }
      }
    }
    self.table = table
  }

  /// The candidates for a message, when its normalised text is an official description.
  func candidates(for message: String) -> Candidates? {
    table[Self.normalised(message[...])]
  }

  /// Lowercased letters and digits (any script), without spaces and punctuation.
  static func normalised(_ text: Substring) -> String {
    var out = String.UnicodeScalarView()
    for s in text.unicodeScalars where s.properties.isAlphabetic || s.properties.numericType != nil {
      out.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
    }
    return String(out)
  }
}
