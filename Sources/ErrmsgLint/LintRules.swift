import ErrmsgICU
import ErrmsgModel

/// The translators' quality rules, each a small pure function over one text.
///
/// Positions are Unicode-scalar offsets into the pattern; ``LocaleChecks``
/// turns them into `file:line:column`.
enum LintRules {
  /// One problem in a text.
  struct Finding {
    var severity: Diagnostic.Severity = .error
    var offset: Int
    var kind: String
    var message: String
    var fix: String?
  }

  /// What kind of value an argument use needs, for comparing a translation with its source.
  ///
  /// `{n, plural, …}` and `{n, number, integer}` both take a number, so a
  /// language without plural forms may use either; a number where the source
  /// has a date, or a `select` where it has a number, is a real difference.
  enum ValueKind: String {
    case any, number, date, text

    init(_ use: ICUArgumentUse) {
      switch use.kind {
      case .plural, .selectordinal, .choice: self = .number
      case .select: self = .text
      case .none: self = .any
      case .simple:
        switch use.style {
        case "number", "spellout", "ordinal", "duration": self = .number
        case "date", "time": self = .date
        default: self = .any
        }
      }
    }

    func conflicts(with other: ValueKind) -> Bool {
      self != .any && other != .any && self != other
    }
  }

  /// An argument used in a way its declared type cannot support.
  static func kindMismatch(_ use: ICUArgumentUse, _ declaration: ArgumentDeclaration) -> String? {
    let numeric = declaration.type == .int || declaration.type == .double
    switch use.kind {
    case .plural, .selectordinal:
      if !numeric { return "{\(use.name)} is a \(declaration.type.rawValue); \(use.kind.rawValue) needs a number" }
    case .select:
      if declaration.type != .string { return "{\(use.name)} is a \(declaration.type.rawValue); select needs a string" }
    case .simple:
      switch use.style {
      case "number", "spellout", "ordinal", "duration":
        if !numeric { return "{\(use.name)} is a \(declaration.type.rawValue); '\(use.style!)' needs a number" }
      case "date", "time":
        if declaration.type != .date {
          return "{\(use.name)} is a \(declaration.type.rawValue); '\(use.style!)' needs a date"
        }
      default: break
      }
    case .choice:
      return "{\(use.name)} uses choice, which is deprecated; use plural or select"
    case .none: break
    }
    return nil
  }

  /// `plural`/`selectordinal` must have `other` and cover the locale's CLDR
  /// categories (a category the locale never uses is a warning); `select` must have `other`.
  static func pluralCoverage(_ use: ICUArgumentUse, locale: String) -> [Finding] {
    var out: [Finding] = []
    switch use.kind {
    case .select:
      if !use.keywords.contains("other") {
        out.append(
          Finding(
            offset: use.offset, kind: "plural", message: "select {\(use.name)} has no 'other' case",
            fix: "add other {…} for every value not listed"))
      }
    case .plural, .selectordinal:
      let ordinal = use.kind == .selectordinal
      let categories = ICUPluralRules.categories(locale: locale, ordinal: ordinal)
      let list = categories.joined(separator: ", ")
      if !use.keywords.contains("other") {
        out.append(
          Finding(
            offset: use.offset, kind: "plural", message: "\(use.kind.rawValue) {\(use.name)} has no 'other' case",
            fix: "add other {…}; \(locale) uses \(list)"))
      }
      for c in categories where c != "other" && !use.keywords.contains(c) {
        out.append(
          Finding(
            offset: use.offset, kind: "plural",
            message: "\(use.kind.rawValue) {\(use.name)} lacks the '\(c)' case that \(locale) uses",
            fix: "add \(c) {…}; \(locale) uses \(list)"))
      }
      for k in use.keywords where !k.hasPrefix("=") && !categories.contains(k) {
        out.append(
          Finding(
            severity: .warning, offset: use.offset, kind: "plural",
            message: "\(use.kind.rawValue) {\(use.name)} has a '\(k)' case that \(locale) never uses",
            fix: "remove it; \(locale) uses \(list)"))
      }
    default: break
    }
    return out
  }

  /// Empty texts, leading or trailing white space.
  static func whitespace(_ pattern: String, field: String) -> [Finding] {
    let scalars = Array(pattern.unicodeScalars)
    guard let first = scalars.first, let last = scalars.last else {
      return [
        Finding(offset: 0, kind: "empty", message: "\(field) is empty", fix: "write the text, or remove the field")
      ]
    }
    var out: [Finding] = []
    if first.properties.isWhitespace {
      out.append(Finding(offset: 0, kind: "whitespace", message: "\(field) starts with white space", fix: "remove it"))
    }
    if last.properties.isWhitespace {
      out.append(
        Finding(
          offset: scalars.count - 1, kind: "whitespace", message: "\(field) ends with white space", fix: "remove it"))
    }
    return out
  }

