import ErrmsgICU
import ErrmsgModel

/// The style guide's checks (Locales/README.md, "Style guide") on one locale file.
///
/// The rules come from `Locales/glossary/terms.json` next to the locale
/// folders: zh-CN `你` and `「」`, zh-TW mainland vocabulary and `“ ”`, English
/// product-name variants. Full-width and CJK punctuation in a non-CJK text is
/// built in (``LintRules/punctuation(_:locale:field:)`` reports the common
/// marks; this adds the rest). Only literal text is checked, never argument
/// names or ICU syntax. A Locales folder without a glossary gets the built-in
/// check only.
struct StyleChecks {
  let locale: String
  let file: SourceFile
  /// Whether to report a broken glossary (done once, with the source locale's common.json).
  let reportsGlossary: Bool

  func run(_ document: LocaleDocument) -> [Diagnostic] {
    var out: [Diagnostic] = []
    var rules: [StyleGlossary.Rule] = []
    let path = Self.glossaryPath(for: file.name, locale: locale)
    if CatalogFolders.exists(path) {
      switch CatalogFolders.read(path) {
      case .success(let glossaryFile):
        let (glossary, problems) = StyleGlossary.read(glossaryFile)
        if reportsGlossary { out += problems }
        rules = glossary?.rules(for: locale) ?? []
      case .failure(let problem):
        if reportsGlossary { out.append(problem.diagnostic) }
      }
    }
    var texts: [(code: String?, text: TextRecord)] = []
    for entry in document.messages { texts += entry.texts.map { (entry.code, $0.text) } }
    texts += (document.unknown?.texts ?? []).map { (nil, $0.text) }
    texts += document.ui.sorted { $0.key < $1.key }.map { (nil, $0.value) }
    for (code, text) in texts {
      out += Self.findings(in: text.pattern, locale: locale, rules: rules).map {
        file.diagnostic($0.severity, in: text, at: $0.offset, code: code, kind: $0.kind, $0.message, fix: $0.fix)
      }
    }
    return out
  }

  /// `Locales/glossary/terms.json` for `Locales/<locale>/<product>.json` (or a whole-locale `Locales/<locale>.json`).
  static func glossaryPath(for fileName: String, locale: String) -> String {
    var parts = fileName.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    let name = parts.popLast() ?? ""
    if name != locale + ".json", !parts.isEmpty { parts.removeLast() }
    return (parts + ["glossary", "terms.json"]).joined(separator: "/")
  }

  /// The style findings in one pattern (scalar offsets into it).
  static func findings(in pattern: String, locale: String, rules: [StyleGlossary.Rule]) -> [LintRules.Finding] {
    let language = ICULocale.parts(locale).language
    let cjk = language == "zh" || language == "ja"
    var out: [LintRules.Finding] = []
    for run in PatternScanner(pattern).literalRuns {
      let scalars = run.map(\.scalar)
      for match in matches(in: scalars, rules: rules) {
        let rule = match.rule
        let found = String(String.UnicodeScalarView(scalars[match.start..<(match.start + rule.text.count)]))
        var message = "'\(found)' in \(locale) text"
        if let meaning = rule.meaning { message += " (for “\(meaning)”)" }
        if let why = rule.why { message += ": \(why)" }
        out.append(
          LintRules.Finding(
            severity: rule.severity, offset: run[match.start].offset, kind: rule.kind, message: message,
            fix: "write '\(rule.write)'"))
      }
      guard !cjk else { continue }
      for c in run where isOtherFullWidth(c.scalar) {
        out.append(
          LintRules.Finding(
            offset: c.offset, kind: "punctuation",
            message: "full-width or CJK character '\(c.scalar)' (U+\(hex(c.scalar))) in \(locale) text",
            fix: "use \(asciiFor(c.scalar))"))
      }
    }
    return out
  }

  /// Where the rules match, longest first where two overlap.
  static func matches(
    in s: [Unicode.Scalar], rules: [StyleGlossary.Rule]
  ) -> [(start: Int, rule: StyleGlossary.Rule)] {
    var found: [(start: Int, rule: StyleGlossary.Rule)] = []
    for rule in rules where rule.text.count <= s.count {
      let n = rule.text.count
      for i in 0...(s.count - n) where equal(s, at: i, rule.text, ignoreCase: rule.ignoreCase) {
        if isWordScalar(rule.text[0]), i > 0, isWordScalar(s[i - 1]) || s[i - 1] == "." || s[i - 1] == "/" {
          continue
        }
        if isWordScalar(rule.text[n - 1]), i + n < s.count {
          let next = s[i + n]
          let linked = (next == "." || next == "/") && i + n + 1 < s.count && isWordScalar(s[i + n + 1])
          if isWordScalar(next) || linked { continue }
        }
        if rule.except.contains(where: { covers($0, s, i, rule.text) }) { continue }
        found.append((i, rule))
      }
    }
    found.sort { $0.start != $1.start ? $0.start < $1.start : $0.rule.text.count > $1.rule.text.count }
    var out: [(start: Int, rule: StyleGlossary.Rule)] = []
    var end = 0
    for f in found where f.start >= end {
      out.append(f)
      end = f.start + f.rule.text.count
    }
    return out
  }

  /// Whether `word` (which contains `text`) stands in `s` around the match of `text` at `i`.
  private static func covers(_ word: [Unicode.Scalar], _ s: [Unicode.Scalar], _ i: Int, _ text: [Unicode.Scalar])
    -> Bool
  {
    guard word.count >= text.count else { return false }
    for p in 0...(word.count - text.count) where equal(word, at: p, text, ignoreCase: true) {
      let start = i - p
      if start >= 0, start + word.count <= s.count, equal(s, at: start, word, ignoreCase: false) { return true }
    }
    return false
  }

  private static func equal(_ s: [Unicode.Scalar], at i: Int, _ t: [Unicode.Scalar], ignoreCase: Bool) -> Bool {
    guard i + t.count <= s.count else { return false }
    for k in 0..<t.count {
      let a = s[i + k]
      let b = t[k]
      if a == b { continue }
      if ignoreCase, lowerASCII(a) == lowerASCII(b) { continue }
      return false
    }
    return true
  }

  private static func lowerASCII(_ c: Unicode.Scalar) -> Unicode.Scalar {
    (0x41...0x5A).contains(c.value) ? Unicode.Scalar(c.value + 0x20)! : c
  }

  /// ASCII letters, digits, `_` and `-`: the characters of a Latin word or identifier.
  private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F, 0x2D: return true
    default: return false
    }
  }

  /// Full-width forms and CJK punctuation that ``LintRules/punctuation(_:locale:field:)`` does not report.
  static func isOtherFullWidth(_ c: Unicode.Scalar) -> Bool {
    guard !LintRules.fullWidth.contains(c) else { return false }
    switch c.value {
    case 0x3000...0x303F, 0xFF01...0xFF64: return true
    default: return false
    }
  }

  private static func asciiFor(_ c: Unicode.Scalar) -> String {
    switch c {
    case "\u{3000}": return "an ASCII space"
    case "《", "〈": return "“"
    case "》", "〉": return "”"
    case "『": return "‘"
    case "』": return "’"
    case "【", "〔", "〖": return "["
    case "】", "〕", "〗": return "]"
    case "〜": return "~ (or – for a range)"
    default:
      if (0xFF01...0xFF5E).contains(c.value), let ascii = Unicode.Scalar(c.value - 0xFEE0) { return "'\(ascii)'" }
      return "ASCII punctuation"
    }
  }

  private static func hex(_ c: Unicode.Scalar) -> String {
    let digits = String(c.value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
