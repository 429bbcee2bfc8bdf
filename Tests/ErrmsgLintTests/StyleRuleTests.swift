import ErrmsgModel
import Foundation
import Testing

@testable import ErrmsgLint

/// The style guide's rules from `Locales/glossary/terms.json`: each one fires on
/// the form to avoid, and stays quiet on the right form and its look-alikes.
@Suite struct StyleRuleTests {
  /// A small glossary in the shipped file's shape.
  static let glossaryText = """
    {
      "about": "test",
      "terms": [
        { "id": "tke", "product": true, "en-US": "Tencent Kubernetes Engine (TKE)",
          "avoid": { "en": [
            { "text": "Tencent Cloud Kubernetes Engine", "ignoreCase": true, "severity": "error" },
            { "text": "Tencent Kubernetes Engine", "ignoreCase": true, "except": ["Tencent Kubernetes Engine"] } ] } },
        { "id": "cam", "product": true, "en-US": "Cloud Access Management (CAM)",
          "avoid": { "en": [ { "text": "Access Management", "except": ["Cloud Access Management"] } ] } },
        { "id": "tencent-cloud", "product": true, "en-US": "Tencent Cloud",
          "avoid": { "en": [ { "text": "TencentCloud", "except": ["TencentCloud Managed Service for Prometheus"] } ] } },
        { "id": "cluster", "en-US": "cluster", "zh-CN": "集群", "zh-TW": "叢集",
          "avoid": { "zh-TW": [ { "text": "集群", "severity": "error", "why": "集群 is the mainland word" } ] } },
        { "id": "server", "en-US": "server", "zh-TW": "伺服器",
          "avoid": { "zh-TW": [ { "text": "服務器" }, { "text": "雲服務器", "write": "雲端伺服器" } ] } },
        { "id": "user", "en-US": "user", "zh-TW": "使用者",
          "avoid": { "zh-TW": [ { "text": "用戶", "except": ["用戶端"] } ] } }
      ],
      "style": {
        "zh-CN": [
          { "text": "你", "write": "您", "except": ["迷你"], "kind": "address", "severity": "error" },
          { "text": "「", "write": "“", "kind": "quotes", "severity": "error" },
          { "text": "」", "write": "”", "kind": "quotes", "severity": "error" } ],
        "zh-TW": [
          { "text": "“", "write": "「", "kind": "quotes", "severity": "error" },
          { "text": "”", "write": "」", "kind": "quotes", "severity": "error" } ],
        "en": [ { "text": "'", "write": "’", "kind": "quotes" } ]
      }
    }
    """

  static func glossary() throws -> StyleGlossary {
    let (g, problems) = StyleGlossary.read(SourceFile(name: "terms.json", bytes: Array(glossaryText.utf8)))
    #expect(problems.isEmpty, "\(problems.map(\.description))")
    return try #require(g)
  }

  /// (kind, severity, offset, fix) of each finding.
  static func findings(_ pattern: String, _ locale: String) throws -> [LintRules.Finding] {
    StyleChecks.findings(in: pattern, locale: locale, rules: try glossary().rules(for: locale))
  }

  @Test func zhCNAddressAndQuotes() throws {
    let you = try Self.findings("请你重试。", "zh-CN")
    #expect(you.map(\.kind) == ["address"])
    #expect(you.map(\.offset) == [1])
    #expect(you.map(\.severity) == [.error])
    #expect(you.first?.fix == "write '您'")
    #expect(try Self.findings("请您重试。迷你节点也可以。", "zh-CN").isEmpty)
    let quotes = try Self.findings("请打开「访问密钥」页面。", "zh-CN")
    #expect(quotes.map(\.kind) == ["quotes", "quotes"])
    #expect(quotes.map(\.offset) == [3, 8])
    #expect(quotes.map(\.fix) == ["write '“'", "write '”'"])
    #expect(try Self.findings("请打开“访问密钥”页面。", "zh-CN").isEmpty)
    // zh-CN has no vocabulary rules of zh-TW: 集群 is right here.
    #expect(try Self.findings("集群数量已达到上限。", "zh-CN").isEmpty)
  }

