import ErrmsgTestSupport
import Foundation
import Testing

/// The error strings Tencent Cloud SDKs print, as they appear in logs.
@Suite struct SDKStringTests {
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var text: String
    var code: String
    var message: String?
    var requestId: String?
    var description: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "Python",
      text:
        "[TencentCloudSDKException] code:AuthFailure.SignatureExpire message:Signature expired. Timestamp: 1700000000, Server current timestamp 1700000900, the maximum expire is 300 seconds requestId:ed93f3cb-f35e-473f-b9f3-0d451b8b79c6",
      code: "AuthFailure.SignatureExpire",
      message:
        "Signature expired. Timestamp: 1700000000, Server current timestamp 1700000900, the maximum expire is 300 seconds",
      requestId: "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"),
    Case(
      name: "Python traceback",
      text: """
        Traceback (most recent call last):
          File "app.py", line 12, in <module>
            resp = client.DescribeInstances(req)
        tencentcloud.common.exception.tencent_cloud_sdk_exception.TencentCloudSDKException: [TencentCloudSDKException] code:AuthFailure.SecretIdNotFound message:The SecretId is not found, please ensure that your SecretId is correct. requestId:0c1a2b3c-0000-4000-8000-000000000001
        """,
      code: "AuthFailure.SecretIdNotFound",
      message: "The SecretId is not found, please ensure that your SecretId is correct.",
      requestId: "0c1a2b3c-0000-4000-8000-000000000001"),
    Case(
      name: "PHP",
      text:
        "PHP Fatal error:  Uncaught [TencentCloud\\Common\\Exception\\TencentCloudSDKException] code:InvalidParameterValue message:The value `50` specified in the parameter `SystemDisk.DiskSize` is not valid. requestId:a1b2c3d4-1111-2222-3333-444455556666",
      code: "InvalidParameterValue",
      message: "The value `50` specified in the parameter `SystemDisk.DiskSize` is not valid.",
      requestId: "a1b2c3d4-1111-2222-3333-444455556666"),
    Case(
      name: "Go",
      text:
        "Error: [TencentCloudSDKError] Code=RequestLimitExceeded, Message=Your current request times equals to `21` in a second, which exceeds the frequency limit `20` for a second., RequestId=5ac1b6c7-8d9e-4f00-a1b2-c3d4e5f60718",
      code: "RequestLimitExceeded",
      message:
        "Your current request times equals to `21` in a second, which exceeds the frequency limit `20` for a second.",
      requestId: "5ac1b6c7-8d9e-4f00-a1b2-c3d4e5f60718"),
    Case(
      name: "Go without RequestId",
      text:
        "[TencentCloudSDKError] Code=ClientError.NetworkError, Message=Fail to get response because dial tcp: i/o timeout, RequestId=",
      code: "ClientError.NetworkError", message: "Fail to get response because dial tcp: i/o timeout", requestId: nil),
    Case(
      name: "Ruby",
      text:
        "[TencentCloudSDKError] Code=MissingParameter, Message=The request is missing a required parameter `Timestamp`.",
      code: "MissingParameter", message: "The request is missing a required parameter `Timestamp`.", requestId: nil),
    Case(
      name: "Java",
      text:
        "com.tencentcloudapi.common.exception.TencentCloudSDKException: [TencentCloudSDKException]code: UnauthorizedOperation message:You are not authorized to perform operation (cvm:RunInstances) requestId:9f8e7d6c-5b4a-4321-8765-43210fedcba9",
      code: "UnauthorizedOperation", message: "You are not authorized to perform operation (cvm:RunInstances)",
      requestId: "9f8e7d6c-5b4a-4321-8765-43210fedcba9"),
    Case(
      name: "old Java",
      text:
        "[TencentCloudSDKException]message:AuthFailure.SignatureFailure-The provided credentials could not be validated. Please check your signature is correct. requestId:11111111-2222-3333-4444-555555555555",
      code: "AuthFailure.SignatureFailure",
      message: "The provided credentials could not be validated. Please check your signature is correct.",
      requestId: "11111111-2222-3333-4444-555555555555"),
    Case(
      name: ".NET",
      text: "TencentCloud.Common.TencentCloudSDKException: code:ResourceNotFound message：指定的资源不存在。 ",
      code: "ResourceNotFound", message: "指定的资源不存在。", requestId: nil),
    Case(
      name: "multi-line message",
      text: "[TencentCloudSDKException] code:InternalError message:line one\nline two requestId:r-9",
      code: "InternalError", message: "line one\nline two", requestId: "r-9"),
  ]

  @Test(arguments: cases)
  func recognizes(_ c: Case) throws {
    let out = try ErrmsgProcess.run(["--format", "json", "--locale", "zh-CN"], input: c.text)
    let json = try #require(out.json, "\(c.name): \(out.stderr)")
    #expect(out.status == 0)
    #expect(json["code"] as? String == c.code)
    #expect(json["serverMessage"] as? String == c.message)
    #expect(json["requestId"] as? String == c.requestId)
  }

  @Test func goValuesBecomeTheDetail() throws {
    let out = try ErrmsgProcess.run(["--format", "json", "--locale", "en-US"], input: Self.cases[3].text)
    #expect(
      out.json?["detail"] as? String
        == "21 requests were sent to this API with the same account in one second; the limit is 20 per second.")
  }
}
