import ErrmsgKit
import Testing

/// ICU formatting as users see it: plurals, numbers, dates, values shown literally.
@Suite struct FormattingTests {
  let catalog = MessageCatalog.embedded

  @Test func englishPluralOneAndOther() {
    let one = catalog.localized(
      code: "InternalError.QuotaMaxClsLimit", locale: "en-US", arguments: ["current": 1, "limit": 1])
    #expect(one.detail == "There’s already 1 cluster in this region, and the quota is 1.")
    let many = catalog.localized(
      code: "InternalError.QuotaMaxClsLimit", locale: "en-US", arguments: ["current": 1200, "limit": 5000])
    #expect(many.detail == "There are already 1,200 clusters in this region, and the quota is 5,000.")
  }

  @Test func chinesePluralOtherAndGrouping() {
    let m = catalog.localized(
      code: "InternalError.QuotaMaxClsLimit", locale: "zh-CN", arguments: ["current": 1, "limit": 12000])
    #expect(m.detail == "当前地域已有 1 个集群，配额上限为 12,000 个。")
    let tw = catalog.localized(
      code: "InternalError.QuotaMaxClsLimit", locale: "zh-TW", arguments: ["current": 1, "limit": 12000])
    #expect(tw.detail == "目前區域已有 1 個叢集，配額上限為 12,000 個。")
  }

  @Test func requestLimitDetailInBothLocales() {
    let en = catalog.localized(code: "RequestLimitExceeded", locale: "en-US", arguments: ["count": 21, "limit": 20])
    #expect(
      en.detail == "21 requests were sent to this API with the same account in one second; the limit is 20 per second.")
    let one = catalog.localized(code: "RequestLimitExceeded", locale: "en-US", arguments: ["count": 1, "limit": 1])
    #expect(one.detail?.hasPrefix("1 request was sent to this API with the same account in one second") == true)
    let zh = catalog.localized(code: "RequestLimitExceeded", locale: "zh-CN", arguments: ["count": 21, "limit": 20])
    #expect(zh.detail?.contains("21") == true)
    #expect(zh.detail?.contains("20") == true)
  }

  @Test func detailIsAbsentWithoutArguments() {
    let m = catalog.localized(code: "RequestLimitExceeded", locale: "en-US")
    #expect(m.detail == nil)
    #expect(m.warnings.isEmpty)
  }

  @Test func argumentValuesAreData() {
    let hostile = "x'{count}'# {limit, plural, other {boom}} ''"
    let m = catalog.localized(code: "MissingParameter", locale: "en-US", arguments: ["parameter": .string(hostile)])
    #expect(m.detail?.contains(hostile) == true, "got \(m.detail ?? "nil")")
  }

  @Test func argumentsFromTheServerMessage() {
    let en = catalog.localized(
      TencentCloudError(
        code: "RequestLimitExceeded",
        serverMessage:
          "Your current request times equals to `21` in a second, which exceeds the frequency limit `20` for a second.",
        requestId: "r1"), locale: "en-US")
    #expect(en.arguments == ["count": 21, "limit": 20])
    #expect(
      en.detail == "21 requests were sent to this API with the same account in one second; the limit is 20 per second.")
    let zh = catalog.localized(
      TencentCloudError(code: "RequestLimitExceeded", serverMessage: "您当前每秒请求 `23` 次，超过了每秒频率上限 `20`"),
      locale: "zh-CN")
    #expect(zh.arguments == ["count": 23, "limit": 20])
    let missing = catalog.localized(
      TencentCloudError(
        code: "MissingParameter", serverMessage: "The request is missing a required parameter `Timestamp`."),
      locale: "en-US")
    #expect(missing.arguments == ["parameter": "Timestamp"])
    #expect(missing.detail?.contains("Timestamp") == true)
    let value = catalog.localized(
      TencentCloudError(
        code: "InvalidParameterValue",
        serverMessage: "The value `50` specified in the parameter `SystemDisk.DiskSize` is not valid."),
      locale: "en-US")
    #expect(value.arguments == ["value": "50", "parameter": "SystemDisk.DiskSize"])
  }

  @Test func unmatchedServerMessageGivesTheArgumentFreeMessage() {
    let m = catalog.localized(
      TencentCloudError(code: "RequestLimitExceeded", serverMessage: "slow down"), locale: "en-US")
    #expect(m.detail == nil)
    #expect(m.arguments.isEmpty)
    #expect(!m.message.isEmpty)
  }

  @Test func serverMessagesAreRedacted() {
    let m = catalog.localized(
      TencentCloudError(
        code: "AuthFailure.SignatureFailure",
        serverMessage:
          "bad key AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA, SecretKey=Gu5t9xGARNpq86cd98joQYCN3EXAMPLE Token: abc.def"),
      locale: "en-US")
    let s = m.serverMessage ?? ""
    #expect(!s.contains("z8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"))
    #expect(!s.contains("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"))
    #expect(!s.contains("abc.def"))
    #expect(s.contains("AKIDz8kr****"))
  }
}
