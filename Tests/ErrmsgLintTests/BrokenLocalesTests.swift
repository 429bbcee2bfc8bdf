import ErrmsgLint
import ErrmsgModel
import Foundation
import Testing

/// Broken copies of the shipped Locales fail lint at the right file and line.
@Suite struct BrokenLocalesTests {
  let zh = "Locales/zh-CN/tke.json"
  let zhCommon = "Locales/zh-CN/common.json"
  let en = "Locales/en-US/tke.json"
  let enCommon = "Locales/en-US/common.json"

  @Test func shippedFilesLintClean() throws {
    let checked = try #require(try? LintFixture.shipped.check(level: .lint).get())
    #expect(checked.errors.isEmpty, "\(checked.errors.map(\.description))")
    #expect(checked.warnings.isEmpty, "\(checked.warnings.map(\.description))")
    #expect(
      checked.locales.map { "\($0.locale)/\($0.product ?? "*")" } == [
        "en-US/common", "en-US/sdk", "en-US/tke", "zh-CN/common", "zh-CN/sdk", "zh-CN/tke",
        "zh-HK/common", "zh-HK/sdk", "zh-HK/tke", "zh-TW/common", "zh-TW/sdk", "zh-TW/tke",
      ])
    #expect(checked.catalogs.map(\.product) == ["common", "sdk", "tke"])
    // zh-HK is converted by OpenCC (s2hk + the glossary), and says so.
    #expect(
      checked.locales.filter { $0.locale == "zh-HK" }.allSatisfy {
        $0.document.machineConverted == "opencc s2hk + Locales/glossary/zh-HK.json"
      })
  }

  /// Lints the fixture and returns its only error (failing when there are others).
  func onlyError(_ fixture: LintFixture) throws -> Diagnostic {
    let errors = try fixture.lint().errors
    #expect(errors.count == 1, "\(errors.map(\.description))")
    return try #require(errors.first)
  }

  @Test func missingCode() throws {
    let f = try LintFixture()
    defer { f.remove() }
    var text = try f.read(zh)
    let start = try #require(text.range(of: "    \"InternalError.Db\": {"))
    let end = try #require(text.range(of: "    \"InternalError.DbAffectivedRows\": {"))
    text.removeSubrange(start.lowerBound..<end.lowerBound)
    try f.write(zh, text)
    let e = try onlyError(f)
    #expect(e.kind == "missing")
    #expect(e.code == "InternalError.Db")
    #expect(e.file == f.path(zh))
    // Reported on the file's "locale" line; the fix says where the entry goes.
    #expect(e.line == 2)
    #expect(e.fix?.contains("before \"InternalError.DbAffectivedRows\"") == true)
  }

  @Test func unbalancedBrace() throws {
    let f = try LintFixture()
    defer { f.remove() }
    let line = try f.replace("\"detail\": \"网段 {cidr} 与已有路由冲突。\"", with: "\"detail\": \"网段 {cidr 与已有路由冲突。\"", in: zh)
    let e = try onlyError(f)
    #expect(e.kind == "pattern")
    #expect(e.code == "InternalError.CidrConflictWithOtherRoute")
    #expect(e.file == f.path(zh))
    #expect(e.line == line)
    #expect(e.description.hasPrefix("\(f.path(zh)):\(line):"))
  }

  @Test func renamedPlaceholder() throws {
    let f = try LintFixture()
    defer { f.remove() }
    let line = try f.replace("网段 {cidr} 与 VPC 网段重叠。", with: "网段 {range} 与 VPC 网段重叠。", in: zh)
    let errors = try f.lint().errors
    #expect(!errors.isEmpty)
    #expect(errors.allSatisfy { $0.file == f.path(zh) && $0.line == line && $0.kind == "placeholder" })
    #expect(errors.contains { $0.message.contains("does not use {cidr}") })
    #expect(errors.contains { $0.message.contains("{range}, which the catalog does not define") })
    // The column is that of the renamed placeholder's brace.
    let lineText = try f.read(zh).components(separatedBy: "\n")[line - 1]
    let column = try #require(lineText.unicodeScalars.firstIndex(of: "{"))
    #expect(
      errors.contains {
        $0.column == lineText.unicodeScalars.distance(from: lineText.unicodeScalars.startIndex, to: column) + 1
      })
  }

  @Test func pluralWithoutOther() throws {
    let f = try LintFixture()
    defer { f.remove() }
    let line = try f.replace(
      "{current, plural, other {# 个集群}}", with: "{current, plural, one {# 个集群}}",
      after: "\"InternalError.QuotaMaxClsLimit\"", in: zh)
    let e = try onlyError(f)
    #expect(e.code == "InternalError.QuotaMaxClsLimit")
    #expect(e.line == line)
    #expect(e.message.contains("has no 'other'"))
  }

  @Test func pluralLackingACategoryOfTheLocale() throws {
    let f = try LintFixture()
    defer { f.remove() }
    let line = try f.replace(
      "{current, plural, one {There’s already # cluster} other {There are already # clusters}}",
      with: "{current, plural, other {There are already # clusters}}", after: "\"InternalError.QuotaMaxClsLimit\"",
      in: en)
    let e = try onlyError(f)
    #expect(e.file == f.path(en))
    #expect(e.code == "InternalError.QuotaMaxClsLimit")
    #expect(e.line == line)
    #expect(e.message.contains("lacks the 'one' case"))
  }

  @Test func staleCode() throws {
    let f = try LintFixture()
    defer { f.remove() }
    let line = try f.replace(
      "    \"InvalidAction\": {",
      with:
        "    \"InvalidActoin\": {\n      \"message\": \"旧的。\",\n      \"hint\": \"旧的。\",\n      \"state\": \"translated\"\n    },\n    \"InvalidAction\": {",
      in: zhCommon)
    let e = try onlyError(f)
    #expect(e.kind == "stale")
    #expect(e.code == "InvalidActoin")
    #expect(e.file == f.path(zhCommon))
    #expect(e.line == line)
  }

  @Test func asciiPeriodEndingAChineseSentence() throws {
    let f = try LintFixture()
    defer { f.remove() }
    let line = try f.replace("腾讯云未能完成此操作。", with: "腾讯云未能完成此操作.", in: zhCommon)
    let e = try onlyError(f)
    #expect(e.kind == "punctuation")
    #expect(e.code == "FailedOperation")
    #expect(e.file == f.path(zhCommon))
    #expect(e.line == line)
    let lineText = try f.read(zhCommon).components(separatedBy: "\n")[line - 1]
    #expect(e.column == Array(lineText.unicodeScalars).firstIndex(of: ".")! + 1)
  }

  @Test func invalidJSON() throws {
    let f = try LintFixture()
    defer { f.remove() }
    let line = try f.replace(
      "\"state\": \"translated\"", with: "\"state\": translated", after: "\"DryRunOperation\"", in: zhCommon)
    let e = try onlyError(f)
    #expect(e.kind == "syntax")
    #expect(e.file == f.path(zhCommon))
    #expect(e.line == line)
    // The unreadable file is not also reported as missing.
    let warnings = try f.lint().warnings
    #expect(warnings.isEmpty, "\(warnings.map(\.description))")
  }

  @Test func fullWidthPunctuationInEnglish() throws {
    let f = try LintFixture()
    defer { f.remove() }
    let line = try f.replace(
      "Multi-factor authentication (MFA) failed.", with: "Multi-factor authentication (MFA) failed。",
      in: enCommon)
    let e = try onlyError(f)
    #expect(e.kind == "punctuation")
    #expect(e.file == f.path(enCommon))
    #expect(e.line == line)
  }

  @Test func leadingWhitespaceAndEmptyText() throws {
    let f = try LintFixture()
    defer { f.remove() }
    let first = try f.replace("\"message\": \"腾讯云无法验证", with: "\"message\": \" 腾讯云无法验证", in: zhCommon)
    let second = try f.replace(
      "\"hint\": \"请将应用更新到最新版本。如果您是开发者，请检查接口名称", with: "\"hint\": \"\", \"x\": \"请检查接口名称",
      in: zhCommon)
    let errors = try f.lint().errors
    #expect(errors.contains { $0.kind == "whitespace" && $0.line == first && $0.file == f.path(zhCommon) })
    #expect(errors.contains { $0.kind == "empty" && $0.line == second && $0.file == f.path(zhCommon) })
  }

  @Test func warningsForNewNeedsReviewAndUntranslated() throws {
    let f = try LintFixture()
    defer { f.remove() }
    let review = try f.replace(
      "\"state\": \"translated\"", with: "\"state\": \"needs-review\"", after: "\"ResourceInUse\"", in: zhCommon)
    let new = try f.replace(
      "\"state\": \"translated\"", with: "\"state\": \"new\"", after: "\"ResourceNotFound\"", in: zhCommon)
    let copy = try f.replace(
      "找不到为集群选择的私有网络（VPC）。", with: "The Virtual Private Cloud (VPC) selected for the cluster couldn’t be found.",
      in: zh)
    let checked = try f.lint()
    // The copied English text also breaks the Chinese punctuation rules, nothing else.
    #expect(
      checked.errors.allSatisfy { $0.kind == "punctuation" && $0.line == copy && $0.file == f.path(zh) },
      "\(checked.errors.map(\.description))")
    #expect(
      checked.warnings.contains {
        $0.kind == "needs-review" && $0.line == review && $0.code == "ResourceInUse" && $0.file == f.path(zhCommon)
      })
    #expect(
      checked.warnings.contains {
        $0.kind == "new" && $0.line == new && $0.code == "ResourceNotFound" && $0.file == f.path(zhCommon)
      })
    #expect(
      checked.warnings.contains {
        $0.kind == "untranslated" && $0.line == copy && $0.code == "FailedOperation.VpcRecodrNotFound"
          && $0.file == f.path(zh)
      })
  }

  @Test func placeholderOfAnotherKind() throws {
    let f = try LintFixture()
    defer { f.remove() }
    // zh may format a count with number instead of plural, but not as a date.
    let line = try f.replace(
      "{limit, number, integer} 个。", with: "{limit, date, short} 个。", after: "\"InternalError.QuotaMaxClsLimit\"",
      in: zh)
    let errors = try f.lint().errors
    #expect(!errors.isEmpty)
    #expect(errors.allSatisfy { $0.line == line })
  }

  @Test func argumentInAHint() throws {
    let f = try LintFixture()
    defer { f.remove() }
    let line = try f.replace("\"hint\": \"请选择一个位于 VPC 主网段", with: "\"hint\": \"{cidr}：请选择一个位于 VPC 主网段", in: zh)
    let errors = try f.lint().errors
    #expect(errors.contains { $0.kind == "placeholder" && $0.line == line && $0.message.contains("without arguments") })
  }

  @Test func columnsCountEscapesInTheJSONString() throws {
    let f = try LintFixture()
    defer { f.remove() }
    // An escaped quote before the fault moves it two bytes but one character.
    let line = try f.replace(
      "\"detail\": \"网段 {cidr} 与已有路由冲突。\"", with: "\"detail\": \"\\\"网\\u6bb5\\\" {cidr 与已有路由冲突。\"", in: zh)
    let e = try onlyError(f)
    let lineText = try f.read(zh).components(separatedBy: "\n")[line - 1]
    let scalars = Array(lineText.unicodeScalars)
    // ICU points just past the argument name: column of the space after "{cidr".
    let brace = try #require(scalars.firstIndex(of: "{"))
    #expect(e.column > brace + 1)
    #expect(e.column <= scalars.count)
  }
}
