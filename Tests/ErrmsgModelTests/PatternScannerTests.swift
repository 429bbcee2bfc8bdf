import Testing

@testable import ErrmsgModel

/// The pattern scanner keeps every scalar: segments cover the pattern exactly.
@Suite struct PatternScannerTests {
  @Test(arguments: [
    "plain text", "A {n, plural, one {# x.} other {y '{'z'}' it''s}} B",
    "{a, select, x {{n, plural, one {#}}} other {}}",
    "It’s {count, number, integer} o''clock", "'{literal}' and {d, date, ::yMMMd}", "{unclosed", "",
  ])
  func segmentsCoverThePattern(pattern: String) {
    let scanner = PatternScanner(pattern)
    let rebuilt = scanner.segments.map { String(scanner.source(of: $0)) }.joined()
    #expect(rebuilt == pattern)
    var next = 0
    for segment in scanner.segments {
      #expect(segment.range.lowerBound == next)
      next = segment.range.upperBound
    }
    #expect(next == pattern.unicodeScalars.count)
  }

  @Test func kindsOfSegments() {
    let scanner = PatternScanner("Hi '{'x'}' {n, plural, one {# day} other {# days}}")
    let kinds = scanner.segments.map(\.kind)
    #expect(kinds == [.text, .quoted, .text, .quoted, .text, .syntax, .text, .syntax, .text, .syntax])
    #expect(scanner.complexArguments.map(\.selectors) == [["one", "other"]])
  }

  /// A hostile pattern nested 40,000 levels deep (lint's style checks scan it) is
  /// read down to the limit, the rest as syntax, without exhausting the stack.
  @Test func aDeepPatternStopsAtTheLimit() {
    let pattern =
      "A " + String(repeating: "{n, plural, other {b", count: 40_000) + "x" + String(repeating: "}}", count: 40_000)
    let scanner = PatternScanner(pattern)
    #expect(scanner.segments.map { String(scanner.source(of: $0)) }.joined() == pattern)
    #expect(scanner.complexArguments.count == PatternScanner.maximumDepth)
    #expect(scanner.segments.last?.kind == .syntax)
    #expect(scanner.literalRuns.count == PatternScanner.maximumDepth + 1)
    #expect(!scanner.literalRuns.joined().contains { $0.scalar == "x" })
  }
}
