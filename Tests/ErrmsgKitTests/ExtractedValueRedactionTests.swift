import ErrmsgKit
import Testing

/// F1: credentials a server message carries never reach the values read out of it
/// (`arguments`, `detail`), whatever rule extracts them.
@Suite struct ExtractedValueRedactionTests {
  static let secretId = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"

  @Test func aSecretIdInAnExtractedValueIsRedacted() {
    let m = MessageCatalog.embedded.localized(
      TencentCloudError(
        code: "InvalidParameterValue",
        serverMessage: "The value `\(Self.secretId)` specified in the parameter `SecretId` is invalid"),
      locale: "en-US")
    #expect(m.arguments["value"] == MessageArgument.string("AKIDz8kr****"))
    #expect(m.arguments["parameter"] == MessageArgument.string("SecretId"))
    #expect(m.detail == "The value “AKIDz8kr****” isn’t valid for “SecretId”.")
    #expect(!m.jsonText.contains("bsJ5yKBZ"))
  }

  @Test func aTokenInAMissingParameterIsRedacted() {
    let m = MessageCatalog.embedded.localized(
      TencentCloudError(
        code: "MissingParameter",
        serverMessage: "The request is missing a required parameter `Token=TOKENq7Zk2mW9xR4pL1nB8vC3`"),
      locale: "en-US")
    #expect(m.arguments["parameter"] == MessageArgument.string("Token=****"))
    #expect(m.detail == "The required parameter “Token=****” wasn’t sent.")
  }

  @Test func chineseMessagesToo() {
    let m = MessageCatalog.embedded.localized(
      TencentCloudError(
        code: "InvalidParameterValue",
        serverMessage:
          "The value `SecretKey=Gu5t9xGARNpq86cd98joQYCN3EXAMPLE` specified in the parameter `Auth` is invalid"),
      locale: "zh-CN")
    #expect(m.arguments["value"] == MessageArgument.string("SecretKey=****"))
    #expect(m.detail?.contains("Gu5t9x") == false)
  }
}
