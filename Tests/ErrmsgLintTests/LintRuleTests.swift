import ErrmsgICU
import ErrmsgModel
import Testing

@testable import ErrmsgLint

/// The translators' rules, one text at a time.
@Suite struct LintRuleTests {
  @Test func literalRunsSkipSyntaxAndKeepQuotedText() {
    let runs = PatternScanner("A {n, plural, one {# x.} other {y '{'z'}' it''s}} B").literalRuns
    let texts = runs.map { String(String.UnicodeScalarView($0.map(\.scalar))) }
    #expect(texts == ["A ", " x.", "y {z} it's", " B"])
    #expect(runs[0][0].offset == 0)
  }

  @Test func complexArgumentsOfABrokenPattern() {
    let args = PatternScanner("{a, select, x {{n, plural, one {#}}} other {}}").complexArguments
    #expect(args.map(\.name) == ["a", "n"])
    #expect(args[1].selectors == ["one"])
    #expect(args[1].offset == 15)
  }

  @Test(arguments: [
    ("腾讯云未能完成此操作.", true),
    ("请求失败,请重试。", true),
    ("请使用 10.0.0.0/16 网段。", false),
    ("例如 ap-guangzhou。", false),
    ("版本 {version}.", true),
    ("{n, plural, other {# 个.}}", true),
    ("请使用 TC3-HMAC-SHA256。", false),
  ])
  func chinesePunctuation(pattern: String, flagged: Bool) {
    let findings = LintRules.punctuation(pattern, locale: "zh-CN", field: "message")
    #expect(!findings.isEmpty == flagged, "\(findings.map(\.message))")
  }

  @Test func englishPunctuation() {
    #expect(LintRules.punctuation("It failed。", locale: "en-US", field: "message").count == 1)
    #expect(LintRules.punctuation("It failed: try again.", locale: "en-US", field: "message").isEmpty)
    // Argument syntax is not text: a full-width comma inside a select keyword would be, but braces are not.
    #expect(LintRules.punctuation("{a, select, x {ok} other {fine}}.", locale: "en", field: "detail").isEmpty)
  }

  @Test func whitespace() {
    #expect(LintRules.whitespace("", field: "hint").map(\.kind) == ["empty"])
    #expect(LintRules.whitespace(" a ", field: "hint").map(\.offset) == [0, 2])
    #expect(LintRules.whitespace("a", field: "hint").isEmpty)
  }

  @Test func pluralCategoriesPerLocale() throws {
    func findings(_ pattern: String, _ locale: String) -> [LintRules.Finding] {
      PatternChecks.uses(pattern).flatMap { LintRules.pluralCoverage($0, locale: locale) }
    }
    #expect(findings("{n, plural, one {#} other {#}}", "en").isEmpty)
    #expect(findings("{n, plural, other {#}}", "en").map(\.severity) == [.error])
    // Russian needs one, few, many.
    #expect(findings("{n, plural, one {#} other {#}}", "ru").filter { $0.severity == .error }.count == 2)
    // Chinese has only other: a 'one' case is never used.
    let zh = findings("{n, plural, one {#} other {#}}", "zh-CN")
    #expect(zh.map(\.severity) == [.warning])
    // Explicit values are always fine.
    #expect(findings("{n, plural, =0 {none} other {#}}", "zh").isEmpty)
    #expect(findings("{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}", "en").isEmpty)
    #expect(findings("{n, selectordinal, one {#st} other {#th}}", "en").count == 2)
  }

  @Test func sourceParity() {
    func kinds(_ mine: String, _ source: String, state: TranslationState = .translated) -> [String] {
      LintRules.compareWithSource(mine, source, field: "detail", state: state).map(\.kind)
    }
    // A plural in the source may be a number (or bare) in a language without plural forms.
    #expect(kinds("{n, number, integer} 个", "{n, plural, one {# item} other {# items}}").isEmpty)
    #expect(kinds("{n} 个", "{n, plural, one {# item} other {# items}}").isEmpty)
    #expect(kinds("{n, date, short}", "{n, plural, one {# item} other {# items}}") == ["placeholder"])
    #expect(kinds("无", "{n, plural, one {# item} other {# items}}") == ["placeholder"])
    #expect(kinds("{n} {m}", "{n}") == ["placeholder"])
    #expect(kinds("Same text", "Same text") == ["untranslated"])
    #expect(kinds("Same text", "Same text", state: .new).isEmpty)
  }
}

/// The argument uses of a pattern (through ICU), for the rule tests.
enum PatternChecks {
  static func uses(_ pattern: String) -> [ICUArgumentUse] {
    (try? ICUPattern.arguments(in: pattern)) ?? []
  }
}
