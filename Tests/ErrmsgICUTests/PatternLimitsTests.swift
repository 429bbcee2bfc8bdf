import ErrmsgICU
import Testing

/// F5, F12: hostile patterns are refused before ICU parses them (no stack
/// overflow, no gigabytes of date formats), with the position of the fault.
@Suite struct PatternLimitsTests {
  static let deep =
    String(repeating: "{n, plural, other {", count: 40_000) + "x" + String(repeating: "}}", count: 40_000)

  @Test func aDeeplyNestedPatternIsRefusedWithItsPosition() throws {
    #expect(throws: ICUPatternError.self) { try ICUMessageFormat(pattern: Self.deep, locale: "en-US") }
    do {
      _ = try ICUPattern.arguments(in: Self.deep)
      Issue.record("no error")
    } catch {
      #expect(error.status == "ERRMSG_PATTERN_TOO_DEEP")
      // The 33rd brace opens the 17th level (19 characters each).
      #expect(error.offset == 16 * 19)
      #expect(error.line == 1 && error.column == 16 * 19 + 1)
      #expect(error.message.hasPrefix("braces nested deeper than 32 levels near '"))
    }
  }

  @Test func thousandsOfDatePlaceholdersAreRefused() throws {
    let many = String(repeating: "{t, date, ::yMMMdHHmmss}", count: 20_000)
    do {
      _ = try ICUMessageFormat(pattern: many, locale: "en-US")
      Issue.record("no error")
    } catch {
      #expect(error.status == "ERRMSG_PATTERN_TOO_MANY_ARGUMENTS")
      #expect(error.offset == 256 * 24)
    }
  }

  @Test func anOverlongPatternIsRefused() throws {
    let long = String(repeating: "a", count: PatternLimits.maximumScalars + 1)
    #expect(PatternLimits.violation(in: long)?.status == "ERRMSG_PATTERN_TOO_LONG")
    #expect(PatternLimits.violation(in: String(long.dropLast())) == nil)
  }

  @Test func patternsWithinTheLimitsStillWork() throws {
    let nested32 = String(repeating: "{n, plural, other {", count: 16) + "#" + String(repeating: "}}", count: 16)
    #expect(PatternLimits.violation(in: nested32) == nil)
    #expect(try ICUMessageFormat(pattern: nested32, locale: "en-US").format(["n": .int(3)]) == "3")
    // Quoted braces are text, not nesting.
    let quoted = String(repeating: "'{'x", count: 300) + " it''s '{''}'"
    #expect(PatternLimits.violation(in: quoted) == nil)
    #expect(
      try ICUMessageFormat(pattern: quoted, locale: "en-US").format([:])
        == String(repeating: "{x", count: 300) + " it's {'}")
    let braces256 = String(repeating: "{a}", count: 256)
    #expect(PatternLimits.violation(in: braces256) == nil)
    #expect(PatternLimits.violation(in: braces256 + "{a}")?.status == "ERRMSG_PATTERN_TOO_MANY_ARGUMENTS")
  }
}
