import ErrmsgModel

/// A pseudo-locale made from the source locale's texts at run time, for
/// testing user interfaces without a translation.
///
/// - `en-XA` (accented): every letter of the literal text gets an accent and
///   the message is bracketed and padded about 35% longer, as in
///   `[Ŧĥé ŕéǫûéšţ ŵåš ŕéĵéçţéð. one two three]`. Truncation, hard-coded
///   strings and missing Unicode support show at a glance.
/// - `ar-XB` (right to left): every word of the literal text is wrapped in
///   RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING and the message
///   starts with a RIGHT-TO-LEFT MARK, so it lays out as right-to-left text.
///
/// Only literal text changes: argument syntax (`{n, plural, one {…}}`),
/// names, selectors, `#` and apostrophe-quoted text stay as they were, so the
/// pattern formats the same arguments as its source. Requested only by its
/// exact tag; negotiation never picks a pseudo-locale for `ar` or `en`.
struct PseudoLocale: Sendable, Hashable {
  /// How the literal text is changed.
  enum Style: Sendable, Hashable {
    case accented, rightToLeft
  }

  /// The tag (`en-XA` or `ar-XB`).
  let tag: String
  let style: Style

  /// The pseudo-locales, by tag.
  static let all: [PseudoLocale] = [
    PseudoLocale(tag: "en-XA", style: .accented), PseudoLocale(tag: "ar-XB", style: .rightToLeft),
  ]

  private init(tag: String, style: Style) {
    self.tag = tag
    self.style = style
  }

  /// The pseudo-locale with this tag (any case, `-` or `_`), if it is one.
  init?(_ tag: String) {
    let wanted = tag.replacing("_", with: "-").lowercased()
    guard let match = Self.all.first(where: { $0.tag.lowercased() == wanted }) else { return nil }
    self = match
  }

  /// The text with its pattern pseudo-localized.
  func apply(to text: TextRecord) -> TextRecord {
    TextRecord(pattern: transform(text.pattern), offset: text.offset)
  }

  /// Pseudo-localizes the literal text of an ICU MessageFormat pattern.
  func transform(_ pattern: String) -> String {
    let scanner = PatternScanner(pattern)
    var output = String.UnicodeScalarView()
    var literalLength = 0
    for segment in scanner.segments {
      switch segment.kind {
      case .syntax, .quoted:
        output.append(contentsOf: scanner.source(of: segment))
      case .text:
        literalLength += segment.visible.count
        output.append(contentsOf: restyle(segment.visible.map(\.scalar)))
      }
    }
    switch style {
    case .accented:
      let padding = Self.padding(forLength: literalLength)
      return "[" + String(output) + (padding.isEmpty ? "" : " " + padding) + "]"
    case .rightToLeft:
      return "\u{200F}" + String(output)
    }
  }

  /// Literal text in the pseudo-locale's style.
  private func restyle(_ literal: [Unicode.Scalar]) -> String.UnicodeScalarView {
    var out = String.UnicodeScalarView()
    switch style {
    case .accented:
      for scalar in literal { out.append(Self.accents[scalar] ?? scalar) }
    case .rightToLeft:
      var inWord = false
      for scalar in literal {
        let wordCharacter = !scalar.properties.isWhitespace
        if wordCharacter && !inWord { out.append("\u{202E}") }
        if !wordCharacter && inWord { out.append("\u{202C}") }
        out.append(scalar)
        inWord = wordCharacter
      }
      if inWord { out.append("\u{202C}") }
    }
    return out
  }

  /// Words that make the text about 35% longer than `length` characters.
  private static func padding(forLength length: Int) -> String {
    let words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    let wanted = (length * 35 + 99) / 100
    var out = ""
    var i = 0
    while out.unicodeScalars.count + 1 < wanted {
      out += (out.isEmpty ? "" : " ") + words[i % words.count]
      i += 1
    }
    return out
  }

  /// Accented look-alikes of ASCII letters.
  private static let accents: [Unicode.Scalar: Unicode.Scalar] = {
    let plain = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".unicodeScalars)
    let fancy = Array("åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŦÛṼŴẊÝŽ".unicodeScalars)
    return Dictionary(uniqueKeysWithValues: zip(plain, fancy))
  }()
}
