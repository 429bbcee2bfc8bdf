import ErrmsgKit
import Foundation
import Testing

/// Lookups by product across the tiers, on a small catalog written here:
/// curated common and TKE entries, and an official tier for two products.
@Suite struct ProductResolutionTests {
  static let files: [String: String] = [
    "Catalog/common.json": """
    {"product": "common", "sourceLocale": "en-US", "codes": {
      "FailedOperation": {"versions": [], "category": "resource-state", "retry": "unknown", "actor": "caller"},
      "InternalError": {"versions": [], "category": "internal", "retry": "backoff", "actor": "support"},
      "ResourceNotFound": {"versions": [], "category": "resource-state", "retry": "after-fix", "actor": "caller"}
    }}
    """,
    "Catalog/tke.json": """
    {"product": "tke", "codes": {
      "FailedOperation": {"versions": ["2018-05-25"], "category": "resource-state", "retry": "after-fix", "actor": "caller"},
      "InternalError.CidrInvali": {"versions": ["2018-05-25"], "category": "network", "retry": "after-fix", "actor": "caller"}
    }}
    """,
    "Catalog/official/tke.json": """
    {"product": "tke", "sources": [], "licence": "Apache-2.0", "codes": {
      "FailedOperation.ClusterNotFound": {"versions": ["2018-05-25"], "zh": "集群不存在", "en": "Cluster not found", "zh-TW": "叢集不存在", "zh-HK": "集群不存在"},
      "FailedOperation.NoEnglish": {"versions": ["2018-05-25"], "zh": "没有英文说明。"},
      "FailedOperation.Echo": {"versions": ["2018-05-25"], "zh": "FailedOperation.Echo", "en": "Echo"},
      "InternalError.CidrInvalid": {"versions": ["2018-05-25"], "zh": "CIDR 无效。", "en": "Invalid CIDR."},
      "ResourceNotFound.Shared": {"versions": ["2018-05-25"], "zh": "资源不存在。", "en": "The resource does not exist."},
      "ResourceNotFound.Apart": {"versions": ["2018-05-25"], "zh": "集群不存在。", "en": "The cluster does not exist."}
    }}
    """,
    "Catalog/official/cvm.json": """
    {"product": "cvm", "sources": [], "licence": "Apache-2.0", "codes": {
      "ResourceNotFound.Shared": {"versions": ["2017-03-12"], "zh": "资源不存在。", "en": "The resource does not exist."},
      "ResourceNotFound.Apart": {"versions": ["2017-03-12"], "zh": "实例不存在。", "en": "The instance does not exist."},
      "InvalidZone.Only": {"versions": ["2017-03-12"], "zh": "可用区无效。", "en": "Invalid zone."}
    }}
    """,
    "Locales/en-US/common.json": """
    {"locale": "en-US", "product": "common",
     "ui": {"hint": "What you can do", "code": "Error code", "requestId": "Request ID", "noError": "No error.", "serverMessage": "Original message"},
     "unknown": {"message": "Unknown error ({code}).", "hint": "Contact support."},
     "messages": {
      "FailedOperation": {"message": "The operation failed.", "hint": "Check the resource."},
      "InternalError": {"message": "Something broke inside Tencent Cloud.", "hint": "Try again later."},
      "ResourceNotFound": {"message": "The resource doesn’t exist.", "hint": "Check its ID."}
    }}
    """,
    "Locales/en-US/tke.json": """
    {"locale": "en-US", "product": "tke", "messages": {
      "FailedOperation": {"message": "TKE couldn’t complete the operation.", "hint": "Check the cluster’s state."},
      "InternalError.CidrInvali": {"message": "The CIDR block is not valid.", "hint": "Enter a CIDR such as 10.0.0.0/16."}
    }}
    """,
    "Locales/zh-CN/common.json": """
    {"locale": "zh-CN", "product": "common",
     "ui": {"hint": "处理建议", "code": "错误码", "requestId": "请求 ID", "noError": "没有错误。", "serverMessage": "原始错误信息"},
     "unknown": {"message": "未知错误（{code}）。", "hint": "请联系客服。"},
     "messages": {
      "FailedOperation": {"message": "操作失败。", "hint": "请检查资源。"},
      "InternalError": {"message": "腾讯云内部出错。", "hint": "请稍后重试。"},
      "ResourceNotFound": {"message": "资源不存在。", "hint": "请检查 ID。"}
    }}
    """,
    "Locales/zh-CN/tke.json": """
    {"locale": "zh-CN", "product": "tke", "messages": {
      "FailedOperation": {"message": "容器服务无法完成操作。", "hint": "请检查集群状态。"},
      "InternalError.CidrInvali": {"message": "CIDR 网段无效。", "hint": "请填写如 10.0.0.0/16 的网段。"}
    }}
    """,
  ]

