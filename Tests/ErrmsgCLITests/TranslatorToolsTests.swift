import ErrmsgKit
import ErrmsgTestSupport
import Foundation
import Testing

/// Pseudo-locales for testing user interfaces.
@Suite struct TranslatorPseudoLocaleTests {
  @Test func accentedAndLonger() {
    let source = MessageCatalog.localized(code: "AuthFailure.SignatureExpire", locale: "en-US")
    let m = MessageCatalog.localized(code: "AuthFailure.SignatureExpire", locale: "en-XA")
    #expect(m.locale == "en-XA")
    #expect(m.message.hasPrefix("[Ŧĥé ŕéǫûéšţ ŵåš ŕéĵéçţéð"))
    #expect(m.message.hasSuffix(" one two three four five six seven eight]"))
    #expect(m.message.unicodeScalars.count >= source.message.unicodeScalars.count * 13 / 10)
    #expect(m.warnings.isEmpty)
  }

  @Test func placeholdersAndPluralsKeepWorking() {
    let m = MessageCatalog.localized(
      code: "LimitExceeded", locale: "en-XA", arguments: ["limit": 1, "current": 3])
    #expect(
      m.detail == "[Ŧĥé ǫûöţå îš 1 ŕéšöûŕçé, åñð 3 åŕé åļŕéåðý îñ ûšé. one two three four five]", "\(m.detail ?? "")")
    let tke = MessageCatalog.localized(
      code: "LimitExceeded", product: "tke", locale: "en-XA", arguments: ["limit": 1, "count": 3])
    #expect(
      tke.detail
        == "[Ŧĥîš ŵöûļð ƀŕîñĝ ţĥé ţöţåļ ţö 3 ŕéšöûŕçéš, öṽéŕ ţĥé ǫûöţå öƒ 1. one two three four five six seven eight]")
    let cidr = MessageCatalog.localized(
      code: "InternalError.CidrConflictWithOtherCluster", locale: "en_XA",
      arguments: ["cidr": "10.0.0.0/16", "clusterId": "cls-1"])
    #expect(cidr.detail?.contains("10.0.0.0/16") == true)
    #expect(cidr.detail?.contains("cls-1") == true)
    #expect(MessageCatalog.embedded.label("hint", locale: "en-XA")?.hasPrefix("[Ŵĥåţ") == true)
  }

  @Test func rightToLeft() {
    let m = MessageCatalog.localized(code: "InternalError", locale: "ar-XB")
    #expect(m.locale == "ar-XB")
    #expect(m.message.hasPrefix("\u{200F}\u{202E}Something\u{202C} \u{202E}went\u{202C}"))
    // Only the exact tag: Arabic speakers never get the pseudo-locale.
    #expect(MessageCatalog.embedded.resolvedLocale(for: "ar") == "en-US")
    #expect(MessageCatalog.embedded.resolvedLocale(for: "ar-EG") == "en-US")
    #expect(MessageCatalog.embedded.resolvedLocale(for: "en") == "en-US")
  }

  @Test func throughTheCommands() throws {
    let out = try ErrmsgProcess.run(["--locale", "en-XA"], input: errorEnvelope("InternalError"))
    #expect(out.status == 0)
    #expect(out.text.hasPrefix("[Šöɱéţĥîñĝ ŵéñţ ŵŕöñĝ öñ Ŧéñçéñţ Çļöûð’š šîðé."))
    #expect(out.text.contains("\n[Ŵĥåţ ýöû çåñ ðö one two]: [Ŵåîţ"))
    let show = try ErrmsgProcess.run(["show", "InternalError", "--locale", "ar-XB"])
    #expect(show.text.contains("message:   \u{200F}\u{202E}Something"))
  }
}

/// `errmsg format`, `show` and `list`.
@Suite struct TranslatorPreviewCommandTests {
  @Test(arguments: [
    ("en", "{n, plural, one {# file} other {# files}}", "n:int=1", "1 file"),
    ("ru", "{n, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}", "n:int=3", "3 файла"),
    ("ru", "{n, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}", "n:int=5", "5 файлов"),
    ("ar", "{n, plural, zero {z} one {o} two {t} few {f} many {m} other {x}}", "n:int=3", "f"),
    ("zh_CN.UTF-8", "共 {n, plural, other {# 个}}", "n:int=12345", "共 12,345 个"),
    ("de", "{n, number}", "n:double=1234.5", "1.234,5"),
    ("en", "{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}", "n:int=23", "23rd"),
    ("en", "{who, select, admin {The administrator} other {{who}}} can''t '{'do'}' it", "who=Ann", "Ann can't {do} it"),
    ("en", "{d, date, ::yyyyMMdd}", "d:date=0", "01/01/1970"),
  ])
  func formatAgreesWithICU(locale: String, pattern: String, argument: String, expected: String) throws {
    let out = try ErrmsgProcess.run(
      ["format", "--locale", locale, "--pattern", pattern, "--arg", argument], environment: ["TZ": "UTC"])
    #expect(out.status == 0, "\(out.stderr)")
    #expect(out.text == expected + "\n")
  }

