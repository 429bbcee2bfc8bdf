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
}
