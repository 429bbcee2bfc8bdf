import ErrmsgKit
import Testing

/// Error texts as people paste them, in the shapes found in public logs and
/// issue trackers (IDs rewritten): the exact code, request ID and product read
/// from each, and the recognition rate per shape.
@Suite struct RealWorldTextTests {
  struct Sample: Sendable, CustomStringConvertible {
    var shape: String
    var text: String
    var code: String
    var requestId: String?
    var product: String? = nil
    var inferred: Bool = false
    var message: String? = nil
    var description: String { "\(shape): \(text.prefix(60))" }
  }

  static let samples: [Sample] = NodeSamples.all + LogLineSamples.all + ClientSamples.all + MessageOnlySamples.all

  static func read(_ text: String) -> [ParsedError] {
    guard case .success(let r) = ErrorInputReader.read(Array(text.utf8)) else { return [] }
    return r.items.compactMap { if case .error(let e) = $0 { e } else { nil } }
  }

  @Test(arguments: samples)
  func readsCodeAndRequestId(_ s: Sample) throws {
    let found = Self.read(s.text)
    try #require(found.count == 1, "\(s): \(found)")
    let e = found[0]
    #expect(e.code == s.code)
    #expect(e.requestId == s.requestId)
    #expect(e.product == s.product)
    #expect((e.inference != nil) == s.inferred)
    if let m = s.message { #expect(e.message == m) }
  }

  /// The rate per shape, printed for the report; every shape must reach 100 %.
  @Test func recognitionRatePerShape() {
    var total: [String: Int] = [:]
    var right: [String: Int] = [:]
    var withId: [String: Int] = [:]
    var rightId: [String: Int] = [:]
    for s in Self.samples {
      total[s.shape, default: 0] += 1
      let found = Self.read(s.text)
      let ok = found.count == 1 && found[0].code == s.code
      if ok { right[s.shape, default: 0] += 1 }
      if s.requestId != nil {
        withId[s.shape, default: 0] += 1
        if ok, found[0].requestId == s.requestId { rightId[s.shape, default: 0] += 1 }
      }
    }
    for shape in total.keys.sorted() {
      let n = total[shape]!
      print(
        "recognition \(shape): \(right[shape, default: 0])/\(n) codes, \(rightId[shape, default: 0])/\(withId[shape, default: 0]) request IDs"
      )
      #expect(right[shape, default: 0] == n, "\(shape)")
      #expect(rightId[shape, default: 0] == withId[shape, default: 0], "\(shape)")
    }
  }

  @Test func ambiguousMessageStaysUnrecognized() {
    // Three CIDR-conflict codes share this server wording: never guess between them.
    let r = ErrorInputReader.read(Array("[cidr 10.0.0.0/16 is conflict with route table rtb-1]".utf8))
    guard case .failure(let p) = r else {
      Issue.record("recognized: \(r)")
      return
    }
    #expect(p.kind == "unrecognized_text")
  }

  @Test func twoErrorsInOneTextAreBothRead() {
    let text = """
      [TencentCloudSDKException] code:AuthFailure.SignatureExpire message:Signature expired. requestId:a1a1a1a1-0000-4000-8000-000000000001
      retrying…
      [TencentCloudSDKException] code:RequestLimitExceeded message:Your current request times equals to `21` in a second, which exceeds the frequency limit `20` for a second. requestId:b2b2b2b2-0000-4000-8000-000000000002
      """
    let found = Self.read(text)
    #expect(found.map(\.code) == ["AuthFailure.SignatureExpire", "RequestLimitExceeded"])
    #expect(found.map(\.requestId) == ["a1a1a1a1-0000-4000-8000-000000000001", "b2b2b2b2-0000-4000-8000-000000000002"])
  }

  @Test func theSameErrorPrintedTwiceCountsOnce() {
    let line =
      "[TencentCloudSDKException] code:InvalidParameter message:bad filter requestId:c3c3c3c3-0000-4000-8000-000000000003"
    let found = Self.read("ERROR " + line + "\nTraceback (most recent call last):\n  File \"a.py\", line 3\n" + line)
    #expect(found.count == 1)
  }

  @Test func successBodiesAreNoError() {
    for text in [#"{"TotalCount":0,"InstanceSet":[],"RequestId":"d4d4d4d4-0000-4000-8000-000000000004"}"#] {
      guard case .success(let r) = ErrorInputReader.read(Array(text.utf8)) else {
        Issue.record("refused \(text)")
        continue
      }
      #expect(r.items == [.noError(requestId: "d4d4d4d4-0000-4000-8000-000000000004")])
    }
  }
}
