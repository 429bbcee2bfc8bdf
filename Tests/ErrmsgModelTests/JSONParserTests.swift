import Testing

@testable import ErrmsgModel

/// The strict JSON parser: what it accepts, what it refuses, and where it points.
@Suite struct JSONParserTests {
  func parse(_ s: String) throws(JSONSyntaxError) -> JSONValue { try JSONParser.parse(s).value }

  func location(_ text: String) -> (Int, Int, String)? {
    do {
      _ = try JSONParser.parse(text)
      return nil
    } catch {
      let (l, c) = LineMap(Array(text.utf8)).location(of: error.offset)
      return (l, c, error.message)
    }
  }

  @Test(arguments: [
    "{}", "[]", "0", "-0", "1.5e-3", "\"\"", "true", "false", "null", "[1,[2,[3]]]",
    "{\"a\":{\"b\":[null,true,1E10]}}", " \n\t {\"k\" : \"v\" } \r\n", "\"\\u00e9\\ud83d\\ude00\"",
    "\u{FEFF}{}",
  ])
  func accepts(_ text: String) throws {
    _ = try parse(text)
  }

  @Test(arguments: [
    "", " ", "{", "[1,]", "{\"a\":1,}", "01", "1.", ".5", "-", "+1", "1e", "[1 2]", "{\"a\" 1}", "{a:1}",
    "'x'", "\"\\x\"", "\"\\u12\"", "\"a\nb\"", "\"\t\"", "tru", "nul", "[]]", "{} {}", "[\"\u{0}\"]", "NaN",
    "Infinity", "{\"a\":1}garbage",
  ])
  func refuses(_ text: String) {
    #expect(throws: JSONSyntaxError.self) { try parse(text) }
  }

  @Test func valuesAndOrder() throws {
    let v = try parse(#"{"b":1,"a":"x\"y\\z\/","c":[true,null],"b":2}"#)
    guard case .object(let members) = v else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["b", "a", "c", "b"])
    #expect(v["a"]?.value == .string("x\"y\\z/"))
    #expect(v["b"]?.value.int64Value == 1)
  }

  @Test func surrogatePairsAndLoneSurrogates() throws {
    #expect(try parse(#""\ud83d\ude00""#) == .string("😀"))
    #expect(try parse(#""\ud800x""#) == .string("\u{FFFD}x"))
  }

  @Test func errorPositions() {
    let text = "{\n  \"a\": 1,\n  \"b\": [1, 2,]\n}"
    let (line, column, message) = location(text)!
    #expect(line == 3)
    #expect(column == 14)
    #expect(message.contains("expected a JSON value"))
    let (l2, c2, _) = location("{\"名前\": x}")!
    #expect(l2 == 1 && c2 == 8, "columns count characters, not bytes")
  }

  @Test func deepNestingIsRefusedNotACrash() {
    let deep = String(repeating: "[", count: 100_000)
    let (_, _, message) = location(deep)!
    #expect(message.contains("nesting"))
    let ok = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
    #expect(location(ok) == nil)
  }

  @Test func invalidUTF8IsRefused() {
    for bytes: [UInt8] in [
      [0x22, 0xC3, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xC0, 0xAF, 0x22],
      [0x22, 0xF5, 0x80, 0x80, 0x80, 0x22],
      [0x22, 0xFF, 0x22],
    ] {
      #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
    }
    #expect(throws: Never.self) { try JSONParser.parse([0x22, 0xE4, 0xBD, 0xA0, 0x22]) }
  }

  @Test func writerRoundTrips() throws {
    let text = #"{"a":[1,-2.5e3,"x\ny\u0001",true,null],"b":{"c":"雲"}}"#
    var w = JSONWriter()
    w.value(try parse(text))
    #expect(String(decoding: w.bytes, as: UTF8.self) == text)
  }
}
