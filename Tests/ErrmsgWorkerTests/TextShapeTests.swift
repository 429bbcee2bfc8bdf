import ErrmsgKit
import Foundation
import Testing

private typealias H = WorkerHarness

/// `text` requests with the shapes of issue #10, answered as the one-shot command answers them.
@Suite struct TextShapeTests {
  @Test func arrayWithOneEnvelopeIsAnswered() throws {
    let text = #"[{"Response":{"Error":{"Code":"ResourceNotFound","Message":"gone"},"RequestId":"r-5"}}]"#
    let reply = H.replies(#"{"id":1,"locale":"en-US","text":\#(H.quoted(text))}"# + "\n")[0]
    let result = try #require(H.result(reply), "\(reply)")
    #expect(result["code"] as? String == "ResourceNotFound")
    #expect(result["requestId"] as? String == "r-5")
  }

  @Test func twoErrorsInOneTextAreRefusedByName() {
    let text = """
      [TencentCloudSDKError] Code=RequestLimitExceeded, Message=rate limited, RequestId=a1
      [TencentCloudSDKError] Code=ResourceNotFound, Message=no such cluster, RequestId=b2
      """
    let reply = H.replies(#"{"id":2,"text":\#(H.quoted(text))}"# + "\n")[0]
    #expect(H.rawId(reply) == "2")
    #expect(H.error(reply)?.kind == "bad_request")
    #expect(
      H.error(reply)?.message
        == "\"text\" holds 2 errors (RequestLimitExceeded, ResourceNotFound); send one request per error")
  }

  @Test func nodeDumpInAText() throws {
    let text = """
      TencentCloudSDKHttpException [Error]: The SecretId is not found, please ensure that your SecretId is correct.
          at Client.parseResponse (/app/node_modules/tencentcloud-sdk-nodejs/tencentcloud/common/abstract_client.js:192:31) {
        requestId: '3c9a1e52-7b1d-4f0e-9a51-2d8e4c6b7f10',
        code: 'AuthFailure.SecretIdNotFound'
      }
      """
    let reply = H.replies(#"{"id":3,"locale":"en-US","text":\#(H.quoted(text))}"# + "\n")[0]
    let result = try #require(H.result(reply), "\(reply)")
    #expect(result["code"] as? String == "AuthFailure.SecretIdNotFound")
    #expect(result["requestId"] as? String == "3c9a1e52-7b1d-4f0e-9a51-2d8e4c6b7f10")
  }

  @Test func inferredCodeInTheReply() throws {
    let reply = H.replies(
      #"{"id":4,"locale":"en-US","text":"The requested action `DescribeFoo` was not found"}"# + "\n")[0]
    let object = try #require(H.object(reply))
    let result = try #require(object["result"] as? [String: Any])
    #expect(result["code"] as? String == "InvalidAction")
    #expect(result["inferred"] as? Bool == true)
    #expect(
      reply.hasSuffix(
        #","inferred":true,"evidence":{"kind":"extraction-rule","rule":"The requested action `{action}` was not found"}}}"#
      ))
  }

  @Test func tccliSuccessBodyIsNoError() {
    let reply = H.replies(#"{"id":5,"envelope":{"TotalCount":0,"RequestId":"r-9"}}"# + "\n")[0]
    #expect(H.error(reply)?.kind == "no_error")
  }
}
