import Testing

@testable import ErrmsgModel

/// Extraction templates: typed captures out of real server message shapes.
@Suite struct ExtractionTemplateTests {
  let args = [
    ArgumentDeclaration(name: "count", type: .int, description: ""),
    ArgumentDeclaration(name: "limit", type: .int, description: ""),
    ArgumentDeclaration(name: "parameter", type: .string, description: ""),
    ArgumentDeclaration(name: "region", type: .string, description: ""),
  ]

  func match(_ template: String, _ message: String) throws -> [String: String]? {
    let t = try ExtractionTemplate(template, arguments: args)
    return t.match(Array(message.utf8)).map {
      Dictionary($0.map { ($0.name, $0.text) }, uniquingKeysWith: { a, _ in a })
    }
  }

  @Test func rateLimitInEnglishAndChinese() throws {
    #expect(
      try match(
        "Your current request times equals to `{count}` in a second, which exceeds the frequency limit `{limit}`",
        "Your current request times equals to `21` in a second, which exceeds the frequency limit `20` for a second.")
        == ["count": "21", "limit": "20"])
    #expect(
      try match("您当前每秒请求 `{count}` 次，超过了每秒频率上限 `{limit}`", "您当前每秒请求 `23` 次，超过了每秒频率上限 `20`")
        == ["count": "23", "limit": "20"])
  }

  @Test func stringCaptureUpToLiteralAndTrailingToken() throws {
    #expect(
      try match(
        "missing a required parameter `{parameter}`", "The request is missing a required parameter `Timestamp`.")
        == ["parameter": "Timestamp"])
    #expect(try match("The region {region}", "The region ap-guangzhou.") == ["region": "ap-guangzhou"])
  }

  @Test func whitespaceRunsAndNoMatch() throws {
    #expect(try match("limit `{limit}`", "limit   `5`") == ["limit": "5"])
    #expect(try match("limit `{limit}`", "limit`5`") == nil)
    #expect(try match("frequency limit `{limit}`", "frequency\n  limit `5`") == ["limit": "5"])
    #expect(try match("limit `{limit}`", "limit `abc`") == nil)
    #expect(try match("counts `{count}`", "counts `1,234`") == ["count": "1234"])
  }

  @Test func invalidTemplatesAreRefused() {
    #expect(throws: ExtractionTemplate.Problem.self) { try ExtractionTemplate("{nope} x", arguments: args) }
    #expect(throws: ExtractionTemplate.Problem.self) { try ExtractionTemplate("{count}{limit}", arguments: args) }
    #expect(throws: ExtractionTemplate.Problem.self) { try ExtractionTemplate("no placeholder", arguments: args) }
    #expect(throws: ExtractionTemplate.Problem.self) { try ExtractionTemplate("x {count", arguments: args) }
  }
}
