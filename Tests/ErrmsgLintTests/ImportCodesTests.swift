import ErrmsgLint
import ErrmsgModel
import Foundation
import Testing

/// `import-codes`: a product's error-code page into the catalog and every locale.
@Suite struct ImportCodesTests {
  /// The seed page in the workplace's shared folder beside the clone, when there is one.
  static let seed =
    [
      LintFixture.packageRoot.deletingLastPathComponent().appendingPathComponent(
        "shared/seed/tencentcloud-error-codes.md"
      )
      .path,
      "/work/shared/seed/tencentcloud-error-codes.md",
    ].first { FileManager.default.fileExists(atPath: $0) } ?? "/nonexistent"

  /// The seed page (a copy kept beside the tests would do as well; the shared seed is read when present).
  func seedPath(_ f: LintFixture) throws -> String {
    if FileManager.default.fileExists(atPath: Self.seed) { return Self.seed }
    try f.write("seed.md", Self.seedExcerpt)
    return f.path("seed.md")
  }

  static let seedExcerpt = """
    ## 错误码列表

    ### 公共错误码

    | 错误码 | 说明 |
    |--------|------|
    | AuthFailure.InvalidSecretId | 密钥非法（不是云 API 密钥类型）。 |
    | AuthFailure.SecretIdNotFound | 密钥不存在。 请在控制台检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。|

    ### 业务错误码

    | 错误码 | 说明 |
    |:-------|:-----|
    | FailedOperation | 操作失败 |
    | InternalError.CidrInvali | CIDR无效。 |
    """

  func apply(_ plan: CodeImporter.Plan) throws {
    for (path, bytes) in plan.writes { if let p = CatalogFolders.save(bytes, to: path) { throw p } }
  }

  @Test func readsTheSeedPage() throws {
    let f = try LintFixture()
    defer { f.remove() }
    let path = try seedPath(f)
    let (page, problems) = ErrorCodePage.read(try CatalogFolders.read(path).get())
    #expect(problems.isEmpty)
    let common = page.rows.filter { $0.section == .common }
    #expect(common.first?.code == "AuthFailure.InvalidSecretId")
    let secret = try #require(page.rows.first { $0.code == "AuthFailure.SecretIdNotFound" })
    #expect(secret.description == "密钥不存在。 请在控制台检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。")
    #expect(page.rows.contains { $0.section == .business && $0.code == "FailedOperation" && $0.description == "操作失败" })
  }

  @Test func theSeedChangesNothing() throws {
    let f = try LintFixture()
    defer { f.remove() }
    let plan = try CodeImporter.plan(page: try seedPath(f), into: f.folders, origin: nil).get()
    #expect(plan.origin == "tke")
    #expect(plan.addedCodes.isEmpty)
    #expect(plan.addedOrigins.isEmpty)
    #expect(plan.writes.isEmpty)
  }

  static let page = """
    # 云服务器 错误码

    ### 公共错误码

    | 错误码 | 说明 |
    |--------|------|
    | InternalError | 内部错误。 |

    ### 业务错误码

    | 错误码 | 说明 |
    |:-------|:-----|
    | InternalError | 内部错误 |
    | InvalidParameterValue.InvalidImageId | 镜像 ID 不合法（`img-xxx`）。 |
    | ResourceInsufficient.ZoneSoldOut | 可用区资源已售罄\\|请更换。 |
    """

  @Test func twoNewCodesAndNothingElse() throws {
    let f = try LintFixture()
    defer { f.remove() }
    try f.write("cvm-error-codes.md", Self.page)
    let catalogBefore = try f.read("Catalog/codes.json")
    let plan = try CodeImporter.plan(page: f.path("cvm-error-codes.md"), into: f.folders, origin: nil).get()
    #expect(plan.origin == "cvm")
    #expect(plan.addedCodes == ["InvalidParameterValue.InvalidImageId", "ResourceInsufficient.ZoneSoldOut"])
    #expect(plan.addedOrigins.map(\.code) == ["InternalError"])
    try apply(plan)

    let catalog = try f.read("Catalog/codes.json")
    // Exactly the new lines: two entries and one origin.
    let added = catalog.components(separatedBy: "\n").count - catalogBefore.components(separatedBy: "\n").count
    #expect(added == 2 * 8 + 1)
    #expect(
      catalog.contains(
        """
            "InvalidParameterValue.InvalidImageId": {
              "origins": {
                "cvm": "镜像 ID 不合法（`img-xxx`）。"
              },
              "category": "parameter",
              "retry": "unknown",
              "actor": "caller"
            },
            "LimitExceeded": {
        """))
    #expect(catalog.contains("\"cvm\": \"可用区资源已售罄|请更换。\""))
    #expect(catalog.contains("\"tke\": \"内部错误\",\n        \"cvm\": \"内部错误\""))

    let zh = try f.read("Locales/zh-CN.json")
    #expect(zh.contains("\"ResourceInsufficient.ZoneSoldOut\": {\n      \"message\": \"腾讯云返回了错误 {code}。\""))
    let en = try f.read("Locales/en-US.json")
    #expect(en.contains("\"message\": \"Tencent Cloud returned the error {code}.\""))
    #expect(en.contains("describes it as “镜像 ID 不合法（`img-xxx`）。”"))

    // The result builds and lints without errors; the new entries are warnings to work on.
    let checked = try f.lint()
    #expect(checked.errors.isEmpty, "\(checked.errors.map(\.description))")
    #expect(checked.warnings.filter { $0.kind == "new" }.count == 4)

    // Twice: nothing more.
    let again = try CodeImporter.plan(page: f.path("cvm-error-codes.md"), into: f.folders, origin: nil).get()
    #expect(again.writes.isEmpty)
    #expect(again.addedCodes.isEmpty)
  }

  @Test func anUnknownProductNeedsAnOrigin() throws {
    let f = try LintFixture()
    defer { f.remove() }
    try f.write("errors.md", Self.page)
    switch CodeImporter.plan(page: f.path("errors.md"), into: f.folders, origin: nil) {
    case .success: Issue.record("derived an origin from nothing")
    case .failure(let r): #expect(r.diagnostics.first?.kind == "origin")
    }
    let plan = try CodeImporter.plan(page: f.path("errors.md"), into: f.folders, origin: "cvm").get()
    #expect(plan.addedCodes.count == 2)
    try f.write("marked.md", "<!-- origin: cbs -->\n" + Self.page)
    #expect(try CodeImporter.plan(page: f.path("marked.md"), into: f.folders, origin: nil).get().origin == "cbs")
  }

  @Test(arguments: [
    ("AuthFailure.SignatureExpire", ErrorCategory.clockSignature),
    ("AuthFailure.InvalidSecretId", .authentication),
    ("InvalidParameterValue.TooLong", .parameter),
    ("MissingParameter", .parameter),
    ("LimitExceeded.Nodes", .quota),
    ("InternalError.QuotaMaxClsLimit", .quota),
    ("RequestLimitExceeded.UinLimitExceeded", .rateLimit),
    ("ResourceNotFound.Cluster", .resourceState),
    ("ResourceUnavailable", .resourceState),
    ("UnauthorizedOperation.CamNoAuth", .permission),
    ("OperationDenied", .permission),
    ("InternalError", .internal),
    ("InternalError.CidrConflictWithVpcCidr", .network),
    ("FailedOperation.ClusterState", .resourceState),
    ("UnsupportedRegion", .regionVersionProtocol),
  ])
  func categoryGuesses(code: String, category: ErrorCategory) {
    #expect(CodeGuess.category(of: code) == category)
  }
}
