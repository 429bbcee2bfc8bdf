import ErrmsgKit
import Testing

/// Every catalogued code renders in every shipped locale, exactly and cleanly.
@Suite struct EveryCodeTests {
  static let catalog = MessageCatalog.embedded
  static let shippedLocales = ["en-US", "zh-CN"]

  @Test func catalogHasTheSeedCodes() {
    let codes = Self.catalog.codes.map(\.code.rawValue)
    // 46 server codes and the 16 client-side codes of the SDKs (product sdk).
    #expect(codes.count == 62)
    #expect(Set(codes).count == 62)
    for misspelled in [
      "InternalError.CidrInvali", "InternalError.VpcRecodrNotFound", "InternalError.UnexceptedInternal",
      "InternalError.DbAffectivedRows",
    ] {
      #expect(codes.contains(misspelled), "\(misspelled) must keep its real API spelling")
    }
    // Codes in both tables record both origins.
    for code in ["FailedOperation", "InternalError", "InvalidParameter", "LimitExceeded", "ResourceNotFound"] {
      let info = Self.catalog.info(for: ErrorCode(code))
      #expect(Set(info?.origins.keys ?? [:].keys) == ["common", "tke"], "\(code)")
    }
    #expect(
      Self.catalog.info(for: "AuthFailure.SignatureExpire")?.origins["common"]
        == "签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。")
  }

  @Test(arguments: shippedLocales)
  func everyCodeRendersExactly(locale: String) {
    for info in Self.catalog.codes {
      let m = Self.catalog.localized(code: info.code.rawValue, locale: locale)
      let context = "\(info.code) in \(locale)"
      #expect(m.matchedCode == info.code, "\(context)")
      #expect(m.isExact, "\(context)")
      #expect(m.locale == locale, "\(context)")
      #expect(!m.message.isEmpty && !m.hint.isEmpty, "\(context)")
      #expect(m.warnings.isEmpty, "\(context): \(m.warnings)")
      #expect(m.category == info.category && m.retry == info.retry, "\(context)")
      for text in [m.message, m.hint] {
        #expect(!text.contains("{") && !text.contains("}"), "\(context): pattern syntax left in \(text)")
        #expect(text.trimmingWhitespace == text, "\(context): surrounding white space")
      }
    }
  }

  @Test func textsDifferPerLocaleAndPerCode() {
    var seen: [String: Set<String>] = [:]
    for info in Self.catalog.codes {
      let en = Self.catalog.localized(code: info.code.rawValue, locale: "en-US")
      let zh = Self.catalog.localized(code: info.code.rawValue, locale: "zh-CN")
      #expect(en.message != zh.message, "\(info.code)")
      #expect(en.hint != zh.hint, "\(info.code)")
      #expect(zh.message.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(info.code)")
      #expect(seen["en", default: []].insert(en.message).inserted, "duplicate en message: \(en.message)")
      #expect(seen["zh", default: []].insert(zh.message).inserted, "duplicate zh message: \(zh.message)")
    }
  }

  @Test func messagesAreNotTheDocsTerseText() {
    for info in Self.catalog.codes {
      let zh = Self.catalog.localized(code: info.code.rawValue, locale: "zh-CN")
      for description in info.origins.values {
        #expect(zh.message != description, "\(info.code) reuses the doc text")
      }
    }
  }

  @Test func chinesePunctuationIsFullWidth() {
    for info in Self.catalog.codes {
      let zh = Self.catalog.localized(code: info.code.rawValue, locale: "zh-CN")
      for text in [zh.message, zh.hint] {
        #expect(!text.hasSuffix("."), "\(info.code): ASCII period ends \(text)")
        #expect(text.hasSuffix("。") || text.hasSuffix("！") || text.hasSuffix("？"), "\(info.code): \(text)")
      }
      let en = Self.catalog.localized(code: info.code.rawValue, locale: "en-US")
      for text in [en.message, en.hint] {
        #expect(!text.unicodeScalars.contains { "。，！？：；（）".unicodeScalars.contains($0) }, "\(info.code): \(text)")
      }
    }
  }
}

extension String {
  var trimmingWhitespace: String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s = s.dropFirst() }
    while let l = s.last, l.isWhitespace { s = s.dropLast() }
    return String(s)
  }
}
