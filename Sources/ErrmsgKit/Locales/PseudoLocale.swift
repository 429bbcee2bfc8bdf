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
    var walker = Walker(Array(pattern.unicodeScalars), style: style)
    walker.message(depth: 0, inPlural: false)
    walker.flush()
    switch style {
    case .accented:
      let padding = Self.padding(forLength: walker.literalLength)
      return "[" + walker.output + (padding.isEmpty ? "" : " " + padding) + "]"
    case .rightToLeft:
      return "\u{200F}" + walker.output
    }
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

  /// Copies syntax as is and hands literal text to the style.
  private struct Walker {
    let s: [Unicode.Scalar]
    let style: Style
    var i = 0
    var output = ""
    var literal = String.UnicodeScalarView()
    var literalLength = 0

    init(_ scalars: [Unicode.Scalar], style: Style) {
      self.s = scalars
      self.style = style
    }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? { i + offset < s.count ? s[i + offset] : nil }

    mutating func copy(_ count: Int = 1) {
      flush()
      for _ in 0..<count where i < s.count {
        output.unicodeScalars.append(s[i])
        i += 1
      }
    }

    mutating func flush() {
      guard !literal.isEmpty else { return }
      literalLength += literal.count
      switch style {
      case .accented:
        for scalar in literal { output.unicodeScalars.append(PseudoLocale.accents[scalar] ?? scalar) }
      case .rightToLeft:
        var inWord = false
        for scalar in literal {
          let wordCharacter = !scalar.properties.isWhitespace
          if wordCharacter && !inWord { output.unicodeScalars.append("\u{202E}") }
          if !wordCharacter && inWord { output.unicodeScalars.append("\u{202C}") }
          output.unicodeScalars.append(scalar)
          inWord = wordCharacter
        }
        if inWord { output.unicodeScalars.append("\u{202C}") }
      }
      literal = String.UnicodeScalarView()
    }

    /// Message text up to the `}` that closes a sub-message (left unread) or the end.
    mutating func message(depth: Int, inPlural: Bool) {
      while let c = peek() {
        switch c {
        case "'":
          let next = peek(1)
          if next == "'" {
            copy(2)
          } else if let next, next == "{" || next == "}" || (inPlural && next == "#") {
            copy()
            while let q = peek() {
              if q == "'" {
                if peek(1) == "'" {
                  copy(2)
                  continue
                }
                copy()
                break
              }
              copy()
            }
          } else {
            copy()
          }
        case "{":
          argument(depth: depth)
        case "}":
          if depth > 0 { return }
          copy()
        case "#" where inPlural:
          copy()
        default:
          literal.append(c)
          i += 1
        }
      }
    }

    mutating func skipWhitespace() {
      while let c = peek(), c.properties.isPatternWhitespace { copy() }
    }

    mutating func word(until stops: Set<Unicode.Scalar>) -> String {
      var out = ""
      while let c = peek(), !stops.contains(c), !c.properties.isPatternWhitespace {
        out.unicodeScalars.append(c)
        copy()
      }
      return out
    }

    /// An argument from `{` through `}`: syntax copied, sub-messages walked.
    mutating func argument(depth: Int) {
      copy()  // {
      skipWhitespace()
      _ = word(until: [",", "}"])
      skipWhitespace()
      guard peek() == "," else {
        if peek() == "}" { copy() }
        return
      }
      copy()
      skipWhitespace()
      let type = word(until: [",", "}"])
      skipWhitespace()
      guard peek() == "," else {
        if peek() == "}" { copy() }
        return
      }
      copy()
      guard type == "plural" || type == "selectordinal" || type == "select" else {
        // A style or a choice body: copied through the argument's `}`.
        var nesting = 0
        while let c = peek() {
          copy()
          if c == "'" {
            while let q = peek() {
              copy()
              if q == "'" { break }
            }
          } else if c == "{" {
            nesting += 1
          } else if c == "}" {
            if nesting == 0 { return }
            nesting -= 1
          }
        }
        return
      }
      while true {
        skipWhitespace()
        guard let c = peek() else { return }
        if c == "}" {
          copy()
          return
        }
        if c == "{" {
          copy()
          message(depth: depth + 1, inPlural: type != "select")
          flush()
          if peek() == "}" { copy() }
          continue
        }
        if word(until: ["{", "}"]).isEmpty { copy() }
      }
    }
  }
}