  static let catalog: MessageCatalog = {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("errmsg-products-\(UUID().uuidString)")
    for (path, text) in files {
      let url = root.appendingPathComponent(path)
      try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try! Data(text.utf8).write(to: url)
    }
    return try! MessageCatalog(
      localesDirectory: root.appendingPathComponent("Locales").path,
      catalogDirectory: root.appendingPathComponent("Catalog").path, fallback: nil)
  }()

  @Test func aCuratedEntryOfTheProduct() {
    let m = Self.catalog.localized(code: "InternalError.CidrInvali", product: "tke", locale: "en-US")
    #expect(m.message == "The CIDR block is not valid.")
    #expect(m.tier == .curated)
    #expect(m.product == "tke")
    #expect(m.matchedCode == "InternalError.CidrInvali")
    #expect(m.isExact)
    #expect(m.category == .network)
  }

  @Test func theMisspelledCodeAndItsSiblingStayApart() {
    let misspelled = Self.catalog.localized(code: "InternalError.CidrInvali", product: "tke", locale: "en-US")
    let sibling = Self.catalog.localized(code: "InternalError.CidrInvalid", product: "tke", locale: "en-US")
    #expect(misspelled.tier == .curated)
    #expect(sibling.tier == .official)
    #expect(sibling.message == "Invalid CIDR.")
    #expect(sibling.matchedCode == "InternalError.CidrInvalid")
  }

  @Test func anOfficialEntryShowsTheDescriptionWithTheFamilysHint() {
    let en = Self.catalog.localized(code: "FailedOperation.ClusterNotFound", product: "tke", locale: "en-US")
    #expect(en.message == "Cluster not found.")  // final period added
    #expect(en.hint == "Check the cluster’s state.")  // TKE's FailedOperation
    #expect(en.tier == .official)
    #expect(en.product == "tke")
    #expect(en.isExact)
    #expect(en.matchedCode == "FailedOperation.ClusterNotFound")
    #expect(en.retry == .afterFix)  // TKE's family metadata
    let zh = Self.catalog.localized(code: "FailedOperation.ClusterNotFound", product: "tke", locale: "zh-CN")
    #expect(zh.message == "集群不存在。")
    #expect(zh.hint == "请检查集群状态。")
    #expect(!zh.isMachineConverted)
  }

  @Test func traditionalChineseReadersGetTheConvertedDescription() {
    let tw = Self.catalog.localized(code: "FailedOperation.ClusterNotFound", product: "tke", locale: "zh-TW")
    #expect(tw.message == "叢集不存在。")
    #expect(tw.isMachineConverted)
    #expect(tw.tier == .official)
  }

  @Test func noEnglishDescriptionMeansTheFamilysEnglishTextNeverChinese() {
    let en = Self.catalog.localized(code: "FailedOperation.NoEnglish", product: "tke", locale: "en-US")
    #expect(en.message == "TKE couldn’t complete the operation.")
    #expect(en.tier == .family)
    #expect(en.isExact)
    #expect(en.matchedCode == "FailedOperation.NoEnglish")
    #expect(en.product == "tke")
    let zh = Self.catalog.localized(code: "FailedOperation.NoEnglish", product: "tke", locale: "zh-CN")
    #expect(zh.message == "没有英文说明。")
    #expect(zh.tier == .official)
  }

  @Test func aDescriptionThatRepeatsTheCodeIsNotShown() {
    let zh = Self.catalog.localized(code: "FailedOperation.Echo", product: "tke", locale: "zh-CN")
    #expect(zh.message == "容器服务无法完成操作。")
    #expect(zh.tier == .family)
    let en = Self.catalog.localized(code: "FailedOperation.Echo", product: "tke", locale: "en-US")
    #expect(en.tier == .family)
  }

