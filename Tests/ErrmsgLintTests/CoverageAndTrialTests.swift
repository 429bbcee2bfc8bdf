import ErrmsgICU
import ErrmsgModel
import Foundation
import Testing

@testable import ErrmsgLint

/// `coverage` counts and `format`'s pattern trial.
@Suite struct CoverageAndTrialTests {
  @Test func countsPerLocaleAndProduct() throws {
    let f = try LintFixture()
    defer { f.remove() }
    let zh = "Locales/zh-CN/tke.json"
    try f.replace("\"state\": \"translated\"", with: "\"state\": \"needs-review\"", after: "\"ResourceInUse\"", in: zh)
    try f.replace("\"state\": \"translated\"", with: "\"state\": \"new\"", after: "\"ResourceNotFound\"", in: zh)
    try f.replace(
      "    \"InternalError.CidrInvali\": {",
      with: "    \"Gone\": {\"message\": \"a。\", \"hint\": \"b。\"},\n    \"InternalError.CidrInvali\": {", in: zh)
    var text = try f.read(zh)
    let start = try #require(text.range(of: "    \"InternalError.Db\": {"))
    let end = try #require(text.range(of: "    \"InternalError.DbAffectivedRows\": {"))
    text.removeSubrange(start.lowerBound..<end.lowerBound)
    try f.write(zh, text)
    let coverage = Coverage(try f.folders.check(level: .build).get())
    #expect(
      coverage.rows.map { "\($0.locale)/\($0.product)" } == [
        "en-US/common", "en-US/sdk", "en-US/tke", "zh-CN/common", "zh-CN/sdk", "zh-CN/tke",
        "zh-HK/common", "zh-HK/sdk", "zh-HK/tke", "zh-TW/common", "zh-TW/sdk", "zh-TW/tke",
      ])
    #expect(coverage.rows.filter(\.machineConverted).map(\.locale) == ["zh-HK", "zh-HK", "zh-HK"])
    let row = try #require(coverage.rows.first { $0.locale == "zh-CN" && $0.product == "tke" })
    #expect(
      row
        == Coverage.Row(
          locale: "zh-CN", product: "tke", translated: 224, needsReview: 1, new: 1, missing: 1, stale: 1, total: 227,
          machineConverted: false))
    // The other product of the locale is untouched.
    #expect(
      coverage.rows.first { $0.locale == "zh-CN" && $0.product == "common" }
        == Coverage.Row(
          locale: "zh-CN", product: "common", translated: 44, needsReview: 0, new: 0, missing: 0, stale: 0, total: 44,
          machineConverted: false))
    #expect(
      coverage.json.contains(
        "{\"locale\":\"zh-CN\",\"product\":\"tke\",\"machineConverted\":false,\"translated\":224,\"needsReview\":1,\"new\":1,\"missing\":1,\"stale\":1,\"total\":227,\"percent\":98.6}"
      ))
    #expect(coverage.text.contains("224/227"))
  }

  @Test(arguments: [
    ("en", "{n, plural, one {# file} other {# files}}", "1", "1 file"),
    ("ru", "{n, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}", "3", "3 файла"),
    ("ar", "{n, plural, zero {z} one {o} two {t} few {f} many {m} other {x}}", "11", "m"),
    ("zh-CN", "{n, plural, other {# 个集群}}", "1234", "1,234 个集群"),
    ("de", "{n, number}", "1234567", "1.234.567"),
    ("en", "{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}", "22", "22nd"),
  ])
  func agreesWithICU(locale: String, pattern: String, value: String, expected: String) throws {
    let trial = try PatternTrial.format(
      pattern: pattern, locale: locale, arguments: [try PatternTrial.Argument(parsing: "n:int=\(value)")])
    let direct = try ICUMessageFormat(pattern: pattern, locale: locale).format([("n", .int(Int64(value)!))])
    #expect(trial == direct)
    #expect(trial == expected)
  }

  @Test func argumentTypesAndErrors() throws {
    #expect(try PatternTrial.Argument(parsing: "who=Ann").type == .string)
    #expect(try PatternTrial.Argument(parsing: "d:date=0").type == .date)
    #expect(throws: PatternTrial.Problem.self) { try PatternTrial.Argument(parsing: "n:int=x") }
    #expect(throws: PatternTrial.Problem.self) { try PatternTrial.Argument(parsing: "n:float=1") }
    #expect(throws: PatternTrial.Problem.self) { try PatternTrial.Argument(parsing: "n") }
    do throws(PatternTrial.Problem) {
      _ = try PatternTrial.format(pattern: "Hi {n, plural, one {x}", locale: "en", arguments: [])
      Issue.record("a broken pattern formatted")
    } catch {
      #expect(error.message.contains("column"))
      #expect(error.pointer?.hasSuffix("^") == true)
    }
  }
}
