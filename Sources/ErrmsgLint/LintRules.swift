import ErrmsgICU
import ErrmsgModel

/// The translators' quality rules, each a small pure function.
enum LintRules {
  struct Finding {
    var offset: Int
    var kind: String
    var message: String
    var fix: String?
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
        if declaration.type != .date { return "{\(use.name)} is a \(declaration.type.rawValue); '\(use.style!)' needs a date" }
      default: break
      }
    case .choice:
      return "{\(use.name)} uses choice, which is deprecated; use plural or select"
    case .none: break
    }
    return nil
  }

  /// `plural`/`selectordinal` must cover the locale's CLDR categories and have `other`; `select` must have `other`.
  static func pluralCoverage(_ use: ICUArgumentUse, locale: String) -> [(severity: Diagnostic.Severity, message: String)] {
    var out: [(Diagnostic.Severity, String)] = []
    switch use.kind {
    case .select:
      if !use.keywords.contains("other") {
        out.append((.error, "select {\(use.name)} has no 'other' case"))
      }
    case .plural, .selectordinal:
      let ordinal = use.kind == .selectordinal
      let categories = ICUPluralRules.categories(locale: locale, ordinal: ordinal)
      if !use.keywords.contains("other") {
        out.append((.error, "\(use.kind.rawValue) {\(use.name)} has no 'other' case"))
      }
      for c in categories where !use.keywords.contains(c) {
        out.append(
          (.error, "\(use.kind.rawValue) {\(use.name)} lacks the '\(c)' case that \(locale) uses (it has: \(categories.joined(separator: ", ")))"))
      }
      for k in use.keywords where !k.hasPrefix("=") && !categories.contains(k) {
        out.append((.warning, "\(use.kind.rawValue) {\(use.name)} has a '\(k)' case that \(locale) never uses"))
      }
    default: break
    }
    return out
  }

  /// Leading or trailing white space, and punctuation that does not fit the locale.
  static func whitespaceAndPunctuation(_ pattern: String, locale: String, field: String) -> [Finding] {
    var out: [Finding] = []
    let scalars = Array(pattern.unicodeScalars)
    if scalars.isEmpty {
      return [Finding(offset: 0, kind: "empty", message: "\(field) is empty", fix: "write the text, or remove the field")]
    }
    if scalars.first!.properties.isWhitespace {
      out.append(Finding(offset: 0, kind: "whitespace", message: "\(field) starts with white space", fix: "remove it"))
    }
    if scalars.last!.properties.isWhitespace {
      out.append(
        Finding(offset: scalars.count - 1, kind: "whitespace", message: "\(field) ends with white space", fix: "remove it"))
    }
    let language = locale.split(separator: "-").first.map(String.init) ?? locale
    if language == "zh" || language == "ja" {
      let asciiToFull: [Unicode.Scalar: String] = [",": "，", "!": "！", "?": "？", ":": "：", ";": "；", ".": "。"]
      for (i, s) in scalars.enumerated() {
        guard let full = asciiToFull[s] else { continue }
        let before = i > 0 ? scalars[i - 1] : nil
        let after = i + 1 < scalars.count ? scalars[i + 1] : nil
        let nextToCJK = (before.map(isCJK) ?? false) || (after.map(isCJK) ?? false)
        let endsSentence = s == "." && (after == nil || after == " " || after.map(isCJK) == true)
          && !(before.map(isASCIIDigit) ?? false)
        if nextToCJK || (endsSentence && s == ".") {
          out.append(
            Finding(
              offset: i, kind: "punctuation",
              message: "ASCII '\(s)' in Chinese text", fix: "use the full-width '\(full)'"))
        }
      }
    } else {
      let full: Set<Unicode.Scalar> = ["。", "，", "！", "？", "：", "；", "（", "）", "、", "「", "」"]
      for (i, s) in scalars.enumerated() where full.contains(s) {
        out.append(
          Finding(
            offset: i, kind: "punctuation", message: "full-width '\(s)' in \(locale) text",
            fix: "use ASCII punctuation"))
      }
    }
    return out
  }

  /// Parity with the source locale's text: the same arguments, used the same way;
  /// a copy of the source is worth a look.
  static func compareWithSource(
    _ text: TextRecord, _ sourceText: TextRecord?, field: String, code: String?, file: SourceFile,
    state: TranslationState
  ) -> [Diagnostic] {
    guard let sourceText else { return [] }
    var out: [Diagnostic] = []
    func at(_ offset: Int) -> Diagnostic {
      var d = file.diagnostic(.error, at: text.offset, code: code, kind: "parity", "")
      d.column += 1 + max(0, offset)
      return d
    }
    guard let mine = try? ICUPattern.arguments(in: text.pattern),
      let theirs = try? ICUPattern.arguments(in: sourceText.pattern)
    else { return [] }
    let myKinds = Dictionary(mine.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
    let theirKinds = Dictionary(theirs.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
    for (name, kind) in theirKinds.sorted(by: { $0.key < $1.key }) {
      guard let mineKind = myKinds[name] else {
        var d = at(0)
        d.message = "\(field) does not use {\(name)}, which the source text uses"
        d.fix = "keep every placeholder of the source text"
        out.append(d)
        continue
      }
      if mineKind != kind, !(Set([mineKind, kind]).isSubset(of: [.none, .simple])) {
        var d = at(mine.first { $0.name == name }?.offset ?? 0)
        d.message = "\(field) uses {\(name)} as \(mineKind.rawValue) but the source text uses \(kind.rawValue)"
        out.append(d)
      }
    }
    for use in mine where theirKinds[use.name] == nil {
      var d = at(use.offset)
      d.message = "\(field) uses {\(use.name)}, which the source text does not"
      d.fix = "use the same placeholders as the source text"
      out.append(d)
    }
    if text.pattern == sourceText.pattern, state != .new {
      var d = at(0)
      d.severity = .warning
      d.kind = "untranslated"
      d.message = "\(field) is identical to the source text"
      d.fix = "translate it, or set \"state\": \"new\""
      out.append(d)
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
