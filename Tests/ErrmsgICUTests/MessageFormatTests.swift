import ErrmsgICU
import Testing

/// All ICU tests run one after another: `liveHandleCount` is process-wide.
@Suite(.serialized) struct ICUTests {}

private func format(
  _ pattern: String, locale: String = "en", timeZone: String? = nil,
  _ arguments: [String: ICUArgumentValue]
) throws -> String {
  try ICUMessageFormat(pattern: pattern, locale: locale, timeZone: timeZone).format(arguments)
}

extension ICUTests {
  @Suite struct Formatting {
    @Test func pluralEnglish() throws {
      let message = try ICUMessageFormat(
        pattern: "{n, plural, one {# file} other {# files}}", locale: "en")
      #expect(try message.format(["n": .int(1)]) == "1 file")
      #expect(try message.format(["n": .int(2)]) == "2 files")
      #expect(try message.format(["n": .int(1000)]) == "1,000 files")
      #expect(try message.format(["n": .double(1.5)]) == "1.5 files")
      #expect(message.pattern == "{n, plural, one {# file} other {# files}}")
      #expect(message.locale == "en")
    }

    @Test func pluralChineseGroupsDigits() throws {
      let message = try ICUMessageFormat(
        pattern: "{n, plural, other {共 # 个文件}}", locale: "zh-CN")
      #expect(try message.format(["n": .int(1)]) == "共 1 个文件")
      #expect(try message.format(["n": .int(12345)]) == "共 12,345 个文件")
    }

    @Test func pluralExplicitValueAndOffset() throws {
      let message = try ICUMessageFormat(
        pattern: "{n, plural, =0 {no files} one {one file} other {# files}}", locale: "en")
      #expect(try message.format(["n": .int(0)]) == "no files")
      #expect(try message.format(["n": .int(1)]) == "one file")
      #expect(try message.format(["n": .int(7)]) == "7 files")
    }

    @Test func selectOrdinalEnglish() throws {
      let message = try ICUMessageFormat(
        pattern: "{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}", locale: "en")
      let got = try [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map {
        try message.format(["n": .int(Int64($0))])
      }
      #expect(got == ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st"])
    }

    @Test func selectFallsBackToOther() throws {
      let message = try ICUMessageFormat(
        pattern: "{region, select, cn {mainland China} hk {Hong Kong} other {region {region}}}",
        locale: "en")
      #expect(try message.format(["region": .string("cn")]) == "mainland China")
      #expect(try message.format(["region": .string("hk")]) == "Hong Kong")
      #expect(try message.format(["region": .string("sg")]) == "region sg")
    }

    @Test func pluralNestedInSelect() throws {
      let message = try ICUMessageFormat(
        pattern: """
          {who, select, self {{n, plural, one {You have # key} other {You have # keys}}} \
          other {{name} has {n, plural, one {# key} other {# keys}}}}
          """,
        locale: "en")
      #expect(try message.format(["who": .string("self"), "n": .int(1), "name": .string("x")]) == "You have 1 key")
      #expect(try message.format(["who": .string("self"), "n": .int(3), "name": .string("x")]) == "You have 3 keys")
      #expect(try message.format(["who": .string("user"), "n": .int(2), "name": .string("Ann")]) == "Ann has 2 keys")
    }

    @Test func literalQuoting() throws {
      #expect(try format("'{'literal'}' {n}", ["n": .int(5)]) == "{literal} 5")
      #expect(try format("It''s {n}", ["n": .int(5)]) == "It's 5")
      #expect(try format("don't", [:]) == "don't")
      #expect(try format("'{n}' is {n}", ["n": .int(1)]) == "{n} is 1")
      #expect(try format("{n, plural, other {'#' is #}}", ["n": .int(3)]) == "# is 3")
    }

    @Test func stringValuesAreNeverSyntax() throws {
      let tricky = "{n} '{x}' it's # {n, plural, other {#}} ''"
      #expect(try format("value: {v}", ["v": .string(tricky)]) == "value: \(tricky)")
      #expect(
        try format(
          "{n, plural, other {# of {v}}}", ["n": .int(2), "v": .string("#{}'")]) == "2 of #{}'")
      #expect(try format("{v}", ["v": .string("")]) == "")
      #expect(try format("{v}", ["v": .string("简体中文 🇨🇳 e\u{301}")]) == "简体中文 🇨🇳 e\u{301}")
    }

