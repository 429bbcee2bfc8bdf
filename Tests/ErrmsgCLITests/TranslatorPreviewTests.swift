import ErrmsgKit
import ErrmsgTestSupport
import Foundation
import Testing

/// A translator's edit shows at once (`--locales`, `ERRMSG_LOCALES`), and a broken one never crashes.
@Suite struct TranslatorPreviewTests {
  @Test func anEditShowsWithoutRebuilding() throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    try f.replace("多因素认证（MFA）校验未通过。", with: "MFA 校验失败了。", in: "Locales/zh-CN/common.json")
    let show = try ErrmsgProcess.run(["show", "AuthFailure.MFAFailure", "--locale", "zh-CN", "--locales", f.locales])
    #expect(show.status == 0)
    #expect(show.text.contains("message:   MFA 校验失败了。\n"))
    let localize = try ErrmsgProcess.run(
      ["--locale", "zh-CN"], input: errorEnvelope("AuthFailure.MFAFailure"), environment: ["ERRMSG_LOCALES": f.locales])
    #expect(localize.text.hasPrefix("MFA 校验失败了。\n"))
    #expect(localize.stderr.isEmpty)
  }

  @Test func brokenJSONFallsBackToTheEmbeddedTextWithAWarning() throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    let line = try f.replace(
      "\"state\": \"translated\"", with: "\"state\": translated", in: "Locales/zh-CN/common.json")
    #expect(line == 20)
    let out = try ErrmsgProcess.run(
      ["--locale", "zh-CN", "--locales", f.locales], input: errorEnvelope("AuthFailure.MFAFailure"))
    #expect(out.status == 0)
    #expect(out.text.hasPrefix("多因素认证（MFA）校验未通过。\n"))
    #expect(out.stderr.contains("warning"))
    #expect(out.stderr.contains("Locales/zh-CN/common.json:20:"), "\(out.stderr)")
    let show = try ErrmsgProcess.run(["show", "AuthFailure.MFAFailure", "--locale", "zh-CN", "--locales", f.locales])
    #expect(show.status == 0)
    #expect(show.text.contains("多因素认证（MFA）校验未通过。"))
  }

  @Test func aBrokenPatternFallsBackForThatEntryOnly() throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    let line = try f.replace("本应用使用的密钥", with: "本应用使用的{密钥", in: "Locales/zh-CN/common.json")
    #expect(line == 33)
    try f.replace("多因素认证（MFA）校验未通过。", with: "MFA 校验失败了。", in: "Locales/zh-CN/common.json")
    let broken = try ErrmsgProcess.run(
      ["--locale", "zh-CN", "--locales", f.locales], input: errorEnvelope("AuthFailure.InvalidSecretId"))
    #expect(broken.status == 0)
    // The embedded text stands in, with a warning that points at the broken line.
    #expect(broken.text.hasPrefix("本应用使用的密钥不是有效的腾讯云 API 密钥。\n"))
    #expect(broken.stderr.contains("Locales/zh-CN/common.json:33:"), "\(broken.stderr)")
    let fine = try ErrmsgProcess.run(
      ["--locale", "zh-CN", "--locales", f.locales], input: errorEnvelope("AuthFailure.MFAFailure"))
    #expect(fine.text.hasPrefix("MFA 校验失败了。\n"))
  }

  @Test func theLibraryNeverThrowsForABrokenLocaleFile() throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    try f.write("Locales/zh-CN/common.json", "{ not json")
    let catalog = try MessageCatalog(localesDirectory: f.locales)
    let m = catalog.localized(code: "AuthFailure.MFAFailure", locale: "zh-CN")
    #expect(m.message == "多因素认证（MFA）校验未通过。")
    #expect(catalog.diagnostics.contains { $0.file.hasSuffix("Locales/zh-CN/common.json") && $0.severity == .error })
  }
}

