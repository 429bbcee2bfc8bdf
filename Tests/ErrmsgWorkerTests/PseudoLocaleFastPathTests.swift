import ErrmsgKit
import ErrmsgWorker
import Testing

/// F16: the fast path's `detail` of a pseudo-locale is the one-shot's, byte for byte.
@Suite struct PseudoLocaleFastPathTests {
  typealias H = WorkerHarness

  @Test(arguments: ["en-XA", "ar-XB"])
  func pseudoLocaleDetailEqualsTheOneShot(locale: String) throws {
    let message =
      "Your current request times equals to `3` in a second, which exceeds the frequency limit `26`"
    let line =
      #"{"id":1,"locale":"\#(locale)","envelope":\#(H.envelope("RequestLimitExceeded", message, requestId: "r"))}"#
    let replies = H.replies(line + "\n" + line + "\n")
    try #require(replies.count == 2)
    let reference = H.oneShotJSON(
      code: "RequestLimitExceeded", message: message, requestId: "r", locale: locale)
    for reply in replies { #expect(H.rawResult(reply) == reference) }
    let detail = try #require(H.result(replies[0])?["detail"] as? String)
    #expect(detail != "You sent 3 requests in one second; the limit is 26 per second.")
  }
}