    @Test func arrayAndDictionaryFormsAgree() throws {
      let message = try ICUMessageFormat(pattern: "{a} and {b}", locale: "en")
      #expect(try message.format([(name: "a", value: .string("x")), (name: "b", value: .int(2))]) == "x and 2")
      #expect(try message.format(["a": .string("x"), "b": .int(2)]) == "x and 2")
      // Extra arguments are fine; a repeated name uses the last value.
      #expect(
        try message.format([
          (name: "a", value: .string("x")), (name: "zzz", value: .int(9)),
          (name: "b", value: .int(1)), (name: "b", value: .int(2)),
        ]) == "x and 2")
    }

    @Test func numberedArguments() throws {
      #expect(try format("{0} of {1}", ["0": .int(1), "1": .int(3)]) == "1 of 3")
    }

    @Test func numberSkeletons() throws {
      #expect(try format("{n, number, ::compact-short}", ["n": .int(12345)]) == "12K")
      #expect(try format("{n, number, ::compact-short}", locale: "zh-CN", ["n": .int(12345)]) == "1.2万")
      #expect(try format("{n, number, integer}", ["n": .double(1234.56)]) == "1,235")
      #expect(try format("{n, number, ::percent scale/100}", ["n": .double(0.25)]) == "25%")
      #expect(try format("{n, number}", locale: "de", ["n": .double(1234.5)]) == "1.234,5")
    }

