import ErrmsgKit
import Foundation
import Testing

/// Every curated code of every product renders in every curated locale, exactly and cleanly.
@Suite struct EveryCodeTests {
  static let catalog = MessageCatalog.embedded
  static let curatedLocales = ["en-US", "zh-CN", "zh-TW"]
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  @Test func catalogHasTheCuratedCodes() {
    #expect(Self.catalog.curatedProducts == ["common", "sdk", "tke"])
    let all = Self.catalog.codes.map { "\($0.product)/\($0.code)" }
    // 38 platform codes and 6 top-level family texts, 16 client-side SDK codes, 227 TKE codes.
    #expect(all.count == 44 + 16 + 227)
    #expect(Set(all).count == all.count)
    let common = Self.catalog.codes(product: "common").map(\.code.rawValue)
    #expect(common.count == 44)
    for code in [
      "ActionOffline", "AuthFailure.InvalidAuthorization", "InvalidRequest", "IpInBlacklist", "IpNotInWhitelist",
      "NoSuchProduct", "RequestLimitExceeded.GlobalRegionUinLimitExceeded", "RequestLimitExceeded.IPLimitExceeded",
      "RequestLimitExceeded.UinLimitExceeded", "RequestSizeLimitExceeded", "ResponseSizeLimitExceeded",
      "ServiceUnavailable", "AuthFailure", "OperationDenied", "ResourcesSoldOut",
    ] {
      #expect(common.contains(code), "\(code)")
    }
    #expect(Self.catalog.codes(product: "tke").count == 227)
    #expect(Self.catalog.codes(product: "sdk").count == 16)
    // Common first, then the products.
    #expect(Self.catalog.codes.prefix(44).allSatisfy { $0.product == "common" })
    #expect(Self.catalog.codes.dropFirst(44).allSatisfy { $0.product != "common" })
    let tke = Self.catalog.codes(product: "tke").map(\.code.rawValue)
    for misspelled in [
      "InternalError.CidrInvali", "InternalError.VpcRecodrNotFound", "InternalError.UnexceptedInternal",
      "InternalError.DbAffectivedRows",
    ] {
      #expect(tke.contains(misspelled), "\(misspelled) must keep its real API spelling")
    }
    // The correctly spelled sibling is a different code.
    #expect(tke.contains("InternalError.UnexpectedInternal"))
    // Codes both curated tables declare: each product has its own entry, the common one without a product.
    // The official tier declares these platform codes for many more products (cdb among them); a lookup
    // without a product, or for a product without a curated entry, still resolves to the curated common entry.
    for code in ["FailedOperation", "InternalError", "InvalidParameter", "LimitExceeded", "ResourceNotFound"] {
      let declaring = Self.catalog.products(declaring: ErrorCode(code))
      #expect(declaring.contains("common") && declaring.contains("tke") && declaring.contains("cdb"), "\(code)")
      #expect(declaring == declaring.sorted(), "\(code)")
      #expect(Self.catalog.info(for: ErrorCode(code))?.product == "common", "\(code)")
      #expect(Self.catalog.info(for: ErrorCode(code))?.tier == .curated, "\(code)")
      #expect(Self.catalog.info(for: ErrorCode(code), product: "cdb")?.product == "common", "\(code)")
      #expect(Self.catalog.info(for: ErrorCode(code), product: "cdb")?.tier == .curated, "\(code)")
      #expect(Self.catalog.info(for: ErrorCode(code), product: "tke")?.product == "tke", "\(code)")
      #expect(
        Self.catalog.info(for: ErrorCode(code), product: "tke")?.versions == ["2018-05-25", "2022-05-01"], "\(code)")
    }
    let expire = Self.catalog.info(for: "AuthFailure.SignatureExpire")
    #expect(expire?.product == "common")
    #expect(expire?.versions == [])
    #expect(expire?.tier == .curated)
    #expect(Self.catalog.products(declaring: "InternalError.CidrInvali") == ["tke"])
    for info in Self.catalog.codes {
      #expect(info.tier == .curated, "\(info.code)")
      // No API version declares a platform code or an SDK's own client-side code.
      #expect(info.versions.isEmpty == ["common", "sdk"].contains(info.product), "\(info.product)/\(info.code)")
    }
  }

  @Test(arguments: curatedLocales)
  func everyCodeRendersExactly(locale: String) {
    for info in Self.catalog.codes {
      let m = Self.catalog.localized(code: info.code.rawValue, product: info.product, locale: locale)
      let context = "\(info.product)/\(info.code) in \(locale)"
      #expect(m.matchedCode == info.code, "\(context)")
      #expect(m.isExact, "\(context)")
      #expect(m.product == info.product, "\(context)")
      #expect(m.tier == .curated, "\(context)")
      #expect(m.candidateProducts.isEmpty, "\(context)")
      #expect(m.locale == locale, "\(context)")
      #expect(!m.isMachineConverted, "\(context)")
      #expect(!m.message.isEmpty && !m.hint.isEmpty, "\(context)")
      #expect(m.warnings.isEmpty, "\(context): \(m.warnings)")
      #expect(m.category == info.category && m.retry == info.retry && m.actor == info.actor, "\(context)")
      for text in [m.message, m.hint] {
        #expect(!text.contains("{") && !text.contains("}"), "\(context): pattern syntax left in \(text)")
        #expect(text.trimmingWhitespace == text, "\(context): surrounding white space")
      }
    }
  }

  /// Without a product: a common code uses the common entry; a code only one product
  /// declares uses that product's; a code several products declare (the official tier
  /// counts) says so, and shows their official text when they agree, else the family's.
  @Test(arguments: curatedLocales)
  func everyCodeRendersWithoutAProduct(locale: String) {
    let common = Set(Self.catalog.codes(product: "common").map(\.code))
    var shared = 0
    for info in Self.catalog.codes {
      let m = Self.catalog.localized(code: info.code.rawValue, locale: locale)
      let context = "\(info.product)/\(info.code) in \(locale)"
      #expect(m.isExact && m.warnings.isEmpty, "\(context)")
      let declaring = Self.catalog.products(declaring: info.code).filter { $0 != "common" }
      if common.contains(info.code) || declaring.count <= 1 {
        let expected = common.contains(info.code) ? "common" : info.product
        #expect(m.product == expected, "\(context)")
        #expect(m.tier == .curated && m.candidateProducts.isEmpty, "\(context)")
        #expect(
          m == Self.catalog.localized(code: info.code.rawValue, product: expected, locale: locale), "\(context)")
      } else {
        shared += 1
        #expect(m.product == nil, "\(context)")
        #expect(m.candidateProducts == declaring, "\(context)")
        #expect(m.tier == .official || m.tier == .family, "\(context): \(m.tier)")
        #expect(m.matchedCode == info.code, "\(context)")
        #expect(!m.message.isEmpty && !m.message.contains("{"), "\(context)")
      }
    }
    // TKE shares many codes with other products (monitor, eks, …): the rule is exercised.
    #expect(shared > 20)
  }

  @Test(arguments: curatedLocales)
  func everySampleFillsTheDetail(locale: String) {
    // Every code with arguments shows a detail with its catalog samples (as `errmsg show` does).
    for info in Self.catalog.codes where !info.arguments.isEmpty {
      let m = Self.catalog.localized(
        code: info.code.rawValue, product: info.product, locale: locale,
        arguments: Dictionary(uniqueKeysWithValues: info.arguments.map { ($0.name, Self.sample(for: $0)) }))
      let context = "\(info.product)/\(info.code) in \(locale)"
      #expect(m.warnings.isEmpty, "\(context): \(m.warnings)")
      let detail = m.detail ?? ""
      #expect(!detail.isEmpty, "\(context): no detail")
      #expect(!detail.contains("{") && !detail.contains("}"), "\(context): \(detail)")
      #expect(detail.trimmingWhitespace == detail, "\(context): surrounding white space")
    }
  }

  static func sample(for argument: CodeInfo.Argument) -> MessageArgument {
    switch argument.type {
    case .int: return 21
    case .double: return 2.5
    case .date: return .date(Date(timeIntervalSince1970: 1_700_000_000))
    default: return "x-1"
    }
  }

  @Test func textsDifferPerLocale() {
    for info in Self.catalog.codes {
      let en = Self.catalog.localized(code: info.code.rawValue, product: info.product, locale: "en-US")
      let zh = Self.catalog.localized(code: info.code.rawValue, product: info.product, locale: "zh-CN")
      let tw = Self.catalog.localized(code: info.code.rawValue, product: info.product, locale: "zh-TW")
      let context = "\(info.product)/\(info.code)"
      #expect(en.message != zh.message, "\(context)")
      #expect(en.hint != zh.hint, "\(context)")
      // Written for Taiwan, not a copy of the Simplified text.
      #expect(tw.message != zh.message, "\(context)")
      #expect(tw.hint != zh.hint, "\(context)")
      for m in [zh, tw] {
        #expect(m.message.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(context)")
      }
    }
  }

  /// Synonym codes (`FailedOperation.Db` and `InternalError.Db`) may share a text; codes of different
  /// kinds never do (a text copied onto the wrong code).
  @Test(arguments: curatedLocales)
  func codesSharingAMessageAreOfOneKind(locale: String) {
    var seen: [String: CodeInfo] = [:]
    for info in Self.catalog.codes {
      let m = Self.catalog.localized(code: info.code.rawValue, product: info.product, locale: locale)
      if let other = seen[m.message] {
        #expect(
          other.category == info.category,
          "\(other.product)/\(other.code) and \(info.product)/\(info.code) share “\(m.message)” in \(locale)")
      } else {
        seen[m.message] = info
      }
    }
    // Most codes have their own message.
    #expect(seen.count >= 240, "\(seen.count) distinct messages in \(locale)")
  }

  /// The official descriptions the translators' notes quote (“…” after "official") are never the message.
  @Test func messagesAreNotTheDocsTerseText() throws {
    var quoted: [String: [String]] = [:]
    for product in ["common", "tke"] {
      let url = Self.packageRoot.appendingPathComponent("Locales/en-US/\(product).json")
      let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
      let messages = try #require(json?["messages"] as? [String: [String: Any]])
      for (code, entry) in messages {
        guard let note = entry["note"] as? String else { continue }
        var rest = Substring(note)
        while let official = rest.range(of: "official") {
          rest = rest[official.upperBound...]
          guard let open = rest.firstIndex(of: "“"), rest.distance(from: rest.startIndex, to: open) < 12,
            let close = rest[open...].firstIndex(of: "”")
          else { continue }
          quoted["\(product)/\(code)", default: []].append(String(rest[rest.index(after: open)..<close]))
          rest = rest[close...]
        }
      }
    }
    #expect(quoted.count >= 40, "\(quoted.count) notes quote an official description")
    for info in Self.catalog.codes {
      guard let descriptions = quoted["\(info.product)/\(info.code)"] else { continue }
      for locale in Self.curatedLocales {
        let m = Self.catalog.localized(code: info.code.rawValue, product: info.product, locale: locale)
        for d in descriptions {
          let bare = { (s: String) in s.trimmingCharacters(in: CharacterSet(charactersIn: "。.！!")) }
          #expect(bare(m.message) != bare(d), "\(info.product)/\(info.code) in \(locale) reuses the doc text")
        }
      }
    }
  }

  @Test func chinesePunctuationIsFullWidth() {
    for info in Self.catalog.codes {
      for locale in ["zh-CN", "zh-TW"] {
        let zh = Self.catalog.localized(code: info.code.rawValue, product: info.product, locale: locale)
        for text in [zh.message, zh.hint] {
          #expect(!text.hasSuffix("."), "\(info.code) in \(locale): ASCII period ends \(text)")
          #expect(
            text.hasSuffix("。") || text.hasSuffix("！") || text.hasSuffix("？"), "\(info.code) in \(locale): \(text)")
        }
      }
      let en = Self.catalog.localized(code: info.code.rawValue, product: info.product, locale: "en-US")
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
