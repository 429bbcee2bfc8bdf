import ErrmsgModel
import Testing

/// What an official SDK description shows: real-shaped descriptions (written here, in the shapes the SDKs use).
@Suite struct OfficialDescriptionTests {
  static let zh: [(String, String, String?)] = [
    // kept, a final 。 added
    ("InternalError.CidrInvali", "CIDR无效", "CIDR无效。"),
    ("FailedOperation", "操作失败。", "操作失败。"),
    // ASCII punctuation between Chinese becomes full-width; spaces around it go
    ("InvalidParameter.Param", "参数错误,请检查", "参数错误，请检查。"),
    ("AuthFailure.SecretIdNotFound", "密钥不存在。 请在控制台检查密钥是否已被删除或者禁用", "密钥不存在。请在控制台检查密钥是否已被删除或者禁用。"),
    ("InvalidParameter.CidrInvalid", "CIDR(10.0.0.0/8)与VPC冲突:请更换", "CIDR（10.0.0.0/8）与VPC冲突：请更换。"),
    ("InvalidParameter", "参数不合法(Name).", "参数不合法（Name）。"),
    ("LimitExceeded", "超过配额;", "超过配额。"),
    ("FailedOperation.Version", "版本 1.2.3 不支持", "版本 1.2.3 不支持。"),
    // markdown links become their text; the URL of a bare link is kept, and nothing is glued to it
    (
      "LimitExceeded.Frequency",
      "下发短信命中了频率限制策略，如有其他需求请联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A)。",
      "下发短信命中了频率限制策略，如有其他需求请联系 腾讯云短信小助手。"
    ),
    (
      "FailedOperation.Doc", "请参考 https://cloud.tencent.com/document/product/457/1234",
      "请参考 https://cloud.tencent.com/document/product/457/1234"
    ),
    // HTML tags dropped, their text kept
    (
      "FailedOperation.Template",
      "请参考 <a href=\"https://cloud.tencent.com/document/product/382/39023#variable\">正文模板审核标准</a>下变量规范",
      "请参考 正文模板审核标准下变量规范。"
    ),
    // multi-line and tab whitespace
    ("InternalError.Db", "数据库\n内部错误\t", "数据库 内部错误。"),
    // not shown
    ("InternalError.CidrInvali", "", nil),
    ("InternalError.CidrInvali", "   。", nil),
    ("InternalError.CidrInvali", "InternalError.CidrInvali", nil),
    ("InternalError.CidrInvali", "CidrInvali。", nil),
    ("InternalError.UnexceptedInternal", "internalerror.unexceptedinternal", nil),
    ("FailedOperation", "暂无", nil),
    ("FailedOperation", "无", nil),
    ("FailedOperation", "TODO", nil),
    ("FailedOperation", "-", nil),
    ("FailedOperation", "xxx", nil),
    ("FailedOperation.Query", "查询实例{{1}}失败", nil),
    ("InvalidParameter.Domain", "您输入的域名%s格式有误，请您核对后重新提交", nil),
    ("InvalidParameter.Empty", "参数 <parameter> 不能为空。", nil),
    ("InvalidParameter.Https", "Https监听器不支持携带参数`%(value)s` 。", nil),
    ("FailedOperation", "Operation failed.", nil),  // no Chinese in the Chinese text
  ]

  static let en: [(String, String, String?)] = [
    ("ResourceNotFound.ClusterNotFound", "The cluster does not exist", "The cluster does not exist."),
    // words, not a repetition of the code
    ("ResourceNotFound.ClusterNotFound", "Cluster not found.", "Cluster not found."),
    ("InternalError", "Internal error", "Internal error."),
    // full-width punctuation to ASCII, spaces fixed
    ("InvalidParameter", "Invalid parameter，please check（Name）。", "Invalid parameter, please check (Name)."),
    ("InvalidParameter", "Invalid  parameter ,  check it :", "Invalid parameter, check it."),
    ("LimitExceeded", "Limit exceeded!", "Limit exceeded!"),
    (
      "LimitExceeded.Frequency",
      "The frequency limit is hit. Contact [Tencent Cloud SMS Helper](https://intl.cloud.tencent.com/document/product/382).",
      "The frequency limit is hit. Contact Tencent Cloud SMS Helper."
    ),
    (
      "FailedOperation.Doc", "See https://intl.cloud.tencent.com/document/1234",
      "See https://intl.cloud.tencent.com/document/1234"
    ),
    ("FailedOperation.Percent", "Usage is above 90% of the quota", "Usage is above 90% of the quota."),
    // not shown
    ("InternalError", "InternalError", nil),
    ("InternalError.CidrInvali", "InternalError. CidrInvali", nil),
    ("InternalError.CidrInvali", "", nil),
    ("FailedOperation", "N/A", nil),
    ("InvalidParameter.Domain", "The input domain name %s is in incorrect format.", nil),
    ("FailedOperation.Proxy", "Proxy verification failure: {{1}}.", nil),
    ("FailedOperation.Api", "Failed to call the <apiName> API of the <serviceName> service: <message>.", nil),
    ("FailedOperation", "操作失败。", nil),  // an English reader never gets Chinese
  ]

  @Test func chinese() {
    for (code, text, expected) in Self.zh {
      #expect(OfficialDescription.display(text, language: .zh, code: code) == expected, "\(text)")
    }
  }

  @Test func english() {
    for (code, text, expected) in Self.en {
      #expect(OfficialDescription.display(text, language: .en, code: code) == expected, "\(text)")
    }
  }

  @Test func displayedTextIsStable() {
    // shown twice, the text does not change again
    for (code, text, _) in Self.zh {
      guard let once = OfficialDescription.display(text, language: .zh, code: code) else { continue }
      #expect(OfficialDescription.display(once, language: .zh, code: code) == once, "\(text)")
    }
    for (code, text, _) in Self.en {
      guard let once = OfficialDescription.display(text, language: .en, code: code) else { continue }
      #expect(OfficialDescription.display(once, language: .en, code: code) == once, "\(text)")
    }
  }
}