    @Test func dateSkeletons() throws {
      // 2023-11-14T22:13:20Z
      let instant = ICUArgumentValue.date(millisecondsSince1970: 1_700_000_000_000)
      #expect(try format("{d, date, ::yMMMd}", locale: "en-US", timeZone: "UTC", ["d": instant]) == "Nov 14, 2023")
      #expect(try format("{d, date, ::yMMMd}", locale: "zh-CN", timeZone: "UTC", ["d": instant]) == "2023年11月14日")
      // The zone reaches date formats nested in branches too.
      #expect(
        try format(
          "{k, select, other {{d, date, ::yMMMd}}}", locale: "en-US", timeZone: "Asia/Shanghai",
          ["k": .string("x"), "d": instant]) == "Nov 15, 2023")
      #expect(try format("{d, time, ::Hm}", locale: "en-US", timeZone: "UTC", ["d": instant]) == "22:13")
      // Numbers are accepted as milliseconds too.
      #expect(
        try format("{d, date, ::yMMMd}", locale: "en-US", timeZone: "UTC", ["d": .double(1_700_000_000_000)])
          == "Nov 14, 2023")
    }

    @Test func unknownTimeZoneIsAnError() {
      #expect(throws: ICUPatternError.self) {
        _ = try ICUMessageFormat(pattern: "{d, date}", locale: "en", timeZone: "Mars/Olympus")
      }
      do {
        _ = try ICUMessageFormat(pattern: "{d, date}", locale: "en", timeZone: "Mars/Olympus")
      } catch {
        #expect(error.status == "U_UNKNOWN_TIME_ZONE")
        #expect(error.message.contains("Mars/Olympus"))
      }
    }

    @Test func unknownLocaleFormatsAsRoot() throws {
      #expect(try format("{n, plural, one {# file} other {# files}}", locale: "C", ["n": .int(1)]) == "1 files")
    }

    @Test func longOutputRetriesWithBiggerBuffer() throws {
      let long = String(repeating: "签名已过期 ", count: 400)
      let message = try ICUMessageFormat(pattern: "{a}|{a}", locale: "zh")
      #expect(try message.format(["a": .string(long)]) == "\(long)|\(long)")
      #expect(try message.format(["a": .string("x")]) == "x|x")
    }
  }

  @Suite struct FormatErrors {
    @Test func missingArgumentIsAnError() throws {
      let message = try ICUMessageFormat(
        pattern: "{n, plural, one {# file in {dir}} other {# files in {dir}}}", locale: "en")
      do {
        let text = try message.format(["n": .int(2)])
        Issue.record("formatted despite a missing argument: \(text)")
      } catch {
        #expect(error.status == "U_ARGUMENT_MISSING")
        #expect(error.argument == "dir")
        #expect(error.message.contains("'dir'"))
      }
      #expect(throws: ICUFormatError.self) { try message.format([:]) }
      #expect(try message.format(["n": .int(2), "dir": .string("/tmp")]) == "2 files in /tmp")
    }

    @Test func missingArgumentWithLongNameNeedsRetry() throws {
      let name = String(repeating: "x", count: 2000)
      let message = try ICUMessageFormat(pattern: "{\(name)}", locale: "en")
      do {
        _ = try message.format([:])
        Issue.record("expected an error")
      } catch {
        #expect(error.status == "U_ARGUMENT_MISSING" || error.status == "U_INDEX_OUTOFBOUNDS_ERROR")
      }
    }

    @Test func wrongValueKindIsAnError() throws {
      let plural = try ICUMessageFormat(pattern: "{n, plural, other {# files}}", locale: "en")
      do {
        _ = try plural.format(["n": .string("three")])
        Issue.record("expected an error")
      } catch {
        #expect(error.status == "U_ARGUMENT_TYPE_MISMATCH")
        #expect(error.argument == "n")
      }
      let select = try ICUMessageFormat(pattern: "{s, select, other {x}}", locale: "en")
      #expect(throws: ICUFormatError.self) { try select.format(["s": .int(1)]) }
      let number = try ICUMessageFormat(pattern: "{n, number}", locale: "en")
      #expect(throws: ICUFormatError.self) { try number.format(["n": .date(millisecondsSince1970: 0)]) }
      // A bare argument takes anything.
      let bare = try ICUMessageFormat(pattern: "{v}", locale: "en")
      #expect(try bare.format(["v": .int(1234)]) == "1,234")
    }
  }

  @Suite struct PatternErrors {
    @Test func unclosedPlural() {
      let pattern = "{n, plural, one {x}"
      do {
        _ = try ICUMessageFormat(pattern: pattern, locale: "en")
        Issue.record("expected a parse error")
      } catch {
        // ICU's MessagePattern stops where the plural body should end (after "plural,").
        #expect(error.status == "U_PATTERN_SYNTAX_ERROR")
        #expect(error.offset == 11)
        #expect(error.line == 1)
        #expect(error.column == 12)
        #expect(error.message.contains("'{n, plural, one {x}'"))
        #expect(error.message.contains("the '{' at line 1, column 1 is never closed"))
      }
    }

    @Test func offsetsCountScalarsNotUTF16() {
      // 🇨🇳 is two scalars and four UTF-16 units; 签 is one of each.
      let pattern = "签🇨🇳\n{n, plural, one {x} {y}}"
      do {
        _ = try ICUMessageFormat(pattern: pattern, locale: "en")
        Issue.record("expected a parse error")
      } catch {
        #expect(error.line == 2)
        let scalars = Array(pattern.unicodeScalars)
        #expect(error.offset > 4 && error.offset <= scalars.count)
        #expect(error.column == error.offset - 4 + 1)
      }
    }

    @Test func bareUnclosedBrace() {
      do {
        _ = try ICUMessageFormat(pattern: "Hello {name", locale: "en")
        Issue.record("expected a parse error")
      } catch {
        #expect(error.status == "U_UNMATCHED_BRACES")
        #expect(error.offset == 6)
        #expect(error.line == 1)
        #expect(error.column == 7)
        #expect(error.message == "unmatched braces near 'Hello {name' (line 1, column 7)")
      }
    }

    @Test func missingOtherBranch() {
      #expect(throws: ICUPatternError.self) {
        _ = try ICUMessageFormat(pattern: "{n, plural, one {x}}", locale: "en")
      }
    }

    @Test func badNumberSkeletonIsPinpointed() {
      let pattern = "Total: {n, number, ::bogus-stem}"
      do {
        _ = try ICUMessageFormat(pattern: pattern, locale: "en")
        Issue.record("expected an error")
      } catch {
        #expect(error.status == "U_NUMBER_SKELETON_SYNTAX_ERROR")
        #expect(error.offset == 21)  // the skeleton after "::"
        #expect(error.line == 1)
        #expect(error.column == 22)
      }
    }

    @Test func unknownArgumentType() {
      do {
        _ = try ICUMessageFormat(pattern: "{n, frobnicate}", locale: "en")
        Issue.record("expected an error")
      } catch {
        #expect(error.offset == 4)
        #expect(error.column == 5)
      }
    }
  }
}
