import ErrmsgTestSupport
import Foundation
import Testing

@testable import ErrmsgKit

/// The embedded catalog reads each entry when a lookup first reaches it
/// (``MemberIndex``); the package's Catalog/ and Locales/ read whole must
/// answer exactly the same, code by code, in every locale.
@Suite struct EmbeddedReadingTests {
  static let fromFolders: MessageCatalog = {
    let root = ErrmsgProcess.packageRoot
    return try! MessageCatalog(
      localesDirectory: root.appendingPathComponent("Locales").path,
      catalogDirectory: root.appendingPathComponent("Catalog").path, fallback: nil)
  }()

  static let locales = ["en-US", "zh-CN", "zh-TW", "zh-HK", "zh-MO", "en-XA"]

  func expectSame(_ a: LocalizedMessage, _ b: LocalizedMessage, _ what: String) {
    #expect(a.message == b.message, "\(what)")
    #expect(a.hint == b.hint, "\(what)")
    #expect(a.detail == b.detail, "\(what)")
    #expect(a.tier == b.tier, "\(what)")
    #expect(a.product == b.product, "\(what)")
    #expect(a.matchedCode == b.matchedCode, "\(what)")
    #expect(a.category == b.category && a.retry == b.retry && a.actor == b.actor, "\(what)")
    #expect(a.isMachineConverted == b.isMachineConverted, "\(what)")
    #expect(a.warnings == b.warnings, "\(what)")
  }

  @Test func everyCuratedCodeReadsAsTheFilesSay() {
    let embedded = MessageCatalog.embedded
    let codes = embedded.codes()
    // Metadata, versions and arguments too (CodeInfo is compared whole).
    #expect(codes == Self.fromFolders.codes())
    #expect(codes.count > 100)
    for info in codes {
      for locale in Self.locales {
        let what = "\(info.product) \(info.code.rawValue) \(locale)"
        expectSame(
          embedded.localized(code: info.code.rawValue, product: info.product, locale: locale),
          Self.fromFolders.localized(code: info.code.rawValue, product: info.product, locale: locale), what)
      }
    }
  }

  @Test func familiesArgumentsAndUnknownCodesToo() {
    let cases: [(String, String?, [String: MessageArgument])] = [
      ("AuthFailure.SignatureExpire", nil, ["requestTime": .date(Date(timeIntervalSince1970: 1_700_000_000))]),
      ("InvalidParameterValue", nil, ["parameter": "Zone", "value": "ap-mars-1"]),
      ("FailedOperation.SomethingNew", "tke", [:]),
      ("ResourceNotFound.InstanceNotFound", "cvm", [:]),
      ("NoSuchCodeAnywhere", nil, [:]),
    ]
    for (code, product, arguments) in cases {
      for locale in Self.locales {
        expectSame(
          MessageCatalog.embedded.localized(code: code, product: product, locale: locale, arguments: arguments),
          Self.fromFolders.localized(code: code, product: product, locale: locale, arguments: arguments),
          "\(code) \(locale)")
      }
    }
  }

  @Test func extractionRulesAndProductsReadAlike() {
    let messages = [
      "Signature expired. Timestamp: 1700000000, Server current timestamp 1700000900, the maximum expire is 300 seconds",
      "The value `ap-mars-1` specified in the parameter `Zone` is invalid",
      "The request is missing a required parameter `InstanceIds`.",
      "nothing a rule knows",
    ]
    for m in messages {
      let a = MessageCatalog.embedded.inferCode(fromMessage: m)
      let b = Self.fromFolders.inferCode(fromMessage: m)
      #expect(a?.code == b?.code && a?.rule == b?.rule, "\(m)")
    }
    #expect(MessageCatalog.embedded.inferCode(fromMessage: messages[0])?.code == "AuthFailure.SignatureExpire")
    for code in ["ClientNetworkError", "ClientError.SomethingNew", "InvalidParameter", "AuthFailure.SignatureExpire"] {
      #expect(
        MessageCatalog.embedded.recognizedProduct(of: code) == Self.fromFolders.recognizedProduct(of: code), "\(code)")
    }
  }

  @Test func theEmbeddedFilesHoldNoProblems() {
    for info in MessageCatalog.embedded.codes() {
      for locale in Self.locales {
        _ = MessageCatalog.embedded.localized(code: info.code.rawValue, product: info.product, locale: locale)
      }
    }
    #expect(MessageCatalog.embedded.diagnostics.isEmpty)
  }
}
