import ErrmsgICU
import Testing

extension ICUTests {
  @Suite struct Pattern {
    @Test func nestedArgumentsInPatternOrder() throws {
      let pattern =
        "签名{who, select, self {{n, plural, =0 {none} one {# key} other {# keys}}} other {{name}: {n, number, integer} on {d, date, ::yMMMd}}} {rank, selectordinal, one {#st} other {#th}}"
      let uses = try ICUPattern.arguments(in: pattern)
      let scalars = Array(pattern.unicodeScalars)
      func offset(of needle: String, from start: Int = 0) -> Int {
        let n = Array(needle.unicodeScalars)
        for i in start...(scalars.count - n.count) where Array(scalars[i..<(i + n.count)]) == n {
          return i
        }
        return -1
      }
      #expect(
        uses == [
          ICUArgumentUse(name: "who", kind: .select, style: nil, keywords: ["self", "other"], offset: 2),
          ICUArgumentUse(
            name: "n", kind: .plural, style: nil, keywords: ["=0", "one", "other"],
            offset: offset(of: "{n, plural")),
          ICUArgumentUse(name: "name", kind: .none, style: nil, keywords: [], offset: offset(of: "{name}")),
          ICUArgumentUse(
            name: "n", kind: .simple, style: "number", keywords: [], offset: offset(of: "{n, number")),
          ICUArgumentUse(name: "d", kind: .simple, style: "date", keywords: [], offset: offset(of: "{d, date")),
          ICUArgumentUse(
            name: "rank", kind: .selectordinal, style: nil, keywords: ["one", "other"],
            offset: offset(of: "{rank")),
        ])
    }

    @Test func choiceAndNumbered() throws {
      let uses = try ICUPattern.arguments(in: "{0, choice, 0#none|1#one|1<many} {1}")
      #expect(uses.map(\.kind) == [.choice, .none])
      #expect(uses.map(\.name) == ["0", "1"])
      #expect(uses[0].keywords == ["0", "1", "1"])
    }

    @Test func noArguments() throws {
      #expect(try ICUPattern.arguments(in: "It''s '{'plain'}'").isEmpty)
      #expect(try ICUPattern.arguments(in: "").isEmpty)
    }

    @Test func piecesCutAtTopLevelArguments() throws {
      let pattern =
        "It''s '{'{n, plural, one {# key of {who}} other {# keys}}'}' on {d, date, ::yMMMd}: {name}"
      let pieces = try ICUPattern.pieces(in: pattern)
      #expect(
        pieces == [
          ICUPatternPiece(pattern: "It''s '{'"),
          ICUPatternPiece(
            pattern: "{n, plural, one {# key of {who}} other {# keys}}", argumentNames: ["n", "who"]),
          ICUPatternPiece(pattern: "'}' on "),
          ICUPatternPiece(pattern: "{d, date, ::yMMMd}", argumentNames: ["d"], dateSkeleton: "yMMMd"),
          ICUPatternPiece(pattern: ": "),
          ICUPatternPiece(pattern: "{name}", argumentNames: ["name"]),
        ])
      #expect(pieces.map(\.pattern).joined() == pattern)
      #expect(try ICUPattern.pieces(in: "") == [])
      #expect(
        try ICUPattern.pieces(in: "签名{a}{b}") == [
          ICUPatternPiece(pattern: "签名"), ICUPatternPiece(pattern: "{a}", argumentNames: ["a"]),
          ICUPatternPiece(pattern: "{b}", argumentNames: ["b"]),
        ])
      #expect(throws: ICUPatternError.self) { try ICUPattern.pieces(in: "{n, plural, one {x}") }
    }

    @Test func formattedPiecesJoinToTheWholeMessage() throws {
      let pattern =
        "It''s '{'{n, plural, =0 {none} one {# key} other {# keys}}'}', {n, number, integer} "
        + "or {r, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} at {d, date, ::yMMMdHHmmss}; {s}"
      for locale in ["en-US", "zh-CN", "ar", "de"] {
        let whole = try ICUMessageFormat(pattern: pattern, locale: locale, timeZone: "UTC")
        let pieces = try ICUPattern.pieces(in: pattern).map {
          try ICUMessageFormat(pattern: $0.pattern, locale: locale, timeZone: "UTC")
        }
        for n: Int64 in [0, 1, 2, 3, 11, 21, 1234, -7] {
          let arguments: [String: ICUArgumentValue] = [
            "n": .int(n), "r": .int(n), "d": .date(millisecondsSince1970: Double(n) * 86_400_123),
            "s": .string("x'{y}'#"),
          ]
          let joined = try pieces.map { try $0.format(arguments) }.joined()
          #expect(joined == (try whole.format(arguments)), "\(locale) \(n)")
        }
      }
    }

    @Test func parseErrorMatchesMessageFormat() {
      let pattern = "{n, plural, one {x}"
      var fromPattern: ICUPatternError?
      var fromFormat: ICUPatternError?
      do { _ = try ICUPattern.arguments(in: pattern) } catch { fromPattern = error }
      do { _ = try ICUMessageFormat(pattern: pattern, locale: "en") } catch { fromFormat = error }
      #expect(fromPattern != nil)
      #expect(fromPattern == fromFormat)
    }
  }

  @Suite struct PluralRules {
    @Test func cardinalCategories() {
      #expect(ICUPluralRules.categories(locale: "en", ordinal: false) == ["one", "other"])
      #expect(ICUPluralRules.categories(locale: "zh", ordinal: false) == ["other"])
      #expect(ICUPluralRules.categories(locale: "zh-Hant-TW", ordinal: false) == ["other"])
      #expect(
        ICUPluralRules.categories(locale: "ar", ordinal: false)
          == ["few", "many", "one", "other", "two", "zero"])
      #expect(ICUPluralRules.categories(locale: "ru_RU.UTF-8", ordinal: false) == ["few", "many", "one", "other"])
    }

    @Test func ordinalCategories() {
      #expect(ICUPluralRules.categories(locale: "en", ordinal: true) == ["few", "one", "other", "two"])
      #expect(ICUPluralRules.categories(locale: "zh", ordinal: true) == ["other"])
    }
  }

  @Suite struct Transliteration {
    @Test func simplifiedToTraditional() throws {
      let hansHant = try ICUTransliterator(id: "Hans-Hant")
      let traditional = hansHant.transliterate("简体中文的签名已过期，请检查设备时钟。")
      for piece in ["簽", "過期", "請", "檢查", "時鐘", "，", "。"] {
        #expect(traditional.contains(piece), "\(piece) missing from \(traditional)")
      }
      #expect(hansHant.transliterate("") == "")
      #expect(hansHant.transliterate("ASCII stays") == "ASCII stays")
      #expect(hansHant.id == "Hans-Hant")
    }

    @Test func unknownIDThrows() {
      #expect(throws: ICUFormatError.self) { _ = try ICUTransliterator(id: "No-Such-Thing") }
    }

    @Test func longText() throws {
      let hansHant = try ICUTransliterator(id: "Hans-Hant")
      let text = String(repeating: "请检查设备时钟。", count: 500)
      #expect(hansHant.transliterate(text) == String(repeating: "請檢查設備時鐘。", count: 500))
    }
  }
}
