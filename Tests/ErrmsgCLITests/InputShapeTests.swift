import ErrmsgTestSupport
import Foundation
import Testing

extension ErrmsgProcess.Output {
  /// Standard output as text.
  var text: String { String(decoding: stdout, as: UTF8.self) }
}

/// What the one-shot command shows for the input shapes of issue #10.
@Suite struct InputShapeTests {
  @Test func pythonNoneIsNoRequestId() throws {
    let out = try ErrmsgProcess.run(
      ["--locale", "en-US"],
      input:
        "[TencentCloudSDKException] code:InvalidCredential message:secret id should not be none or empty requestId:None"
    )
    #expect(out.status == 0)
    #expect(!out.text.contains("Request ID"))
    #expect(!out.text.contains("None"))
    #expect(out.text.hasPrefix("The app has no usable Tencent Cloud API key, so the request was not sent.\n"))
  }

  @Test func clientSideErrorsAreNotServerErrors() throws {
    let out = try ErrmsgProcess.run(
      ["--locale", "zh-CN", "--format", "json"],
      input:
        "[TencentCloudSDKError] Code=ClientError.NetworkError, Message=Fail to get response because dial tcp: i/o timeout"
    )
    let json = try #require(out.json)
    #expect(json["category"] as? String == "client")
    #expect(json["message"] as? String == "本应用与腾讯云的连接失败，请求未得到响应。")
  }

  @Test func tccliSuccessBodyIsNoError() throws {
    let out = try ErrmsgProcess.run(
      ["--locale", "en-US"],
      input: #"{"TotalCount": 0, "InstanceSet": [], "RequestId": "d4d4d4d4-0000-4000-8000-000000000004"}"#)
    #expect(out.status == 3)
    #expect(out.text == "The response contains no error.\nRequest ID: d4d4d4d4-0000-4000-8000-000000000004\n")
  }

  @Test func twoSDKErrorsAreBothAnswered() throws {
    let text = """
      [TencentCloudSDKError] Code=RequestLimitExceeded, Message=rate limited, RequestId=a1a1a1a1-0000-4000-8000-000000000001
      [TencentCloudSDKError] Code=ResourceNotFound, Message=no such cluster, RequestId=b2b2b2b2-0000-4000-8000-000000000002
      """
    let out = try ErrmsgProcess.run(["--locale", "en-US", "--format", "json"], input: text)
    #expect(out.status == 0)
    let array = try #require(try JSONSerialization.jsonObject(with: out.stdout) as? [[String: Any]])
    #expect(array.map { $0["code"] as? String } == ["RequestLimitExceeded", "ResourceNotFound"])
    #expect(
      array.map { $0["requestId"] as? String } == [
        "a1a1a1a1-0000-4000-8000-000000000001", "b2b2b2b2-0000-4000-8000-000000000002",
      ])
  }

  @Test func inferredCodeSaysSo() throws {
    let out = try ErrmsgProcess.run(
      ["--locale", "en-US", "--format", "json"], input: "The requested action `DescribeFoo` was not found")
    let json = try #require(out.json)
    #expect(json["code"] as? String == "InvalidAction")
    #expect(json["inferred"] as? Bool == true)
    let evidence = try #require(json["evidence"] as? [String: Any])
    #expect(evidence["kind"] as? String == "extraction-rule")
    #expect(evidence["rule"] as? String == "The requested action `{action}` was not found")
    let text = try ErrmsgProcess.run(["--locale", "en-US"], input: "The requested action `DescribeFoo` was not found")
    #expect(
      text.text.contains(
        "Error code: InvalidAction\n(The text states no error code: it was inferred from the message.)\n"))
  }

  @Test func arrayOfNonEnvelopesIsOneLine() throws {
    let out = try ErrmsgProcess.run([], input: #"[{"a":1},{"b":2},{"c":3}]"#)
    #expect(out.status == 65)
    #expect(
      out.stderr
        == "errmsg: <stdin>: valid JSON, but none of the array's 3 elements is an error response (element 1: not a Tencent Cloud error response: no \"Response\", \"Error\", \"Code\" or \"RequestId\" member)\n"
    )
  }

  @Test(arguments: [
    (#"{"Response": {"Error": "#, "line 1, column 24: invalid JSON"),
    ("\"{\\\"Response\\\": 1", "line 1, column 1: invalid JSON: unterminated string"),
    (
      "response body: {\"Response\": {\"Error\": {\"Message\": \"x\",}}}", "line 1, column 55: invalid JSON in the text"
    ),
  ])
  func invalidJSONHasLineAndColumn(_ input: String, _ expected: String) throws {
    let out = try ErrmsgProcess.run([], input: input)
    #expect(out.status == 65)
    #expect(out.stderr.hasPrefix("errmsg: <stdin>: " + expected), "\(out.stderr)")
  }

  @Test func formatNamesTheICUError() throws {
    let out = try ErrmsgProcess.run(["format", "--locale", "en-US", "--pattern", "{n, plural, one {x}"])
    #expect(out.status == 65)
    #expect(
      out.stderr.hasPrefix("errmsg: the pattern does not compile (ICU U_PATTERN_SYNTAX_ERROR at line 1, column 12): "))
  }

  @Test func helpShowsTheDefaultCommandAndExitStatuses() throws {
    let out = try ErrmsgProcess.run(["--help"])
    #expect(out.text.contains("DEFAULT COMMAND (localize):"))
    #expect(out.text.contains("-f, --format <format>"))
    #expect(out.text.contains("--locales <dir>"))
    #expect(out.text.contains("  3   the input was a valid response without an error\n"))
    #expect(out.text.contains("  65  the input is not an error"))
  }

  /// New server wordings read by extraction rules (data in Catalog/), from real messages.
  @Test(arguments: [
    (
      "AuthFailure.SignatureExpire",
      "Signature expired. The difference between `Timestamp` and the server time 1700000900 exceeds 300 seconds.",
      #""serverTime":1700000900000"#
    ),
    (
      "NoSuchVersion", "The request api version=`2099-01-01` does not exist in service=`cvm`.",
      #""service":"cvm","version":"2099-01-01""#
    ),
    ("UnknownParameter", "未定义参数 `Filters.0.Nmae`。", #""parameter":"Filters.0.Nmae""#),
    ("InvalidParameterValue", "参数 `Limit` 取值错误。", #""parameter":"Limit""#),
  ])
  func newServerWordings(_ code: String, _ message: String, _ arguments: String) throws {
    let envelope = #"{"Response":{"Error":{"Code":"\#(code)","Message":"\#(message)"},"RequestId":"r-1"}}"#
    let out = try ErrmsgProcess.run(["--format", "json", "--locale", "en-US"], input: envelope)
    #expect(out.text.contains(#""arguments":{"# + arguments + "}"), "\(out.text)")
  }
}