  /// Punctuation that does not fit the locale, in the literal text of a pattern.
  ///
  /// Chinese and Japanese use full-width `。，！？：；` (Japanese `、` for the
  /// comma) and never end a sentence with an ASCII period; every other locale
  /// uses ASCII punctuation, never full-width.
  static func punctuation(_ pattern: String, locale: String, field: String) -> [Finding] {
    let language = ICULocale.parts(locale).language
    var out: [Finding] = []
    for run in PatternScanner(pattern).literalRuns {
      if language == "zh" || language == "ja" {
        out += cjkPunctuation(run, japanese: language == "ja", field: field)
      } else {
        for c in run where fullWidth.contains(c.scalar) {
          out.append(
            Finding(
              offset: c.offset, kind: "punctuation", message: "full-width '\(c.scalar)' in \(locale) text",
              fix: "use ASCII punctuation (\(asciiFor[c.scalar] ?? "ASCII"))"))
        }
      }
    }
    return out
  }

  static let fullWidth: Set<Unicode.Scalar> = ["。", "，", "！", "？", "：", "；", "（", "）", "、", "「", "」"]
  private static let asciiFor: [Unicode.Scalar: String] = [
    "。": ". ", "，": ", ", "！": "! ", "？": "? ", "：": ": ", "；": "; ", "（": " (", "）": ") ", "、": ", ",
    "「": "“", "」": "”",
  ]

  private static func cjkPunctuation(
    _ run: [(offset: Int, scalar: Unicode.Scalar)], japanese: Bool, field: String
  ) -> [Finding] {
    let full: [Unicode.Scalar: String] = [
      ",": japanese ? "、" : "，", "!": "！", "?": "？", ":": "：", ";": "；", ".": "。",
    ]
    var out: [Finding] = []
    for (i, c) in run.enumerated() {
      guard let replacement = full[c.scalar] else { continue }
      let before = i > 0 ? run[i - 1].scalar : nil
      let after = i + 1 < run.count ? run[i + 1].scalar : nil
      let nextToCJK = (before.map(isCJK) ?? false) || (after.map(isCJK) ?? false)
      // An ASCII period ends a sentence when nothing, a space or CJK text follows,
      // unless it is part of a number or a name (10.0.0.0/16, ap-guangzhou.tencentcloudapi.com).
      let endsSentence =
        c.scalar == "." && (after == nil || after == " " || after.map(isCJK) == true)
        && !(before.map(isASCIIDigit) ?? false)
      if nextToCJK || endsSentence {
        let language = japanese ? "Japanese" : "Chinese"
        let what = endsSentence ? "an ASCII '.' ends a sentence" : "ASCII '\(c.scalar)' in \(language) text"
        out.append(
          Finding(offset: c.offset, kind: "punctuation", message: what, fix: "use the full-width '\(replacement)'"))
      }
    }
    return out
  }

  /// A translation compared with its source text: the same placeholders, used
  /// for the same kind of value; a copy of the source is worth a look.
  static func compareWithSource(
    _ pattern: String, _ sourcePattern: String, field: String, state: TranslationState
  ) -> [Finding] {
    guard let mine = try? ICUPattern.arguments(in: pattern),
      let theirs = try? ICUPattern.arguments(in: sourcePattern)
    else { return [] }
    var out: [Finding] = []
    var theirKinds: [String: ValueKind] = [:]
    for use in theirs where theirKinds[use.name] == nil || theirKinds[use.name] == .any {
      theirKinds[use.name] = ValueKind(use)
    }
    let myNames = Set(mine.map(\.name))
    for name in theirKinds.keys.sorted() where !myNames.contains(name) {
      out.append(
        Finding(
          offset: 0, kind: "placeholder", message: "\(field) does not use {\(name)}, which the source text uses",
          fix:
            "keep every placeholder of the source text (\(theirKinds.keys.sorted().map { "{\($0)}" }.joined(separator: ", ")))"
        ))
    }
    var reported: Set<String> = []
    for use in mine {
      guard let theirKind = theirKinds[use.name] else {
        if reported.insert(use.name).inserted {
          let names = theirKinds.keys.sorted().map { "{\($0)}" }.joined(separator: ", ")
          out.append(
            Finding(
              offset: use.offset, kind: "placeholder",
              message: "\(field) uses {\(use.name)}, which the source text does not",
              fix: names.isEmpty
                ? "the source text has no placeholders" : "use the same placeholders as the source text: \(names)"))
        }
        continue
      }
      let myKind = ValueKind(use)
      if myKind.conflicts(with: theirKind), reported.insert(use.name).inserted {
        out.append(
          Finding(
            offset: use.offset, kind: "placeholder",
            message:
              "\(field) uses {\(use.name)} as a \(myKind.rawValue) but the source text uses it as a \(theirKind.rawValue)",
            fix: "format it the way the source text does"))
      }
    }
    if pattern == sourcePattern, state != .new, pattern.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
      out.append(
        Finding(
          severity: .warning, offset: 0, kind: "untranslated", message: "\(field) is identical to the source text",
          fix: "translate it, or set \"state\": \"new\" until it is"))
    }
    return out
  }

  private static func isCJK(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x3000...0x303F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF:
      return true
    default:
      return false
    }
  }

  private static func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
}
