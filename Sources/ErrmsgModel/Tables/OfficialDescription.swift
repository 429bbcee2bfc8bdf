/// When and how an official description is shown to a reader.
///
/// The SDKs' descriptions are facts about a code, written for developers: some
/// only repeat the code, some are empty or placeholders, punctuation varies.
/// `display` gives the text to show, or nil when the family's text should be
/// shown instead.
package enum OfficialDescription {
  package enum Language: Sendable {
    case chinese, english
  }

  /// The description in display form, or nil when it is not fit to show.
  package static func display(_ raw: String, language: Language, code: String) -> String? {
    var text = raw.trimmingCharacters(in: " \t\r\n\u{3000}")
    if text.isEmpty { return nil }
    if text.contains("%s") || text.contains("%d") || text.contains("{") || text.contains("}") { return nil }
    let bare = Self.letters(text)
    let last = code.split(separator: ".").last.map(String.init) ?? code
    if bare.isEmpty || bare == Self.letters(code) || bare == Self.letters(last) { return nil }
    if ["xxx", "todo", "暂无", "无", "none", "null"].contains(bare) { return nil }
    switch language {
    case .chinese:
      if let end = text.unicodeScalars.last, !"。！？.!?）)".unicodeScalars.contains(end) { text += "。" }
    case .english:
      if let end = text.unicodeScalars.last, !".!?)".unicodeScalars.contains(end) { text += "." }
    }
    return text
  }

  /// Lowercased letters, digits and CJK, without spaces and punctuation.
  private static func letters(_ s: String) -> String {
    String(
      String.UnicodeScalarView(
        s.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map {
          $0.properties.lowercaseMapping.unicodeScalars.first ?? $0
        }))
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String {
    let drop = Set(set.unicodeScalars)
    var scalars = Substring(self).unicodeScalars
    while let f = scalars.first, drop.contains(f) { scalars.removeFirst() }
    while let l = scalars.last, drop.contains(l) { scalars.removeLast() }
    return String(scalars)
  }
}
