import ErrmsgKit
import ErrmsgWorker
import Foundation
import Testing

/// F1 in the worker: values read from a server message are redacted on the fast
/// template path, the precise path (a request with `args`) and for SDK text,
/// exactly as the one-shot does it.
@Suite struct WorkerRedactionTests {
  typealias H = WorkerHarness

  static let messages: [(code: String, message: String, secret: String)] = [
    (
      "InvalidParameterValue",
      "The value `AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE` specified in the parameter `SecretId` is invalid",
      "bsJ5yKBZQpn74"
    ),
    (
      "MissingParameter", "The request is missing a required parameter `Token=TOKENq7Zk2mW9xR4pL1nB8vC3`",
      "TOKENq7Zk2mW9"
    ),
    (
      "UnknownParameter",
      "The parameter `Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c` is not recognized",
      "2230eefd229f"
    ),
  ]

  @Test(arguments: ["en-US", "zh-CN", "en-XA"])
  func everyPathRedactsExtractedValues(locale: String) throws {
    for (code, message, secret) in Self.messages {
      let envelope = H.envelope(code, message)
      let fast = #"{"id":1,"locale":"\#(locale)","envelope":\#(envelope)}"#
      let precise = #"{"id":2,"locale":"\#(locale)","envelope":\#(envelope),"args":{}}"#
      let text =
        #"{"id":3,"locale":"\#(locale)","text":\#(H.quoted("[TencentCloudSDKException] code:\(code) message:\(message) requestId:req-1"))}"#
      for options in [WorkerOptions(), WorkerOptions(fastPath: false)] {
        let replies = H.replies([fast, fast, precise, text].joined(separator: "\n") + "\n", options: options)
        try #require(replies.count == 4)
        let reference = H.oneShotJSON(code: code, message: message, requestId: "req-1", locale: locale)
        #expect(!reference.contains(secret), "\(reference)")
        for reply in replies {
          #expect(!reply.contains(secret), "\(reply)")
          #expect(H.rawResult(reply) == reference, "\(reply)")
        }
      }
    }
  }
}

/// F2 in the worker: a huge SignatureExpire timestamp neither kills the worker
/// nor loses the replies computed before it, on either path.
@Suite struct WorkerLargeNumberTests {
  typealias H = WorkerHarness

  @Test func aHugeTimestampIsAnsweredLikeTheOneShot() throws {
    let message = "Signature expired. Timestamp: 1700000000, Server current timestamp 170000090000000900"
    let input =
      [
        #"{"id":1,"envelope":{"Response":{"Error":{"Code":"InternalError"},"RequestId":"r"}}}"#,
        #"{"id":2,"text":"[TencentCloudSDKException] code:AuthFailure.SignatureExpire message:\#(message) requestId:r"}"#,
        #"{"id":3,"envelope":\#(H.envelope("AuthFailure.SignatureExpire", message, requestId: "r"))}"#,
        #"{"id":4,"envelope":\#(H.envelope("AuthFailure.SignatureExpire", "Signature expired. Timestamp: 9223372036854775807, Server current timestamp 1", requestId: "r"))}"#,
      ].joined(separator: "\n") + "\n"
    for options in [WorkerOptions(), WorkerOptions(fastPath: false)] {
      let replies = H.replies(input, options: options)
      try #require(replies.count == 4)
      #expect(H.result(replies[0])?["code"] as? String == "InternalError")
      let reference = H.oneShotJSON(
        code: "AuthFailure.SignatureExpire", message: message, requestId: "r", locale: "en-US")
      #expect(H.rawResult(replies[1]) == reference)
      #expect(H.rawResult(replies[2]) == reference)
      #expect(reference.hasSuffix(#""arguments":{"requestTime":1700000000000}}"#))
      #expect(H.rawResult(replies[3])?.hasSuffix(#""arguments":{"serverTime":1000}}"#) == true)
    }
  }
}