/// A translator adds `Locales/ja/common.json`: picked up without touching Swift.
@Suite struct TranslatorNewLocaleTests {
  static let japanese = """
    {
      "locale": "ja",
      "product": "common",
      "ui": {
        "hint": "対処方法",
        "code": "エラーコード",
        "requestId": "リクエスト ID",
        "noError": "レスポンスにエラーはありません。",
        "serverMessage": "サーバーからのメッセージ"
      },
      "unknown": {
        "message": "アプリが認識できないエラー（{code}）が返されました。",
        "hint": "もう一度お試しください。"
      },
      "messages": {
        "AuthFailure.MFAFailure": {
          "message": "多要素認証（MFA）に失敗しました。",
          "hint": "MFA コードが最新で正しく入力されているか確認してください。",
          "state": "translated"
        }
      }
    }

    """

  @Test func throughTheCommand() throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    try f.addJapanese(Self.japanese)
    for locale in ["ja", "ja-JP", "ja_JP.UTF-8"] {
      let out = try ErrmsgProcess.run(
        ["--locale", locale, "--locales", f.locales], input: errorEnvelope("AuthFailure.MFAFailure"))
      #expect(out.status == 0)
      #expect(
        out.text == """
          多要素認証（MFA）に失敗しました。
          対処方法：MFA コードが最新で正しく入力されているか確認してください。
          エラーコード：AuthFailure.MFAFailure
          リクエスト ID：req-1

          """, "\(locale)")
    }
    // Codes it does not translate yet fall back to the source locale.
    let other = try ErrmsgProcess.run(
      ["--locale", "ja", "--locales", f.locales, "--format", "json"], input: errorEnvelope("InternalError"))
    #expect(other.json?["message"] as? String == "Something went wrong on Tencent Cloud’s side.")
    // Lint sees the new file: the untranslated codes (all 44 common codes but one) are missing,
    // and so is the one ui label the file lacks.
    let lint = try f.run(["lint", "--format", "json"])
    #expect(lint.status == 1)
    let diagnostics = try #require(lint.json?["diagnostics"] as? [[String: Any]])
    let missing = diagnostics.filter {
      $0["kind"] as? String == "missing" && ($0["file"] as? String)?.hasSuffix("ja/common.json") == true
    }.compactMap { $0["message"] as? String }
    #expect(missing.filter { $0.hasPrefix("no entry for ") }.count == 43)
    #expect(!missing.contains("no entry for AuthFailure.MFAFailure"))
    #expect(missing.filter { !$0.hasPrefix("no entry for ") } == [#"no "ui" label "inferred""#])
    // The product it has no file for is one finding.
    let tke = diagnostics.filter { ($0["file"] as? String)?.hasSuffix("ja/tke.json") == true }
    #expect(tke.count == 1, "\(tke)")
    #expect(tke.first?["kind"] as? String == "missing")
    #expect(tke.first?["message"] as? String == "no tke texts in ja (227 codes)")
  }

  @Test func throughTheLibrary() throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    try f.addJapanese(Self.japanese)
    let catalog = try MessageCatalog(localesDirectory: f.locales)
    #expect(catalog.availableLocales.contains("ja"))
    #expect(catalog.resolvedLocale(for: "ja-JP") == "ja")
    #expect(catalog.resolvedLocale(for: "fr-CA, ja;q=0.8") == "ja")
    let m = catalog.localized(code: "AuthFailure.MFAFailure", locale: "ja_JP.UTF-8")
    #expect(m.locale == "ja")
    #expect(m.message == "多要素認証（MFA）に失敗しました。")
    #expect(catalog.label("hint", locale: "ja") == "対処方法")
    #expect(!MessageCatalog.embedded.availableLocales.contains("ja"))
  }
}

extension TranslatorFolder {
  /// Writes `Locales/ja/common.json`.
  func addJapanese(_ text: String) throws {
    try FileManager.default.createDirectory(at: url("Locales/ja"), withIntermediateDirectories: true)
    try write("Locales/ja/common.json", text)
  }
}
