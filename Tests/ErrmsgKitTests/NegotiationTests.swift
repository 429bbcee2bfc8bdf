import ErrmsgKit
import Testing

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Locale negotiation: BCP 47, POSIX, Accept-Language, Traditional Chinese.
@Suite struct NegotiationTests {
  let catalog = MessageCatalog.embedded

  @Test(arguments: [
    ("zh-CN", "zh-CN"), ("zh_CN.UTF-8", "zh-CN"), ("zh-Hans", "zh-CN"), ("zh-Hans-CN", "zh-CN"),
    ("zh-SG", "zh-CN"), ("ZH-cn", "zh-CN"), ("zh", "zh-CN"), ("en", "en-US"), ("en-GB", "en-US"),
    ("en_US.UTF-8", "en-US"), ("C", "en-US"), ("POSIX", "en-US"), ("", "en-US"), ("fr-FR", "en-US"),
    ("fr-CH, zh;q=0.9, en;q=0.8", "zh-CN"), ("fr-CH, en;q=0.9, zh;q=0.8", "en-US"),
    ("zh;q=0, en", "en-US"), ("*", "en-US"), ("not a locale!!", "en-US"),
  ])
  func resolves(request: String, expected: String) {
    let m = catalog.localized(code: "InternalError", locale: request)
    #expect(m.locale == expected, "\(request)")
    #expect(!m.isMachineConverted, "\(request)")
  }

  @Test(arguments: ["zh-TW", "zh-Hant", "zh_TW.UTF-8", "zh-Hant-TW"])
  func traditionalChineseGetsTheTaiwanTextsNotSimplified(request: String) {
    let m = catalog.localized(code: "AuthFailure.SignatureExpire", locale: request)
    // zh-TW is written for Taiwan (not converted).
    #expect(m.locale == "zh-TW", "\(request) → \(m.locale)")
    #expect(!m.isMachineConverted, "\(request)")
    #expect(m.message == "本裝置的時間與騰訊雲伺服器的時間相差超過五分鐘，請求已遭拒絕。")
    let simplified = catalog.localized(code: "AuthFailure.SignatureExpire", locale: "zh-CN")
    #expect(m.message != simplified.message)
    #expect(!m.message.contains("时间"), "\(m.message)")
  }

  /// Hong Kong and Macau get zh-CN converted by OpenCC for Hong Kong (s2hk and the glossary), marked so.
  @Test(arguments: ["zh-HK", "zh-MO", "zh_HK.UTF-8", "zh-Hant-HK"])
  func hongKongAndMacauGetTheHongKongConversion(request: String) {
    let m = catalog.localized(code: "AuthFailure.SignatureExpire", locale: request)
    #expect(m.locale == "zh-HK", "\(request) → \(m.locale)")
    #expect(m.isMachineConverted, "\(request)")
    #expect(m.message == "本設備時間與騰訊雲服務器時間相差超過五分鐘，請求已被拒絕。")
    #expect(m.message != catalog.localized(code: "AuthFailure.SignatureExpire", locale: "zh-TW").message)
  }

  /// A Locales folder without Traditional Chinese texts converts the Simplified ones with ICU, and says so.
  @Test(arguments: ["zh-TW", "zh-HK", "zh-Hant"])
  func traditionalChineseIsConvertedWhenNotWritten(request: String) throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("errmsg-hant-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for sub in ["Catalog", "Locales"] {
      try FileManager.default.copyItem(at: root.appendingPathComponent(sub), to: dir.appendingPathComponent(sub))
    }
    try FileManager.default.removeItem(at: dir.appendingPathComponent("Locales/zh-TW"))
    try FileManager.default.removeItem(at: dir.appendingPathComponent("Locales/zh-HK"))
    let converting = try MessageCatalog(
      localesDirectory: dir.appendingPathComponent("Locales").path,
      catalogDirectory: dir.appendingPathComponent("Catalog").path, fallback: nil)
    let m = converting.localized(code: "AuthFailure.SignatureExpire", locale: request)
    #expect(m.isMachineConverted, "\(request)")
    #expect(m.locale.hasPrefix("zh-"), "\(request) → \(m.locale)")
    #expect(m.locale != "zh-CN")
    let simplified = converting.localized(code: "AuthFailure.SignatureExpire", locale: "zh-CN")
    #expect(m.message != simplified.message)
    // 时间 (Simplified) → 時間 (Traditional).
    #expect(simplified.message.contains("时间"), "\(simplified.message)")
    #expect(m.message.contains("時間"), "\(m.message)")
    #expect(!m.message.contains("时间"), "\(m.message)")
  }

  @Test func foundationLocale() {
    let m = MessageCatalog.localized(code: "InternalError", locale: Locale(identifier: "zh_CN"))
    #expect(m.locale == "zh-CN")
  }

  @Test func resolvedLocaleIsReported() {
    #expect(catalog.resolvedLocale(for: "zh_CN.UTF-8") == "zh-CN")
    #expect(catalog.resolvedLocale(for: "en-AU") == "en-US")
    #expect(catalog.availableLocales.contains("en-US"))
    #expect(catalog.availableLocales.contains("zh-CN"))
    #expect(catalog.availableLocales.contains("zh-TW"))
    #expect(catalog.resolvedLocale(for: "zh-HK") == "zh-HK")
    #expect(catalog.resolvedLocale(for: "zh-MO") == "zh-HK")
    #expect(catalog.resolvedLocale(for: "zh-Hant") == "zh-TW")
  }
}
