import ErrmsgKit
import ErrmsgModel
import Foundation
import Testing

/// The worker formats detail sentences piece by piece with a cache
/// (``DetailPieces``); every detail of every code, in every locale, must come
/// out byte for byte as formatting the whole sentence does.
@Suite struct DetailPiecesTests {
  let catalog = MessageCatalog.embedded

  static func values(for type: ArgumentType) -> [MessageArgument] {
    switch type {
    case .int: [0, 1, 2, 3, 11, 21, 101, 1000, 9327, -1, 2_000_000_000].map { .int($0) }
    case .double: [0, -0.0, 0.5, 1, 2.25, 1e9, -3.5].map { .double($0) }
    case .date: [0, 1_709_797_740, 1_709_802_161, 4_102_444_800].map { .date(Date(timeIntervalSince1970: $0)) }
    case .string:
      ["ap-guangzhou", "x'{count}'# {n, plural, other {boom}} ''", "中文“引号”", "a\"b\\c\n"].map { .string($0) }
    }
  }

  @Test func everyDetailMatchesTheWholeSentence() throws {
    var checked = 0
    var cut = 0
    // The worker's fast path looks codes up without a product: the entry that lookup uses.
    for info in catalog.codes where !info.arguments.isEmpty && catalog.info(for: info.code)?.product == info.product {
      for locale in ["en-US", "zh-CN", "zh-TW", "en-XA", "de-DE"] {
        guard let formatter = catalog.detailFormatter(code: info.code.rawValue, locale: locale) else { continue }
        var cache = DetailPieceCache(capacity: 64)
        guard let pieces = formatter.pieces(numberingIn: &cache) else { continue }
        cut += 1
        // Each argument through its values, the others at their first; twice, so the second round hits the cache.
        for _ in 0..<2 {
          for (k, argument) in info.arguments.enumerated() {
            for value in Self.values(for: argument.type) {
              var arguments = info.arguments.map { (name: $0.name, value: Self.values(for: $0.type)[0]) }
              arguments[k].value = value
              var got = JSONWriter()
              var expected = JSONWriter()
              let wrote = pieces.writeJSON(arguments, cache: &cache, into: &got)
              let (detail, warnings) = formatter.format(arguments)
              expected.stringOrNull(detail)
              #expect(wrote, "\(info.code.rawValue) \(locale) \(arguments)")
              #expect(warnings.isEmpty)
              #expect(
                String(decoding: got.bytes, as: UTF8.self) == String(decoding: expected.bytes, as: UTF8.self),
                "\(info.code.rawValue) \(locale) \(arguments)")
              checked += 1
            }
          }
        }
      }
    }
    #expect(cut >= 20)
    #expect(checked > 500)
  }

  @Test func aMissingOrMismatchedValueWritesNothing() throws {
    let formatter = try #require(catalog.detailFormatter(code: "RequestLimitExceeded", locale: "en-US"))
    var cache = DetailPieceCache()
    let pieces = try #require(formatter.pieces(numberingIn: &cache))
    var out = JSONWriter()
    out.raw("[")
    #expect(!pieces.writeJSON([(name: "count", value: .int(3))], cache: &cache, into: &out))
    #expect(
      !pieces.writeJSON(
        [(name: "count", value: .string("x")), (name: "limit", value: .int(2))], cache: &cache, into: &out))
    #expect(out.bytes == Array("[".utf8))
    #expect(
      pieces.writeJSON([(name: "count", value: .int(3)), (name: "limit", value: .int(2))], cache: &cache, into: &out))
    #expect(
      String(decoding: out.bytes, as: UTF8.self)
        == "[\"3 requests were sent to this API with the same account in one second; the limit is 2 per second.\""
    )
  }

  @Test func aDateBeyondAnyTimestampIsLeftToTheWholeSentence() throws {
    let formatter = try #require(catalog.detailFormatter(code: "AuthFailure.SignatureExpire", locale: "en-US"))
    var cache = DetailPieceCache()
    let pieces = try #require(formatter.pieces(numberingIn: &cache))
    let far: [(name: String, value: MessageArgument)] = [
      (name: "requestTime", value: .date(Date(timeIntervalSince1970: 1e15))),
      (name: "serverTime", value: .date(Date(timeIntervalSince1970: 1_709_802_161))),
    ]
    var out = JSONWriter()
    #expect(!pieces.writeJSON(far, cache: &cache, into: &out))
    #expect(out.bytes.isEmpty)
    // The whole sentence still formats it (the worker then takes that path).
    #expect(formatter.format(far).detail != nil)
  }

  @Test func theCacheStaysBounded() throws {
    let formatter = try #require(catalog.detailFormatter(code: "RequestLimitExceeded", locale: "zh-CN"))
    var cache = DetailPieceCache(capacity: 100)
    let pieces = try #require(formatter.pieces(numberingIn: &cache))
    for n in 0..<1000 {
      var out = JSONWriter()
      #expect(
        pieces.writeJSON(
          [(name: "count", value: .int(n)), (name: "limit", value: .int(n % 7))], cache: &cache, into: &out))
      #expect(cache.count <= 100)
    }
  }
}