  @Test func zhTWVocabulary() throws {
    let cluster = try Self.findings("目前已有 {n, plural, other {# 個集群}}。", "zh-TW")
    #expect(cluster.count == 1)
    let f = try #require(cluster.first)
    #expect(f.kind == "vocabulary")
    #expect(f.severity == .error)
    #expect(f.offset == 27)
    #expect(f.message == "'集群' in zh-TW text (for “cluster”): 集群 is the mainland word")
    #expect(f.fix == "write '叢集'")
    #expect(try Self.findings("叢集 {clusterId} 不存在。", "zh-TW").isEmpty)
    // An exception: 用戶端 (a client) is Taiwan usage; 用戶 alone is not.
    #expect(try Self.findings("無法建立用戶端。", "zh-TW").isEmpty)
    #expect(try Self.findings("用戶沒有權限。", "zh-TW").map(\.kind) == ["vocabulary"])
    // Overlapping forms: the longest is reported, once.
    let server = try Self.findings("請檢查雲服務器。", "zh-TW")
    #expect(server.map(\.offset) == [3])
    #expect(server.map(\.fix) == ["write '雲端伺服器'"])
    // Vocabulary without a severity is a warning.
    #expect(try Self.findings("服務器錯誤。", "zh-TW").map(\.severity) == [.warning])
    // Hong Kong keeps its own words: zh-TW rules don't apply to zh-HK.
    #expect(try Self.findings("集群的服務器。", "zh-HK").isEmpty)
  }

  @Test func zhTWQuotes() throws {
    let found = try Self.findings("請開啟“自動設定時間”。", "zh-TW")
    #expect(found.map(\.kind) == ["quotes", "quotes"])
    #expect(found.map(\.fix) == ["write '「'", "write '」'"])
    #expect(try Self.findings("請開啟「自動設定時間」。", "zh-TW").isEmpty)
  }

  @Test func englishProductNames() throws {
    let variant = try Self.findings("Tencent Cloud Kubernetes Engine failed.", "en-US")
    #expect(variant.map(\.kind) == ["product-name"])
    #expect(variant.map(\.severity) == [.error])
    #expect(variant.first?.fix == "write 'Tencent Kubernetes Engine (TKE)'")
    let casing = try Self.findings("In the tencent kubernetes engine console.", "en-US")
    #expect(casing.map(\.offset) == [7])
    #expect(casing.map(\.severity) == [.warning])
    #expect(casing.first?.message.hasPrefix("'tencent kubernetes engine' in en-US text") == true)
    #expect(try Self.findings("Tencent Kubernetes Engine (TKE) couldn’t do it.", "en-US").isEmpty)
    #expect(try Self.findings("Open Access Management.", "en-US").map(\.offset) == [5])
    #expect(try Self.findings("Open Cloud Access Management (CAM).", "en-US").isEmpty)
    // Every English locale, not only en-US.
    #expect(try Self.findings("Open Access Management.", "en-GB").count == 1)
    // Names inside identifiers and domains, and the one product written TencentCloud, are fine.
    #expect(try Self.findings("TencentCloud returned an error.", "en-US").count == 1)
    #expect(try Self.findings("Use TencentCloud Managed Service for Prometheus (TMP).", "en-US").isEmpty)
    #expect(try Self.findings("Call cvm.tencentcloudapi.com or TencentCloud-SDK.", "en-US").isEmpty)
    // Argument names are not text.
    #expect(try Self.findings("{TencentCloud} failed", "en-US").isEmpty)
  }

  @Test func englishTypography() throws {
    // An ASCII apostrophe in the text ('' in the pattern); '{' quoting is syntax, not text.
    #expect(try Self.findings("It''s done.", "en-US").map(\.kind) == ["quotes"])
    #expect(try Self.findings("Type '{'code'}' to see it.", "en-US").isEmpty)
    #expect(try Self.findings("It’s done.", "en-US").isEmpty)
    // Full-width forms the punctuation rule doesn't know; the ones it knows are not reported twice.
    let wide = try Self.findings("Open【Settings】＞ Keys　now。", "en-US")
    #expect(wide.map(\.kind) == ["punctuation", "punctuation", "punctuation", "punctuation"])
    #expect(wide.map(\.offset) == [4, 13, 14, 20])
    #expect(wide.map(\.fix) == ["use [", "use ]", "use '>'", "use an ASCII space"])
    // Chinese uses these marks.
    #expect(try Self.findings("请打开【设置】。", "zh-CN").isEmpty)
  }

