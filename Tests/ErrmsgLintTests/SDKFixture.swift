import ErrmsgLint
import ErrmsgModel
import Foundation
import Testing

/// A small SDK-shaped tree written here (never a copy of the SDKs): a Chinese and an international
/// Python SDK as unpacked wheels, a workspace with `Catalog/` and `Locales/glossary/`.
///
/// - `tke` 2018-05-25 and 2022-05-01; the misspelled `InternalError.UnexceptedInternal` and its sibling
///   `InternalError.UnexpectedInternal`; a code only in the Chinese SDK; an empty English description;
///   the 2018 file in CRLF.
/// - `autoscaling` (the Python package of product `as`).
/// - `cvm` only in the Chinese SDK.
struct SDKFixture {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("errmsg-sdk-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try write("ws/Catalog/tke.json", "{\"product\": \"tke\", \"codes\": {}}\n")
    let glossaries = LintFixture.packageRoot.appendingPathComponent("Locales/glossary")
    try FileManager.default.createDirectory(at: url("ws/Locales"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: glossaries, to: url("ws/Locales/glossary"))
    try writeChinese(version: "3.0.100")
    try writeEnglish(version: "3.0.90")
  }

  func remove() { try? FileManager.default.removeItem(at: root) }

  func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }
  func path(_ relative: String) -> String { url(relative).path }
  var catalog: String { path("ws/Catalog") }
  var locales: String { path("ws/Locales") }
  var zh: String { path("zh") }
  var en: String { path("en") }

  func write(_ relative: String, _ text: String) throws {
    try writeBytes(relative, Array(text.utf8))
  }

  func writeBytes(_ relative: String, _ bytes: [UInt8]) throws {
    let u = url(relative)
    try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: u)
  }

  func read(_ relative: String) throws -> String { try String(contentsOf: url(relative), encoding: .utf8) }

  static let header = """
    # -*- coding: utf8 -*-
    # Copyright (c) 2017-2025 Example. All Rights Reserved.
    #
    # Licensed under the Apache License, Version 2.0 (the "License");


    """

  /// `# description` / `CONSTANT = 'Code'` pairs.
  static func python(_ rows: [(String, String?)]) -> String {
    var out = header
    for (code, description) in rows {
      if let description { out += "# \(description)\n" }
      out += code.uppercased().replacingOccurrences(of: ".", with: "_") + " = '\(code)'\n\n"
    }
    return out
  }

  func writeChinese(version: String, tke2018: [(String, String?)]? = nil) throws {
    try write("zh/tencentcloud/__init__.py", "__version__ = '\(version)'\n")
    let rows =
      tke2018 ?? [
        ("AuthFailure", "CAM签名/鉴权错误。"),
        ("InternalError.UnexceptedInternal", "内部错误"),
        ("InternalError.UnexpectedInternal", "未知的内部错误。"),
        ("InvalidParameter.Param", "参数错误,请检查"),
        ("ResourceNotFound.ClusterNotFound", "集群不存在。"),
        ("FailedOperation.OnlyChinese", "实例状态不支持操作"),
      ]
    // CRLF line ends
    try write(
      "zh/tencentcloud/tke/v20180525/errorcodes.py", Self.python(rows).replacingOccurrences(of: "\n", with: "\r\n"))
    try write(
      "zh/tencentcloud/tke/v20220501/errorcodes.py",
      Self.python([("AuthFailure", "CAM签名/鉴权错误。"), ("InvalidParameter.Param", "参数错误。")]))
    try write(
      "zh/tencentcloud/autoscaling/v20180419/errorcodes.py",
      Self.python([("InternalError.CallError", "内部调用错误。"), ("LimitExceeded.QuotaNotEnough", "配额不足。")]))
    try write("zh/tencentcloud/cvm/v20170312/errorcodes.py", Self.python([("InvalidInstanceId.NotFound", "没有找到相应实例。")]))
  }

  func writeEnglish(version: String) throws {
    try write(
      "en/tencentcloud_sdk_python_intl_en-\(version).dist-info/METADATA",
      "Metadata-Version: 2.1\nName: tencentcloud-sdk-python-intl-en\nVersion: \(version)\n\nlong text\n")
    try write("en/tencentcloud/__init__.py", "__version__ = 'wrong'\n")
    try write(
      "en/tencentcloud/tke/v20180525/errorcodes.py",
      Self.python([
        ("AuthFailure", "CAM signature/authentication error."),
        ("InternalError.UnexceptedInternal", "Internal error"),
        ("InternalError.UnexpectedInternal", "Unknown internal error."),
        ("InvalidParameter.Param", ""),
        ("ResourceNotFound.ClusterNotFound", "The cluster does not exist."),
      ]))
    try write(
      "en/tencentcloud/autoscaling/v20180419/errorcodes.py",
      Self.python([("InternalError.CallError", "Internal call error."), ("LimitExceeded.QuotaNotEnough", nil)]))
  }

  /// The import, planned and written.
  @discardableResult
  func importCodes() throws -> OfficialImport.Plan {
    let plan = try OfficialImport.plan(chinese: zh, english: en, catalogDirectory: catalog, localesDirectory: locales)
      .get()
    if case .failure(let f) = FileTransaction.commit(plan.writes, creating: [plan.directory]) { throw f }
    return plan
  }

  /// Every file under `ws/`, with its bytes.
  func snapshot() throws -> [String: Data] {
    var out: [String: Data] = [:]
    let base = url("ws")
    guard let e = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return out }
    for case let u as URL in e where !u.hasDirectoryPath {
      out[String(u.path.dropFirst(base.path.count))] = try Data(contentsOf: u)
    }
    return out
  }
}