  @Test func formatMatchesTheCatalog() throws {
    let text = try String(
      contentsOf: ErrmsgProcess.packageRoot.appendingPathComponent("Locales/zh-CN/tke.json"), encoding: .utf8)
    let pattern = "当前地域已有 {current, plural, other {# 个集群}}，配额上限为 {limit, number, integer} 个。"
    #expect(text.contains(pattern))
    let out = try ErrmsgProcess.run(
      ["format", "-l", "zh-CN", "-p", pattern, "--arg", "current:int=1200", "--arg", "limit:int=5000"])
    let library = MessageCatalog.localized(
      code: "InternalError.QuotaMaxClsLimit", locale: "zh-CN", arguments: ["current": 1200, "limit": 5000])
    #expect(out.text == (library.detail ?? "-") + "\n")
    #expect(out.text == "当前地域已有 1,200 个集群，配额上限为 5,000 个。\n")
  }

  @Test func aBadPatternShowsWhere() throws {
    let out = try ErrmsgProcess.run([
      "format", "--locale", "en", "--pattern", "You have {n, plural, one {# item} other {# items}", "--arg", "n:int=1",
    ])
    #expect(out.status == 65)
    #expect(out.stderr.contains("column"))
    #expect(out.stderr.contains("\nYou have {n, plural, one {# item} other {# items}\n"))
    #expect(out.stderr.hasSuffix("^\n"))
    let missing = try ErrmsgProcess.run(["format", "--locale", "en", "--pattern", "{n} items"])
    #expect(missing.status == 65)
    #expect(missing.stderr.contains("missing argument 'n'"))
  }

  @Test func showUsesTheCatalogTypes() throws {
    let out = try ErrmsgProcess.run(
      ["show", "InternalError.QuotaMaxClsLimit", "--locale", "zh-CN", "--arg", "current=3"])
    #expect(out.status == 0)
    #expect(
      out.text == """
        InternalError.QuotaMaxClsLimit  [zh-CN]  product tke, tier curated
        message:   创建此集群后，当前地域的集群数量将超过配额上限。
        hint:      请删除当前地域中不再使用的集群，或改在其他地域创建。如需提高配额，请联系账号管理员提交工单，向腾讯云申请提高集群配额。
        detail:    当前地域已有 3 个集群，配额上限为 20 个。
        arguments: current=3 (int), limit=20 (int, sample)
        category:  quota, retry after-fix, actor administrator

        """)
    let bad = try ErrmsgProcess.run(["show", "InternalError.QuotaMaxClsLimit", "--arg", "current=lots"])
    #expect(bad.status == 64)
    let unknown = try ErrmsgProcess.run(["show", "InternalError.QuotaMaxClsLimit", "--arg", "size=3"])
    #expect(unknown.stderr.contains("takes current (int), limit (int)"))
  }

  @Test func list() throws {
    let out = try ErrmsgProcess.run(["list", "--category", "rate-limit"])
    #expect(out.status == 0)
    // The versions column is empty for common codes.
    #expect(
      out.text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.replacing(/\ +$/, with: "") } == [
        "product  code                                               tier     category    retry    actor   versions",
        "common   RequestLimitExceeded                               curated  rate-limit  backoff  caller",
        "common   RequestLimitExceeded.GlobalRegionUinLimitExceeded  curated  rate-limit  backoff  caller",
        "common   RequestLimitExceeded.IPLimitExceeded               curated  rate-limit  backoff  caller",
        "common   RequestLimitExceeded.UinLimitExceeded              curated  rate-limit  backoff  caller",
        "4 codes", "",
      ])
    let json = try ErrmsgProcess.run(["list", "--format", "json"])
    let rows = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [[String: Any]])
    #expect(rows.count == MessageCatalog.embedded.codes.count)
    #expect(rows.count == 44 + 16 + 227)
    // A code both tables declare is listed once per product, each with its versions.
    let failed = rows.filter { $0["code"] as? String == "FailedOperation" }
    #expect(failed.map { $0["product"] as? String } == ["common", "tke"])
    #expect(failed.map { $0["tier"] as? String } == ["curated", "curated"])
    #expect(failed.last?["versions"] as? [String] == ["2018-05-25", "2022-05-01"])
    #expect(failed.first?["versions"] as? [String] == [])
    let tke = try ErrmsgProcess.run(["list", "--product", "tke", "--format", "json"])
    let tkeRows = try #require(try JSONSerialization.jsonObject(with: tke.stdout) as? [[String: Any]])
    #expect(tkeRows.count == 227)
    #expect(tkeRows.allSatisfy { $0["product"] as? String == "tke" })
    #expect(try ErrmsgProcess.run(["list", "--category", "nope"]).status == 64)
  }
}
