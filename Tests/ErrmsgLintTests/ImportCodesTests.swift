import ErrmsgLint
import ErrmsgModel
import Foundation
import Testing

/// `import-codes`: the official SDKs' error-code files into `Catalog/official/`.
@Suite(
  .enabled(if: OpenCC.executable() != nil, "needs the opencc command (apt-get install opencc; .ci/run installs it)"))
struct ImportCodesTests {
  // MARK: - Reading one file

  @Test func pythonFileWithCRLF() throws {
    let text = SDKFixture.python([("AuthFailure", "CAM签名/鉴权错误。"), ("InternalError.CidrInvali", "CIDR无效。")])
      .replacingOccurrences(of: "\n", with: "\r\n")
    let (file, warnings) = try SDKErrorFile.read(Array(text.utf8), name: "errorcodes.py").get()
    #expect(warnings.isEmpty)
    #expect(
      file.rows == [
        .init(code: "AuthFailure", description: "CAM签名/鉴权错误。", line: 7),
        .init(code: "InternalError.CidrInvali", description: "CIDR无效。", line: 10),
      ])
  }

  @Test func goFile() throws {
    let text = """
      package v20180525

      const (
      \t// 此产品的特有错误码

      \t// CAM签名/鉴权错误。
      \tAUTHFAILURE = "AuthFailure"

      \tINTERNALERROR_NODESCRIPTION = "InternalError.NoDescription"
      \t//
      \tINTERNALERROR_EMPTY = "InternalError.Empty"
      \t// 重复声明
      \tINTERNALERROR_EMPTY2 = "InternalError.Empty"
      \tNOTACODE = "Internal Error"
      )
      """
    let (file, warnings) = try SDKErrorFile.read(Array(text.utf8), name: "errors.go").get()
    #expect(
      file.rows == [
        .init(code: "AuthFailure", description: "CAM签名/鉴权错误。", line: 7),
        .init(code: "InternalError.NoDescription", description: nil, line: 9),
        .init(code: "InternalError.Empty", description: "", line: 11),
      ])
    #expect(
      warnings.map(\.description) == [
        "errors.go:13:1: warning: [InternalError.Empty] declared twice; the first declaration is used",
        "errors.go:14:1: warning: \"Internal Error\" is not an error code; the constant is skipped",
      ])
  }

  @Test func invalidUTF8IsRefusedWithItsPosition() throws {
    let bytes = Array("# ok\nA = 'A'\n# d".utf8) + [0xFF, 0xFE] + Array("\nB = 'B'\n".utf8)
    switch SDKErrorFile.read(bytes, name: "errorcodes.py") {
    case .success: Issue.record("accepted invalid UTF-8")
    case .failure(let r):
      #expect(
        r.description
          == "errorcodes.py:3:4: error: invalid UTF-8 at byte 16 (0xFF) — the SDK files are UTF-8; check the download")
    }
  }

  @Test func apiVersionsAndProducts() {
    #expect(SDKTree.apiVersion("v20180525") == "2018-05-25")
    #expect(SDKTree.apiVersion("v2018052") == nil)
    #expect(SDKTree.apiVersion("__pycache__") == nil)
    #expect(SDKTree.isProductName("tke") && SDKTree.isProductName("ga2") && !SDKTree.isProductName("__init__.py"))
  }

  // MARK: - The import

  static let tkeFile = """
    {
      "product": "tke",
      "sources": [
        { "package": "tencentcloud-sdk-python", "version": "3.0.100", "language": "zh" },
        { "package": "tencentcloud-sdk-python-intl-en", "version": "3.0.90", "language": "en" }
      ],
      "licence": "Apache-2.0",
      "codes": {
        "AuthFailure": {"versions": ["2018-05-25", "2022-05-01"], "zh": "CAM签名/鉴权错误。", "en": "CAM signature/authentication error.", "zh-TW": "CAM簽名/鑑權錯誤。", "zh-HK": "CAM簽名/鑑權錯誤。"},
        "FailedOperation.OnlyChinese": {"versions": ["2018-05-25"], "zh": "实例状态不支持操作", "zh-TW": "執行個體狀態不支援操作。", "zh-HK": "實例狀態不支持操作。"},
        "InternalError.UnexceptedInternal": {"versions": ["2018-05-25"], "zh": "内部错误", "en": "Internal error", "zh-TW": "內部錯誤。", "zh-HK": "內部錯誤。"},
        "InternalError.UnexpectedInternal": {"versions": ["2018-05-25"], "zh": "未知的内部错误。", "en": "Unknown internal error.", "zh-TW": "未知的內部錯誤。", "zh-HK": "未知的內部錯誤。"},
        "InvalidParameter.Param": {"versions": ["2018-05-25", "2022-05-01"], "zh": "参数错误。", "zh-TW": "參數錯誤。", "zh-HK": "參數錯誤。"},
        "ResourceNotFound.ClusterNotFound": {"versions": ["2018-05-25"], "zh": "集群不存在。", "en": "The cluster does not exist.", "zh-TW": "叢集不存在。", "zh-HK": "集羣不存在。"}
      }
    }

    """

  @Test func firstImportWritesEveryProductInTheDocumentedLayout() throws {
    let f = try SDKFixture()
    defer { f.remove() }
    let curated = try f.read("ws/Catalog/tke.json")
    let plan = try f.importCodes()
    #expect(plan.sources.map(\.version) == ["3.0.100", "3.0.90"])
    #expect(
      OfficialImport.report(plan) == ["as: new file, 2 codes", "cvm: new file, 1 code", "tke: new file, 6 codes"])
    #expect(try f.read("ws/Catalog/official/tke.json") == Self.tkeFile)
    // autoscaling is the Python package of product `as`; an English code without a comment has no `en`
    #expect(
      try f.read("ws/Catalog/official/as.json").contains(
        #""LimitExceeded.QuotaNotEnough": {"versions": ["2018-04-19"], "zh": "配额不足。", "zh-TW": "配額不足。", "zh-HK": "配額不足。"}"#
      ))
    // a product only the Chinese SDK has: no `en` anywhere
    #expect(!(try f.read("ws/Catalog/official/cvm.json")).contains("\"en\": "))
    // curated files untouched
    #expect(try f.read("ws/Catalog/tke.json") == curated)

    // A second run changes nothing, byte for byte.
    let before = try f.snapshot()
    let again = try f.importCodes()
    #expect(again.writes.isEmpty)
    #expect(again.changes.isEmpty)
    #expect(try f.snapshot() == before)
  }

  @Test func anotherSDKVersionReportsAddedRemovedChangedAndKeepsRemovedCodes() throws {
    let f = try SDKFixture()
    defer { f.remove() }
    try f.importCodes()
    // 3.0.101: one code gone, one new, one description changed
    try f.writeChinese(
      version: "3.0.101",
      tke2018: [
        ("AuthFailure", "CAM签名/鉴权错误。"),
        ("InternalError.UnexceptedInternal", "内部错误。"),
        ("InternalError.UnexpectedInternal", "未知的内部错误。"),
        ("InvalidParameter.Param", "参数错误,请检查"),
        ("ResourceNotFound.ClusterNotFound", "集群不存在。"),
        ("ResourceNotFound.NodePoolNotFound", "节点池不存在。"),
      ])
    let plan = try f.importCodes()
    #expect(
      OfficialImport.report(plan) == [
        "as: sources updated", "cvm: sources updated",
        "tke: 1 added, 1 removed, 1 changed",
        "  + ResourceNotFound.NodePoolNotFound",
        "  - FailedOperation.OnlyChinese",
        "  ~ InternalError.UnexceptedInternal (zh)",
      ])
    let tke = try f.read("ws/Catalog/official/tke.json")
    #expect(
      tke.contains(
        #""FailedOperation.OnlyChinese": {"versions": ["2018-05-25"], "zh": "实例状态不支持操作", "zh-TW": "執行個體狀態不支援操作。", "zh-HK": "實例狀態不支持操作。", "removed": "3.0.101"}"#
      ))
    #expect(tke.contains(#"{ "package": "tencentcloud-sdk-python", "version": "3.0.101", "language": "zh" }"#))

    // 3.0.102: the code comes back and loses its mark
    try f.writeChinese(version: "3.0.102")
    let back = try f.importCodes()
    #expect(
      OfficialImport.report(back) == [
        "as: sources updated", "cvm: sources updated",
        "tke: 1 back, 1 removed, 1 changed",
        "  + FailedOperation.OnlyChinese (back; no longer marked removed)",
        "  - ResourceNotFound.NodePoolNotFound",
        "  ~ InternalError.UnexceptedInternal (zh)",
      ])
    let again = try f.read("ws/Catalog/official/tke.json")
    #expect(
      !again.contains(
        #""FailedOperation.OnlyChinese": {"versions": ["2018-05-25"], "zh": "实例状态不支持操作", "zh-TW": "執行個體狀態不支援操作。", "zh-HK": "實例狀態不支持操作。", "removed""#
      ))
    #expect(
      again.contains(
        #""ResourceNotFound.NodePoolNotFound": {"versions": ["2018-05-25"], "zh": "节点池不存在。", "zh-TW": "節點池不存在。", "zh-HK": "節點池不存在。", "removed": "3.0.102"}"#
      ))
  }

  @Test func aFailedRunChangesNothing() throws {
    let f = try SDKFixture()
    defer { f.remove() }
    try f.importCodes()
    let before = try f.snapshot()
    // invalid UTF-8 in one file of the new release: refused with its place, nothing written
    try f.writeChinese(version: "3.0.101")
    try f.writeBytes(
      "zh/tencentcloud/cvm/v20170312/errorcodes.py",
      Array("# 实例\nA = 'InvalidInstanceId.NotFound'\n# ".utf8) + [0xC0, 0xAF])
    switch OfficialImport.plan(chinese: f.zh, english: f.en, catalogDirectory: f.catalog, localesDirectory: f.locales) {
    case .success: Issue.record("imported invalid UTF-8")
    case .failure(let r):
      #expect(
        r.description.hasSuffix(
          "cvm/v20170312/errorcodes.py:3:3: error: invalid UTF-8 at byte 44 (0xC0) — the SDK files are UTF-8; check the download"
        ))
    }
    #expect(try f.snapshot() == before)
    // a broken official file: refused, nothing written
    try f.write("ws/Catalog/official/cvm.json", "{\"product\": \"cvm\"")
    let broken = try f.snapshot()
    if case .success = OfficialImport.plan(
      chinese: f.zh, english: f.en, catalogDirectory: f.catalog, localesDirectory: f.locales)
    {
      Issue.record("planned over a broken file")
    }
    #expect(try f.snapshot() == broken)
  }

  @Test func aWriteFailureMidwayRestoresEveryFile() throws {
    let f = try SDKFixture()
    defer { f.remove() }
    try f.write("t/a.json", "old a\n")
    try f.write("t/c.json", "old c\n")
    // b.json is a folder with a file in it: the rename over it fails after a.json was replaced
    try f.write("t/b.json/keep", "x")
    let writes = ["a", "b", "c", "d"].map {
      FileTransaction.Write(path: f.path("t/\($0).json"), bytes: Array("new\n".utf8))
    }
    switch FileTransaction.commit(writes, creating: [f.path("t/new-folder")]) {
    case .success: Issue.record("replaced a folder")
    case .failure(let failure):
      #expect(failure.notRestored.isEmpty)
      #expect(failure.description.contains("t/b.json: cannot replace the file ("))
      #expect(failure.description.hasSuffix("; nothing was changed"))
    }
    #expect(try f.read("t/a.json") == "old a\n")
    #expect(try f.read("t/c.json") == "old c\n")
    #expect(!FileManager.default.fileExists(atPath: f.path("t/d.json")))
    #expect(!FileManager.default.fileExists(atPath: f.path("t/new-folder")))
    let left = try FileManager.default.contentsOfDirectory(atPath: f.path("t")).sorted()
    #expect(left == ["a.json", "b.json", "c.json"])
  }

  @Test func aGoCheckoutReadsItsVersionFromTheRequestClient() throws {
    let f = try SDKFixture()
    defer { f.remove() }
    try f.write(
      "go/tencentcloud/common/http/request.go", "package common\n\tparams[\"RequestClient\"] = \"SDK_GO_1.0.606\"\n")
    try f.write(
      "go/tencentcloud/tke/v20180525/errors.go",
      "package v20180525\n\nconst (\r\n\t// 集群不存在。\r\n\tRESOURCENOTFOUND_CLUSTERNOTFOUND = \"ResourceNotFound.ClusterNotFound\"\r\n)\r\n"
    )
    let tree = try SDKTree.find(f.path("go"), language: .zh).get()
    #expect(tree.source == .init(package: "tencentcloud-sdk-go", version: "1.0.606", language: .zh))
    #expect(tree.files.map(\.version) == ["2018-05-25"])
    let plan = try OfficialImport.plan(
      chinese: f.path("go"), english: f.en, catalogDirectory: f.catalog, localesDirectory: f.locales
    ).get()
    #expect(plan.pairCount == 7)  // tke's one code, and the English SDK's tke and as codes
  }

  /// 100,000 rows (50 products × 2 versions × 500 codes × 2 languages) in a generated SDK-shaped tree: the
  /// import is linear, so it finishes in seconds (the same tree through the debug `errmsg import-codes`:
  /// 12 s of CPU in debug, 3.7 s in release, 10 s wall at a load average of 6 on 2 cores); the bound only catches a
  /// quadratic regression (the page importer took ~40 minutes for 100,000 rows).
  @Test func aHundredThousandRowsImportInLinearTime() throws {
    let f = try SDKFixture()
    defer { f.remove() }
    for language in ["zh", "en"] {
      for p in 0..<50 {
        for version in ["v20180525", "v20220501"] {
          var text = SDKFixture.header
          for c in 0..<500 {
            let description = language == "zh" ? "产品\(p)的第\(c)个实例不存在" : "Instance \(c) of product \(p) does not exist."
            text += "# \(description)\nRESOURCENOTFOUND_\(c) = 'ResourceNotFound.Instance\(c)Of\(version)'\n\n"
          }
          try f.write("\(language)/tencentcloud/p\(p)/\(version)/errorcodes.py", text)
        }
      }
    }
    let start = ContinuousClock.now
    let plan = try OfficialImport.plan(
      chinese: f.zh, english: f.en, catalogDirectory: f.catalog, localesDirectory: f.locales
    ).get()
    let elapsed = ContinuousClock.now - start
    #expect(plan.pairCount == 50 * 1000 + 6 + 2 + 1)
    #expect(elapsed < .seconds(120), "\(elapsed): not linear any more?")
  }
}