  @Test func withoutAProductACodeOneProductDeclaresUsesIt() {
    let m = Self.catalog.localized(code: "FailedOperation.ClusterNotFound", locale: "en-US")
    #expect(m.product == "tke")
    #expect(m.tier == .official)
    #expect(m.candidateProducts.isEmpty)
    let cvm = Self.catalog.localized(code: "InvalidZone.Only", locale: "zh-CN")
    #expect(cvm.product == "cvm")
    #expect(cvm.message == "可用区无效。")
  }

  @Test func codesSeveralProductsDeclare() {
    let same = Self.catalog.localized(code: "ResourceNotFound.Shared", locale: "en-US")
    #expect(same.message == "The resource does not exist.")
    #expect(same.tier == .official)
    #expect(same.product == nil)
    #expect(same.candidateProducts == ["cvm", "tke"])
    let apart = Self.catalog.localized(code: "ResourceNotFound.Apart", locale: "en-US")
    #expect(apart.message == "The resource doesn’t exist.")  // the common family's text
    #expect(apart.tier == .family)
    #expect(apart.product == nil)
    #expect(apart.candidateProducts == ["cvm", "tke"])
    #expect(apart.isExact)
    // With a product, its own description.
    let tke = Self.catalog.localized(code: "ResourceNotFound.Apart", product: "tke", locale: "en-US")
    #expect(tke.message == "The cluster does not exist.")
    #expect(tke.candidateProducts.isEmpty)
  }

  @Test func unknownSubCodesFallToTheProductsFamilyThenTheCommonFamily() {
    let tke = Self.catalog.localized(code: "FailedOperation.SomethingNew", product: "tke", locale: "en-US")
    #expect(tke.message == "TKE couldn’t complete the operation.")
    #expect(tke.matchedCode == "FailedOperation")
    #expect(!tke.isExact)
    #expect(tke.product == "tke")
    #expect(tke.tier == .family)
    let cvm = Self.catalog.localized(code: "FailedOperation.SomethingNew", product: "cvm", locale: "en-US")
    #expect(cvm.message == "The operation failed.")
    #expect(cvm.product == "common")
    let none = Self.catalog.localized(code: "FailedOperation.SomethingNew", locale: "en-US")
    #expect(none.product == "common")
  }

  @Test func aCommonCodeWinsOverAProductFamily() {
    let m = Self.catalog.localized(code: "InternalError", product: "tke", locale: "en-US")
    #expect(m.product == "common")
    #expect(m.tier == .curated)
  }

  @Test func anUnknownCodeGetsTheGenericMessage() {
    let m = Self.catalog.localized(code: "Totally.Unknown", product: "tke", locale: "en-US")
    #expect(m.message == "Unknown error (Totally.Unknown).")
    #expect(m.tier == .generic)
    #expect(m.product == nil)
    #expect(m.matchedCode == nil)
  }

  @Test func infoAndListings() {
    let info = Self.catalog.info(for: "FailedOperation.ClusterNotFound", product: "tke")
    #expect(info?.tier == .official)
    #expect(info?.versions == ["2018-05-25"])
    #expect(info?.category == .resourceState)
    #expect(Self.catalog.products(declaring: "ResourceNotFound.Shared") == ["cvm", "tke"])
    let all = Self.catalog.allCodes(product: "tke").map(\.code.rawValue)
    #expect(
      all == [
        "FailedOperation", "InternalError.CidrInvali", "FailedOperation.ClusterNotFound", "FailedOperation.Echo",
        "FailedOperation.NoEnglish", "InternalError.CidrInvalid", "ResourceNotFound.Apart", "ResourceNotFound.Shared",
      ])
  }

  @Test func theServerSaidIsKeptAndTheJSONSaysProductAndTier() {
    let m = Self.catalog.localized(
      TencentCloudError(code: "FailedOperation.ClusterNotFound", product: "tke", serverMessage: "cls-1 gone"),
      locale: "en-US")
    #expect(m.serverMessage == "cls-1 gone")
    #expect(m.product == "tke")
  }
}