  @Test func brokenGlossaryIsAPreciseError() {
    let text = #"""
      {"terms": [{"id": "x", "avoid": {"zh-TW": [{"text": "集群", "write": "叢集", "severity": "fatal"}, {"text": "網絡"}]}}],
       "extra": 1}
      """#
    let (g, problems) = StyleGlossary.read(SourceFile(name: "terms.json", bytes: Array(text.utf8)))
    #expect(g == nil)
    #expect(
      problems.map(\.message).sorted() == [
        "\"severity\" must be \"error\" or \"warning\"",
        "the avoid entry for \"網絡\" needs \"write\"",
        "the glossary has an unknown member \"extra\"",
      ])
    let (_, syntax) = StyleGlossary.read(SourceFile(name: "terms.json", bytes: Array("{\"terms\": [".utf8)))
    #expect(syntax.map(\.kind) == ["syntax"])
  }

  @Test func glossaryPathFromALocaleFile() {
    #expect(StyleChecks.glossaryPath(for: "Locales/zh-TW/tke.json", locale: "zh-TW") == "Locales/glossary/terms.json")
    #expect(StyleChecks.glossaryPath(for: "/x/L/en-US/common.json", locale: "en-US") == "/x/L/glossary/terms.json")
    #expect(StyleChecks.glossaryPath(for: "old/zh-CN.json", locale: "zh-CN") == "old/glossary/terms.json")
  }

  @Test func shippedGlossaryReadsAndCoversTheGuide() throws {
    let path = LintFixture.packageRoot.appendingPathComponent("Locales/glossary/terms.json").path
    let file = try CatalogFolders.read(path).get()
    let (g, problems) = StyleGlossary.read(file)
    #expect(problems.isEmpty, "\(problems.map(\.description))")
    let glossary = try #require(g)
    func fixes(_ pattern: String, _ locale: String) -> [String?] {
      StyleChecks.findings(in: pattern, locale: locale, rules: glossary.rules(for: locale)).map(\.fix)
    }
    #expect(fixes("網絡與集群的服務器設置", "zh-TW") == ["write '網路'", "write '叢集'", "write '伺服器'", "write '設定'"])
    #expect(fixes("騰訊雲伺服器、用戶端、電子郵件地址", "zh-TW").isEmpty)
    #expect(fixes("请你在「访问管理」中操作。", "zh-CN") == ["write '您'", "write '“'", "write '”'"])
    #expect(fixes("Open the Virtual private cloud console.", "en-US") == ["write 'Virtual Private Cloud (VPC)'"])
    #expect(glossary.rules(for: "zh-HK").isEmpty)
  }

  /// Through `errmsg lint`'s checker: the place, the kind, the fix, and errors vs warnings.
  @Test func lintPointsAtTheWord() throws {
    let f = try LintFixture()
    defer { f.remove() }
    let tw = "Locales/zh-TW/tke.json"
    let original = try f.read(tw)
    let target = try #require(original.components(separatedBy: "\n").first { $0.contains("叢集") })
    let line = try f.replace("叢集", with: "集群", after: nil, in: tw)
    let checked = try f.lint()
    let style = checked.diagnostics.filter { $0.kind == "vocabulary" }
    #expect(style.count == 1, "\(style.map(\.description))")
    let d = try #require(style.first)
    #expect(d.file == f.path(tw))
    #expect(d.line == line)
    let column = try #require(target.range(of: "叢集")).lowerBound
    #expect(d.column == target.unicodeScalars.distance(from: target.startIndex, to: column) + 1)
    #expect(d.severity == .error)
    #expect(d.fix == "write '叢集'")
    #expect(d.code != nil)
  }

  @Test func brokenGlossaryIsReportedOnce() throws {
    let f = try LintFixture()
    defer { f.remove() }
    try f.write("Locales/glossary/terms.json", "{\"terms\": 3}")
    let problems = try f.lint().errors.filter { $0.file.hasSuffix("glossary/terms.json") }
    #expect(problems.map(\.message) == ["\"terms\" must be an array, found a number"])
  }
}
