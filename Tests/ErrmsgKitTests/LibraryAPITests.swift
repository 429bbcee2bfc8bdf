import ErrmsgKit
import Foundation
import Testing

/// The public API as an app uses it: LocalizedError, catalogs from folders, broken translations.
@Suite struct LibraryAPITests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  @Test func localizedErrorShowsAsIs() {
    let error: any Error = TencentCloudError(
      code: "AuthFailure.SecretIdNotFound", serverMessage: "The SecretId is not found", requestId: "r-1",
      locale: "zh-CN")
    #expect(
      error.localizedDescription
        == MessageCatalog.localized(code: "AuthFailure.SecretIdNotFound", locale: "zh-CN").message)
    let localized = error as? any LocalizedError
    #expect(localized?.recoverySuggestion?.contains("空格") == true)
    #expect(localized?.failureReason == nil)
  }

  @Test func failureReasonUsesServerValues() {
    let error = TencentCloudError(
      code: "MissingParameter", serverMessage: "The request is missing a required parameter `Timestamp`.",
      locale: "en-US")
    #expect(error.failureReason?.contains("Timestamp") == true)
  }

  /// A temporary copy of the shipped Catalog/ and Locales/.
  static func copyOfShippedFiles() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("errmsg-kit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for sub in ["Catalog", "Locales"] {
      try FileManager.default.copyItem(
        at: packageRoot.appendingPathComponent(sub), to: dir.appendingPathComponent(sub))
    }
    return dir
  }

  static func edit(_ file: URL, _ transform: (String) -> String) throws {
    let text = try String(contentsOf: file, encoding: .utf8)
    try transform(text).write(to: file, atomically: true, encoding: .utf8)
  }

  @Test func loadsFromDirectoriesLikeTheEmbeddedCatalog() throws {
    let dir = try Self.copyOfShippedFiles()
    defer { try? FileManager.default.removeItem(at: dir) }
    let catalog = try MessageCatalog(
      localesDirectory: dir.appendingPathComponent("Locales").path,
      catalogDirectory: dir.appendingPathComponent("Catalog").path, fallback: nil)
    for info in MessageCatalog.embedded.codes {
      for locale in ["en-US", "zh-CN", "zh-TW"] {
        #expect(
          catalog.localized(code: info.code.rawValue, product: info.product, locale: locale)
            == MessageCatalog.embedded.localized(code: info.code.rawValue, product: info.product, locale: locale))
      }
    }
  }

  @Test func translatorEditShowsAtOnce() throws {
    let dir = try Self.copyOfShippedFiles()
    defer { try? FileManager.default.removeItem(at: dir) }
    let zh = dir.appendingPathComponent("Locales/zh-CN/common.json")
    let before = MessageCatalog.embedded.localized(code: "InternalError", locale: "zh-CN").message
    try Self.edit(zh) { $0.replacingOccurrences(of: before, with: "新的说法。") }
    let catalog = try MessageCatalog(localesDirectory: dir.appendingPathComponent("Locales").path)
    #expect(catalog.localized(code: "InternalError", locale: "zh-CN").message == "新的说法。")
  }

  @Test func brokenPatternFallsBackToTheSourceLocaleWithAWarning() throws {
    let dir = try Self.copyOfShippedFiles()
    defer { try? FileManager.default.removeItem(at: dir) }
    let zh = dir.appendingPathComponent("Locales/zh-CN/common.json")
    let before = MessageCatalog.embedded.localized(code: "InternalError", locale: "zh-CN").message
    try Self.edit(zh) { $0.replacingOccurrences(of: "\"" + before + "\"", with: "\"坏了 {count, plural, one {x}\"") }
    let catalog = try MessageCatalog(
      localesDirectory: dir.appendingPathComponent("Locales").path,
      catalogDirectory: dir.appendingPathComponent("Catalog").path, fallback: nil)
    let m = catalog.localized(code: "InternalError", locale: "zh-CN")
    #expect(m.message == MessageCatalog.embedded.localized(code: "InternalError", locale: "en-US").message)
    #expect(!m.message.contains("{"))
    #expect(m.warnings.count == 1)
    #expect(m.warnings.first?.contains("zh-CN/common.json:") == true, "\(m.warnings)")
    // The hint of the same entry is fine and stays Chinese.
    #expect(m.hint == MessageCatalog.embedded.localized(code: "InternalError", locale: "zh-CN").hint)
  }

  @Test func brokenOverrideFileFallsBackToEmbeddedTexts() throws {
    let dir = try Self.copyOfShippedFiles()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "{ \"locale\": \"zh-CN\", ".write(
      to: dir.appendingPathComponent("Locales/zh-CN/common.json"), atomically: true, encoding: .utf8)
    let catalog = try MessageCatalog(localesDirectory: dir.appendingPathComponent("Locales").path)
    let m = catalog.localized(code: "InternalError", locale: "zh-CN")
    #expect(m == MessageCatalog.embedded.localized(code: "InternalError", locale: "zh-CN"))
    let problem = catalog.diagnostics.first { $0.severity == .error }
    #expect(problem?.file.hasSuffix("Locales/zh-CN/common.json") == true)
    #expect(problem?.line == 1)
  }

  @Test func newLocaleIsPickedUpWithoutSwiftChanges() throws {
    let dir = try Self.copyOfShippedFiles()
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.removeItem(at: dir.appendingPathComponent("Locales/en-US"))
    let ja = """
      {
        "locale": "ja",
        "product": "common",
        "unknown": { "message": "不明なエラー（{code}）。", "hint": "しばらくしてから再試行してください。" },
        "messages": {
          "InternalError": { "message": "Tencent Cloud 側で内部エラーが発生しました。", "hint": "しばらくしてから再試行してください。" }
        }
      }
      """
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("Locales/ja"), withIntermediateDirectories: true)
    try ja.write(to: dir.appendingPathComponent("Locales/ja/common.json"), atomically: true, encoding: .utf8)
    let catalog = try MessageCatalog(localesDirectory: dir.appendingPathComponent("Locales").path)
    #expect(catalog.availableLocales.contains("ja"))
    let m = catalog.localized(code: "InternalError", locale: "ja-JP")
    #expect(m.locale == "ja")
    #expect(m.message == "Tencent Cloud 側で内部エラーが発生しました。")
    // A code ja lacks falls back to the source locale.
    let other = catalog.localized(code: "InvalidAction", locale: "ja")
    #expect(other.message == MessageCatalog.embedded.localized(code: "InvalidAction", locale: "en-US").message)
  }

  @Test func missingCatalogDirectoryIsAClearError() {
    #expect(throws: CatalogLoadError.self) {
      _ = try MessageCatalog(localesDirectory: "/nonexistent/Locales")
    }
  }
}
