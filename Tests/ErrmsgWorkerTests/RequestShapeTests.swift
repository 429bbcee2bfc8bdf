import ErrmsgKit
import ErrmsgWorker
import Foundation
import Testing

/// The request shapes and the replies to them, through the engine as a library.
@Suite struct RequestShapeTests {
  typealias H = WorkerHarness

  static let signature =
    "Signature expired. Timestamp: 1700000000, Server current timestamp 1700000900, the maximum expire is 300 seconds"
  static let rid = "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"

  @Test(arguments: ["en-US", "zh-CN"])
  func wrappedEnvelopeGivesTheOneShotResult(locale: String) throws {
    let cases: [(String, String)] = [
      ("AuthFailure.SignatureExpire", Self.signature),
      (
        "RequestLimitExceeded",
        "Your current request times equals to `12` in a second, which exceeds the frequency limit `10` for a second."
      ),
      ("MissingParameter", "The request is missing a required parameter `Region`."),
      ("InternalError.SomethingNew", "An internal error has occurred in a new module."),
      ("Quota.NotEnough", "Quota not enough: 1 left, 2 requested."),
      ("ResourceNotFound", "指定的资源 lb-1 不存在，请确认资源 ID 与地域是否正确。"),
    ]
    var input = ""
    for (i, (code, message)) in cases.enumerated() {
      input +=
        #"{"id":\#(i),"locale":"\#(locale)","envelope":\#(H.envelope(code, message, requestId: Self.rid))}"#
        + "\n"
    }
    let replies = H.replies(input)
    try #require(replies.count == cases.count)
    for (i, (code, message)) in cases.enumerated() {
      #expect(H.rawId(replies[i]) == "\(i)")
      #expect(
        H.rawResult(replies[i])
          == H.oneShotJSON(code: code, message: message, requestId: Self.rid, locale: locale),
        "\(code)")
      let result = try #require(H.result(replies[i]))
      #expect(result["code"] as? String == code)
      #expect(result["locale"] as? String == locale)
      #expect(result["requestId"] as? String == Self.rid)
      #expect(result["serverMessage"] as? String == message)
      #expect(
        result["message"] as? String == MessageCatalog.localized(code: code, locale: locale).message
      )
    }
  }

  @Test func signatureExpiredHasItsDetailAndArguments() throws {
    let line =
      #"{"id":"x","locale":"en-US","envelope":\#(H.envelope("AuthFailure.SignatureExpire", Self.signature))}"#
    let result = try #require(H.result(H.replies(line + "\n")[0]))
    let arguments = try #require(result["arguments"] as? [String: Any])
    #expect(arguments["requestTime"] as? Int == 1_700_000_000_000)
    #expect(arguments["serverTime"] as? Int == 1_700_000_900_000)
    #expect((result["detail"] as? String)?.contains("2023") == true)
  }

  @Test func extremeNumbersInMessagesAreWrittenAsTheOneShotWritesThem() throws {
    let messages = [
      "Your current request times equals to `-9223372036854775808` in a second, which exceeds the frequency limit `9,223,372,036,854,775,807`",
      "Your current request times equals to `9223372036854775808` in a second, which exceeds the frequency limit `0`",
      "Signature expired. Timestamp: 0, Server current timestamp 99999999999",
    ]
    let codes = ["RequestLimitExceeded", "RequestLimitExceeded", "AuthFailure.SignatureExpire"]
    var input = ""
    for (code, message) in zip(codes, messages) {
      input += #"{"id":1,"locale":"en-US","envelope":\#(H.envelope(code, message))}"# + "\n"
    }
    let replies = H.replies(input)
    try #require(replies.count == messages.count)
    for (reply, (code, message)) in zip(replies, zip(codes, messages)) {
      #expect(
        H.rawResult(reply)
          == H.oneShotJSON(code: code, message: message, requestId: "req-1", locale: "en-US"))
    }
  }

  @Test func bareEnvelopeHasNullIdAndTheDefaultLocale() throws {
    let options = WorkerOptions(defaultLocale: "zh-CN")
    let replies = H.replies(
      H.envelope("InvalidAction", "The requested action `Foo` was not found") + "\n",
      options: options)
    try #require(replies.count == 1)
    #expect(H.rawId(replies[0]) == "null")
    #expect(
      H.rawResult(replies[0])
        == H.oneShotJSON(
          code: "InvalidAction", message: "The requested action `Foo` was not found",
          requestId: "req-1", locale: "zh-CN"))
    let result = try #require(H.result(replies[0]))
    #expect(result["locale"] as? String == "zh-CN")
    #expect((result["arguments"] as? [String: Any])?["action"] as? String == "Foo")
  }

  @Test func requestWithoutLocaleUsesTheDefault() throws {
    let options = WorkerOptions(defaultLocale: "zh_CN.UTF-8")
    let line = #"{"id":1,"envelope":\#(H.envelope("InternalError", "boom"))}"#
    let result = try #require(H.result(H.replies(line + "\n", options: options)[0]))
    #expect(result["locale"] as? String == "zh-CN")
  }

  @Test(arguments: ["en-US", "zh-CN"])
  func sdkTextRequests(locale: String) throws {
    let texts: [(String, String, String?, String?)] = [
      (
        "[TencentCloudSDKException] code:AuthFailure.SignatureExpire message:\(Self.signature) requestId:\(Self.rid)",
        "AuthFailure.SignatureExpire", Self.signature, Self.rid
      ),
      (
        "[TencentCloudSDKError] Code=InvalidParameter, Message=Bad value, RequestId=abc-123",
        "InvalidParameter", "Bad value", "abc-123"
      ),
    ]
    for (text, code, message, requestId) in texts {
      let line = #"{"id":"t","locale":"\#(locale)","text":\#(H.quoted(text))}"#
      let reply = H.replies(line + "\n")[0]
      #expect(H.rawId(reply) == #""t""#)
      #expect(
        H.rawResult(reply)
          == H.oneShotJSON(code: code, message: message, requestId: requestId, locale: locale))
    }
  }

  @Test func unrecognizedTextIsAnErrorReply() throws {
    let reply = H.replies(#"{"id":3,"text":"just some words"}"# + "\n")[0]
    #expect(H.rawId(reply) == "3")
    #expect(H.error(reply)?.kind == "unrecognized_text")
    // A text that only starts like JSON: the line itself is valid JSON, so not invalid_json.
    let bracketed = H.replies(#"{"id":4,"text":"[]TencentCloudSDKError] Co.e=X, Message=m"}"# + "\n")[0]
    #expect(H.rawId(bracketed) == "4")
    #expect(H.error(bracketed)?.kind == "unrecognized_text")
    #expect(H.error(bracketed)?.message.contains("neither an SDK error message nor valid JSON") == true)
  }

  @Test func idsAreEchoedExactlyAsWritten() throws {
    let ids = [
      #""abc""#, "42", "-1.50e3", "null", "true", #"{"a":[1, 2, {"b":null}]}"#, #"[ "x" , 2 ]"#,
      #""\u00e9\n\"q\"""#, #""中文""#, "0",
    ]
    var input = ""
    for id in ids {
      input +=
        #"{"id": \#(id) ,"locale":"en-US","envelope":\#(H.envelope("InternalError", "x"))}"# + "\n"
      // The precise path (an escape in the message) echoes the same way.
      input +=
        #"{"locale":"en-US","id":\#(id),"envelope":\#(H.envelope("InternalError", "x\"y"))}"# + "\n"
    }
    let replies = H.replies(input)
    try #require(replies.count == ids.count * 2)
    for (i, id) in ids.enumerated() {
      #expect(H.rawId(replies[2 * i]) == id)
      #expect(H.rawId(replies[2 * i + 1]) == id)
      #expect(H.object(replies[2 * i]) != nil)
      #expect(H.object(replies[2 * i + 1]) != nil)
    }
  }

  @Test func argsArePassedAsValuesNeverAsPatterns() throws {
    let tricky = "{x} }{ 'quoted' '' # {0} {limit, plural, one {#} other {#}}"
    let line =
      #"{"id":1,"locale":"en-US","args":{"parameter":\#(H.quoted(tricky))},"envelope":\#(H.envelope("MissingParameter", "no parameter named here"))}"#
    let reply = H.replies(line + "\n")[0]
    #expect(
      H.rawResult(reply)
        == H.oneShotJSON(
          code: "MissingParameter", message: "no parameter named here", requestId: "req-1",
          locale: "en-US",
          arguments: ["parameter": .string(tricky)]))
    let result = try #require(H.result(reply))
    #expect((result["detail"] as? String)?.contains(tricky) == true)
    #expect((result["arguments"] as? [String: Any])?["parameter"] as? String == tricky)
  }

  @Test func numericArgsBecomeIntegersOrDecimals() throws {
    let line =
      #"{"id":1,"locale":"en-US","args":{"count":3,"limit":2.0,"ratio":1.5,"big":1e3},"envelope":\#(H.envelope("RequestLimitExceeded", "slow down"))}"#
    let reply = H.replies(line + "\n")[0]
    #expect(
      H.rawResult(reply)
        == H.oneShotJSON(
          code: "RequestLimitExceeded", message: "slow down", requestId: "req-1", locale: "en-US",
          arguments: ["count": .int(3), "limit": .int(2), "ratio": .double(1.5), "big": .int(1000)])
    )
    let result = try #require(H.result(reply))
    #expect((result["detail"] as? String)?.contains("3 requests") == true)
  }

  @Test func longLocalesAreRefusedAndLongCodesStillAnswered() throws {
    let longLocale = String(repeating: "zh-CN,", count: 60)
    let longCode = "InternalError." + String(repeating: "X", count: 5000)
    let lines = [
      #"{"id":1,"locale":"\#(longLocale)","envelope":\#(H.envelope("InternalError", "m"))}"#,
      #"{"id":2,"locale":"en-US","envelope":\#(H.envelope(longCode, "m"))}"#,
    ]
    let replies = H.replies(lines.joined(separator: "\n") + "\n")
    try #require(replies.count == 2)
    #expect(H.error(replies[0])?.kind == "bad_request")
    #expect(
      H.rawResult(replies[1])
        == H.oneShotJSON(code: longCode, message: "m", requestId: "req-1", locale: "en-US"))
  }

  @Test func successEnvelopeIsNoError() throws {
    let reply = H.replies(#"{"id":9,"envelope":{"Response":{"RequestId":"r-ok"}}}"# + "\n")[0]
    #expect(H.rawId(reply) == "9")
    #expect(H.error(reply)?.kind == "no_error")
  }

  @Test func malformedRequestsAreBadRequests() throws {
    let lines = [
      #"{"id":1,"locale":5,"envelope":{"Response":{"Error":{"Code":"X"}}}}"#,
      #"{"id":2,"args":[1],"envelope":{"Response":{"Error":{"Code":"X"}}}}"#,
      #"{"id":3,"args":{"a":{}},"envelope":{"Response":{"Error":{"Code":"X"}}}}"#,
      #"{"id":4,"text":"code:X message:y","envelope":{"Response":{"Error":{"Code":"X"}}}}"#,
      #"{"id":5,"locale":"en-US"}"#,
      #"{"id":6,"text":42}"#,
    ]
    let replies = H.replies(lines.joined(separator: "\n") + "\n")
    try #require(replies.count == lines.count)
    for (i, reply) in replies.enumerated() {
      #expect(H.rawId(reply) == "\(i + 1)")
      #expect(H.error(reply)?.kind == "bad_request", "\(reply)")
    }
  }

  @Test func notAnEnvelope() throws {
    let lines = [
      #"{"id":1,"envelope":{"Response":"nope"}}"#, #"{"id":2,"envelope":[1]}"#, #"[1,2]"#,
      #""str""#, "17",
      #"{"Response":{"Error":{"Code":""}}}"#, #"{"hello":"world"}"#,
    ]
    let replies = H.replies(lines.joined(separator: "\n") + "\n")
    try #require(replies.count == lines.count)
    for reply in replies { #expect(H.error(reply)?.kind == "not_an_envelope", "\(reply)") }
  }

  @Test func innerAndBareErrorObjectsAreAccepted() throws {
    let lines = [
      #"{"Error":{"Code":"InternalError","Message":"m"},"RequestId":"r"}"#,
      #"{"Code":"InternalError","Message":"m"}"#,
      #"{"id":1,"envelope":{"Error":{"Code":"InternalError","Message":"m"},"RequestId":"r"}}"#,
    ]
    let replies = H.replies(lines.joined(separator: "\n") + "\n")
    try #require(replies.count == 3)
    for reply in replies { #expect(H.result(reply)?["code"] as? String == "InternalError") }
  }

  @Test func secretsInServerMessagesAreRedacted() throws {
    let message =
      "Auth failed for AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA with Signature=abc123&x=1 and header X-TC-Token: xyz here"
    let fast = #"{"id":1,"envelope":\#(H.envelope("AuthFailure.SignatureFailure", message))}"#
    // An escape sends the same message through the precise path.
    let precise =
      #"{"id":2,"envelope":\#(H.envelope("AuthFailure.SignatureFailure", message + "\t"))}"#
    let replies = H.replies(fast + "\n" + precise + "\n")
    for reply in replies {
      let server = try #require(H.result(reply)?["serverMessage"] as? String)
      #expect(!server.contains("z8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"))
      #expect(server.contains("AKIDz8kr****"))
      #expect(!server.contains("abc123"))
      #expect(server.contains("Signature=****"))
      #expect(!server.contains("xyz"))
      #expect(server.contains("X-TC-Token: ****"))
      #expect(!reply.contains("abc123"))
    }
    #expect(
      H.rawResult(replies[0])
        == H.oneShotJSON(
          code: "AuthFailure.SignatureFailure", message: message, requestId: "req-1",
          locale: "en-US"))
  }

  @Test func deleAndControlCharactersStayEscaped() throws {
    let message = "a\u{7F}b"
    let line =
      #"{"id":1,"envelope":{"Response":{"Error":{"Code":"InternalError","Message":"a\#u{7F}b"},"RequestId":"r\#u{7F}"}}}"#
    let reply = H.replies(line + "\n")[0]
    #expect(!reply.utf8.contains(0x7F))
    #expect(H.result(reply)?["serverMessage"] as? String == message)
    #expect(
      H.rawResult(reply)
        == H.oneShotJSON(
          code: "InternalError", message: message, requestId: "r\u{7F}", locale: "en-US"))
  }
}
