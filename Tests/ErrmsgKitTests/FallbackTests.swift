import ErrmsgKit
import Testing

/// Code fallback: sub-codes use their family's entry; unknown codes a generic message.
@Suite struct FallbackTests {
  let catalog = MessageCatalog.embedded

  @Test func unknownSubCodeFallsBackToParent() {
    let m = catalog.localized(code: "InternalError.SomethingNew", locale: "en-US")
    #expect(m.matchedCode == "InternalError")
    #expect(!m.isExact)
    #expect(m.code == "InternalError.SomethingNew")
    #expect(m.message == catalog.localized(code: "InternalError", locale: "en-US").message)
    #expect(m.category == .internal)
    #expect(m.tier == .family)
    #expect(m.product == "common")
  }

  @Test func unknownSubCodeOfAProductUsesTheProductsFamily() {
    let m = catalog.localized(code: "InternalError.SomethingNew", product: "tke", locale: "zh-CN")
    #expect(m.matchedCode == "InternalError")
    #expect(!m.isExact)
    #expect(m.tier == .family)
    #expect(m.product == "tke")
    #expect(m.message == catalog.localized(code: "InternalError", product: "tke", locale: "zh-CN").message)
    #expect(m.message != catalog.localized(code: "InternalError", locale: "zh-CN").message)
    // A product without curated entries ends at the common family.
    let other = catalog.localized(code: "InternalError.SomethingNew", product: "cvm", locale: "zh-CN")
    #expect(other.matchedCode == "InternalError")
    #expect(other.tier == .family)
    #expect(other.product == "common")
    #expect(other.message == catalog.localized(code: "InternalError", locale: "zh-CN").message)
  }

  @Test func deepSubCodeWalksUpEveryLevel() {
    let m = catalog.localized(code: "AuthFailure.SignatureExpire.Extra.More", locale: "zh-CN")
    #expect(m.matchedCode == "AuthFailure.SignatureExpire")
    #expect(!m.isExact)
    let family = catalog.localized(code: "ResourceNotFound.SecurityGroupNotExist", locale: "zh-CN")
    #expect(family.matchedCode == "ResourceNotFound")
  }

  @Test(arguments: ["en-US", "zh-CN", "zh-TW"])
  func whollyUnknownCodeGetsGenericMessageWithTheCode(locale: String) {
    let m = catalog.localized(code: "Quota.NotEnough", locale: locale)
    #expect(m.matchedCode == nil)
    #expect(!m.isExact)
    #expect(m.message.contains("Quota.NotEnough"))
    #expect(!m.hint.isEmpty)
    #expect(m.category == nil)
    #expect(m.retry == .unknown)
    #expect(m.tier == .generic)
    #expect(m.product == nil)
    #expect(m.locale == locale)
  }

  @Test func errorCodeHierarchy() {
    let code: ErrorCode = "A.B.C"
    #expect(code.parent == "A.B")
    #expect(code.parent?.parent == "A")
    #expect(code.parent?.parent?.parent == nil)
    #expect(code.family == "A")
    #expect(code.lookupChain == ["A.B.C", "A.B", "A"])
  }

  @Test func concurrentLookupsAgree() async {
    let expected = catalog.localized(
      code: "RequestLimitExceeded", locale: "zh-CN", arguments: ["count": 5, "limit": 3])
    await withTaskGroup(of: Bool.self) { group in
      for i in 0..<64 {
        group.addTask {
          let locale = i % 2 == 0 ? "zh-CN" : "zh_CN.UTF-8"
          let m = MessageCatalog.embedded.localized(
            code: "RequestLimitExceeded", locale: locale, arguments: ["count": 5, "limit": 3])
          return m == expected
        }
      }
      for await same in group { #expect(same) }
    }
  }
}
