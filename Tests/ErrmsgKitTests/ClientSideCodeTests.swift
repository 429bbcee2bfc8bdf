import ErrmsgKit
import Testing

/// The SDKs' own client-side codes (`ClientNetworkError`, `ClientError.*`) never
/// came from a product's API: an app that passes the product it called still
/// gets the SDK's text, in the library as in the command and the worker.
@Suite struct ClientSideCodeTests {
  @Test(arguments: ["cvm", "tke", "common", "vpc"])
  func aProductGivenByTheAppDoesNotHideTheSDKsText(product: String) {
    let m = MessageCatalog.localized(code: "ClientNetworkError", product: product, locale: "en-US")
    #expect(m.message == "The app could not reach Tencent Cloud, so the request never got an answer.")
    #expect(m.product == "sdk")
    #expect(m.tier == .curated)
    #expect(m.isExact)
    let plain = MessageCatalog.localized(code: "ClientNetworkError", locale: "en-US")
    #expect(plain.message == m.message && plain.hint == m.hint && plain.product == "sdk")
  }

  @Test func anUnknownClientSideCodeFallsToTheSDKsFamily() {
    for product: String? in [nil, "tke"] {
      let m = MessageCatalog.localized(code: "ClientError.SomethingNew", product: product, locale: "zh-CN")
      #expect(m.matchedCode == "ClientError", "\(product ?? "nil")")
      #expect(m.product == "sdk")
      #expect(m.tier == .family)
      #expect(!m.isExact)
      #expect(m.message == MessageCatalog.localized(code: "ClientError", locale: "zh-CN").message)
    }
  }

  @Test func otherCodesKeepTheirProduct() {
    let tke = MessageCatalog.localized(code: "FailedOperation.ClusterNotFound", product: "tke", locale: "en-US")
    #expect(tke.product == "tke")
    let common = MessageCatalog.localized(code: "RequestLimitExceeded", product: "cvm", locale: "en-US")
    #expect(common.product == "common")
    let unknown = MessageCatalog.localized(code: "InternalError.SomethingNew", product: "cvm", locale: "en-US")
    #expect(unknown.product == "common")
    #expect(unknown.matchedCode == "InternalError")
  }
}
