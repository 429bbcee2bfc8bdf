/// Node.js SDK output: console dumps with stack traces and the error's fields,
/// logger prefixes, interleaved lines, `util.inspect` on one line, `JSON.stringify`.
enum NodeSamples {
  typealias S = RealWorldTextTests.Sample
  static let all: [S] = [
    S(
      shape: "node",
      text: """
        2025-07-24T02:38:37.016Z  调用ASR参数: {

          EngSerViceType: '16k_zh',

          VoiceFormat: 'mp3'

        }

        2025-07-24T02:38:37.147Z  ASR调用异常 TencentCloudSDKHttpException [Error]: The parameter `EngSerViceType` is not recognized.

            at Client.parseResponse (/var/user/node_modules/tencentcloud-sdk-nodejs-common/tencentcloud/common/abstract_client.js:267:37)

            at processTicksAndRejections (node:internal/process/task_queues:96:5)

            at async exports.main (/var/user/index.js:53:20) {

          requestId: 'b97a5b92-61a8-4bf6-981e-65f027add260',

          traceId: 'a5a78022-23d1-4ad2-9863-ace3a66b3a01',

          code: 'UnknownParameter'

        }

        END RequestId: 6f4c1a2e-1111-4222-8333-944455556666
        """,
      code: "UnknownParameter", requestId: "b97a5b92-61a8-4bf6-981e-65f027add260",
      message: "The parameter `EngSerViceType` is not recognized."),
    S(
      shape: "node",
      text: """
        clientConfig {
          credential: { secretId: '************', secretKey: '***********************************' },
          region: 'ap-guangzhou'
        }
        [Nest] 24732  - 2023/05/17 10:26:46    WARN !log it when env is local!
        error TencentCloudSDKHttpException [Error]: The SecretId is not found, please ensure that your SecretId is correct.
            at Client.parseResponse (C:\\Users\\dev\\app\\node_modules\\tencentcloud-sdk-nodejs\\tencentcloud\\common\\abstract_client.js:192:31)
            at processTicksAndRejections (node:internal/process/task_queues:95:5) {
          requestId: '3c9a1e52-7b1d-4f0e-9a51-2d8e4c6b7f10',
          code: 'AuthFailure.SecretIdNotFound'
        }
        """,
      code: "AuthFailure.SecretIdNotFound", requestId: "3c9a1e52-7b1d-4f0e-9a51-2d8e4c6b7f10"),
    S(
      shape: "node",
      text: """
        [2024-03-01T10:00:00.000Z] ERROR (api/4123): sms send failed
        Uncaught TencentCloudSDKHttpException [Error]: Your current request times equals to `21` in a second, which exceeds the frequency limit `20` for a second.
            at Client.parseResponse (/app/node_modules/tencentcloud-sdk-nodejs-common/tencentcloud/common/abstract_client.js:267:37)
        GET /healthz 200 0.412 ms - 2
            at async Client.request (/app/node_modules/tencentcloud-sdk-nodejs-common/tencentcloud/common/abstract_client.js:127:28) {
          requestId: '0e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a',
          traceId: '1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b',
          code: 'RequestLimitExceeded'
        }
        """,
      code: "RequestLimitExceeded", requestId: "0e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a"),
    S(
      shape: "node",
      text:
        "{\"level\":50,\"time\":1709287200000,\"msg\":\"TencentCloudSDKHttpException [Error]: The request has expired. at Client.parseResponse (/app/abstract_client.js:267:37) { requestId: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d', traceId: '', code: 'AuthFailure.SignatureExpire' }\"}",
      code: "AuthFailure.SignatureExpire", requestId: "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d"),
    S(
      shape: "node",
      text:
        #"{"requestId":"9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","traceId":"2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d","code":"ResourceNotFound"}"#,
      code: "ResourceNotFound", requestId: "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
    S(
      shape: "node",
      text:
        #"{"stack":"TencentCloudSDKHttpException: The instance `ins-1a2b3c4d` does not exist.\n    at Client.parseResponse (/srv/node_modules/tencentcloud-sdk-nodejs/tencentcloud/common/abstract_client.js:180:31)","message":"The instance `ins-1a2b3c4d` does not exist.","requestId":"4f3e2d1c-0b9a-4887-9665-544332211000","code":"InvalidInstanceId.NotFound"}"#,
      code: "InvalidInstanceId.NotFound", requestId: "4f3e2d1c-0b9a-4887-9665-544332211000"),
    S(
      shape: "node",
      text: """
        Error: [TencentCloudSDKException]
        Code: ResourceNotFound
        Message: The specified environment does not exist.
        RequestId: 5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b
        """,
      code: "ResourceNotFound", requestId: "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
      message: "The specified environment does not exist."),
    S(
      shape: "node",
      text:
        "[TencentCloudSDKException]message:The requested action `DescribeFooBar` was not found  requestId:6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d",
      code: "InvalidAction", requestId: "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", inferred: true),
  ]
}

/// Log lines around a code: colon forms, Chinese wording, prefixes, logfmt, Go with spaces.
enum LogLineSamples {
  typealias S = RealWorldTextTests.Sample
  static let all: [S] = [
    S(
      shape: "log",
      text:
        "Code: AuthFailure.SecretIdNotFound, Message: The SecretId is not found, please ensure that your SecretId is correct., RequestId: 8a5b0c1d-2e3f-4a4b-9c5d-6e7f8a9b0c1d",
      code: "AuthFailure.SecretIdNotFound", requestId: "8a5b0c1d-2e3f-4a4b-9c5d-6e7f8a9b0c1d",
      message: "The SecretId is not found, please ensure that your SecretId is correct."),
    S(
      shape: "log",
      text:
        #"level=error ts=2024-02-02T08:00:00Z code=ResourceNotFound msg="The instance `ins-9z8y7x6w` does not exist" request_id=1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e"#,
      code: "ResourceNotFound", requestId: "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
      message: "The instance `ins-9z8y7x6w` does not exist"),
    S(
      shape: "log", text: "ERROR  CODE : FailedOperation ,  MESSAGE : the cluster is being upgraded",
      code: "FailedOperation", requestId: nil, message: "the cluster is being upgraded"),
    S(
      shape: "log",
      text:
        "AuthFailure.SignatureFailure: The provided credentials could not be validated. Please check your signature is correct. [request id:11111111-2222-4333-8444-555555555555]",
      code: "AuthFailure.SignatureFailure", requestId: "11111111-2222-4333-8444-555555555555",
      message: "The provided credentials could not be validated. Please check your signature is correct."),
    S(
      shape: "log",
      text: "InvalidParameterValue:The value `50` specified in the parameter `SystemDisk.DiskSize` is not valid.",
      code: "InvalidParameterValue", requestId: nil),
    S(
      shape: "log",
      text:
        "2024-04-04 04:04:04 WARN sg.create LimitExceeded - The quota of security groups is exhausted (RequestId: 2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f)",
      code: "LimitExceeded", requestId: "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
      message: "The quota of security groups is exhausted"),
    S(
      shape: "log", text: "ResourceInsufficient, The specified zone has no stock", code: "ResourceInsufficient",
      requestId: nil),
    S(
      shape: "log", text: "调用 cvm 接口返回 AuthFailure.SignatureExpire：签名过期。请求 ID：3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a",
      code: "AuthFailure.SignatureExpire", requestId: "3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a", message: "签名过期。"),
    S(
      shape: "log", text: "错误码：UnauthorizedOperation，错误信息：您没有权限执行此操作，请求ID：4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b",
      code: "UnauthorizedOperation", requestId: "4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b", message: "您没有权限执行此操作"),
    S(
      shape: "log",
      text:
        "Service error: RequestLimitExceeded: Your current request times equals to `21` in a second, which exceeds the frequency limit `20` for a second.",
      code: "RequestLimitExceeded", requestId: nil),
    S(
      shape: "log", text: "lego: tencentcloud API error: InvalidParameter.DomainInvalid - 域名不正确，请输入主域名",
      code: "InvalidParameter.DomainInvalid", requestId: nil),
    S(
      shape: "log",
      text:
        "[RunInstances] ResourceInsufficient.SpecifiedInstanceType: The specified instance type is sold out in this zone.",
      code: "ResourceInsufficient.SpecifiedInstanceType", requestId: nil),
    S(
      shape: "log",
      text:
        "[TencentCloudSDKError] Code = InternalError, Message = internal error, please retry later, RequestId = 5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c",
      code: "InternalError", requestId: "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c"),
    S(
      shape: "log",
      text:
        #"time="2024-01-01T00:00:00Z" level=error msg="sync failed" error="[TencentCloudSDKError] Code=ResourceNotFound, Message=cluster cls-abc123 not found, RequestId=6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d""#,
      code: "ResourceNotFound", requestId: "6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d",
      message: "cluster cls-abc123 not found"),
    S(
      shape: "log",
      text:
        "2024-01-01 10:00:00.123 ERROR [main] c.e.App - call failed: com.tencentcloudapi.common.exception.TencentCloudSDKException: [TencentCloudSDKException]code: UnauthorizedOperation message:You are not authorized to perform operation (cvm:RunInstances) requestId:7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e",
      code: "UnauthorizedOperation", requestId: "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e"),
    S(
      shape: "log",
      text:
        "[TencentCloudSDKError] Code=AuthFailure.SignatureFailure, Message=The provided credentials could not be validated., RequestId=%!d(string=8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f)",
      code: "AuthFailure.SignatureFailure", requestId: "8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f",
      message: "The provided credentials could not be validated."),
    S(
      shape: "log",
      text: "[TencentCloudSDKException] code:FailedOperation message:HTTPS request failed requestId:None cs.CV",
      code: "FailedOperation", requestId: nil),
    S(
      shape: "log",
      text:
        "TencentCloud.Common.TencentCloudSDKException: code:ResourceNotFound message:指定的资源不存在。requestId:9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a",
      code: "ResourceNotFound", requestId: "9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a", message: "指定的资源不存在。"),
    S(
      shape: "log",
      text:
        "Error: [TencentCloudSDKError] Code=UnauthorizedOperation\nMessage=You are not authorized to perform the operation",
      code: "UnauthorizedOperation", requestId: nil, message: "You are not authorized to perform the operation"),
    S(
      shape: "log",
      text:
        #"弹窗提示: "[TencentCloudSDKError] Code=FailedOperation, Message=uin not allow to create port range listener.""#,
      code: "FailedOperation", requestId: nil, message: "uin not allow to create port range listener."),
    S(
      shape: "log",
      text:
        "[TencentCloudSDKException] code:AuthFailure.SecretIdNotFound message:The SecretId is not found requestId:xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
      code: "AuthFailure.SecretIdNotFound", requestId: nil),
    S(
      shape: "log",
      text:
        "Ruby: TencentCloud::Common::TencentCloudSDKException ([TencentCloudSDKError] Code=AuthFailure.SignatureFailure, Message=请求签名验证失败，请检查您的签名计算是否正确。, RequestId=e3be6d37-524b-4f53-a547-a908d032d69a)",
      code: "AuthFailure.SignatureFailure", requestId: "e3be6d37-524b-4f53-a547-a908d032d69a",
      message: "请求签名验证失败，请检查您的签名计算是否正确。"),
  ]
}

/// The SDKs' client-side errors: the request never got an answer, or credentials are missing.
enum ClientSamples {
  typealias S = RealWorldTextTests.Sample
  static let all: [S] = [
    S(
      shape: "client",
      text:
        #"[TencentCloudSDKException] code:ClientNetworkError message:HTTPSConnectionPool(host='tmt.tencentcloudapi.com', port=443): Max retries exceeded with url: / (Caused by ProxyError('Cannot connect to proxy.', ConnectionResetError(10054, '远程主机强迫关闭了一个现有的连接。', None, 10054, None))) requestId:None"#,
      code: "ClientNetworkError", requestId: nil, product: "sdk"),
    S(
      shape: "client",
      text:
        "[TencentCloudSDKException] code:InvalidCredential message:secret id should not be none or empty requestId:None",
      code: "InvalidCredential", requestId: nil, product: "sdk", message: "secret id should not be none or empty"),
    S(
      shape: "client",
      text:
        "[TencentCloudSDKError] Code=ClientError.NetworkError, Message=Fail to get response because Post \"https://cvm.tencentcloudapi.com/\": dial tcp: lookup cvm.tencentcloudapi.com: no such host",
      code: "ClientError.NetworkError", requestId: nil, product: "sdk"),
    S(
      shape: "client",
      text: "[TencentCloudSDKException]code: ServerSideError message:response code is 502, not 200 requestId:",
      code: "ServerSideError", requestId: nil, product: "sdk"),
    S(
      shape: "client",
      text: """
        TencentCloudSDKHttpException [Error]: request to https://cvm.tencentcloudapi.com/ failed, reason: getaddrinfo ENOTFOUND cvm.tencentcloudapi.com
            at Client.doRequestWithSign3 (/app/node_modules/tencentcloud-sdk-nodejs-common/tencentcloud/common/abstract_client.js:230:19) {
          requestId: '',
          traceId: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d'
        }
        """,
      code: "ClientNetworkError", requestId: nil, product: "sdk", inferred: true),
    S(
      shape: "client",
      text: "[TencentCloudSDKError] Code=ClientError.CredentialError, Message=no credential found in every providers",
      code: "ClientError.CredentialError", requestId: nil, product: "sdk"),
  ]
}

/// A server message alone: the code inferred from the catalog's extraction rules.
enum MessageOnlySamples {
  typealias S = RealWorldTextTests.Sample
  static let all: [S] = [
    S(
      shape: "message", text: "The requested action `DescribeFoo` was not found", code: "InvalidAction", requestId: nil,
      inferred: true),
    S(
      shape: "message",
      text:
        "Your current request times equals to `21` in a second, which exceeds the frequency limit `20` for a second. (RequestId: 0f1e2d3c-4b5a-4968-8776-655443322110)",
      code: "RequestLimitExceeded", requestId: "0f1e2d3c-4b5a-4968-8776-655443322110", inferred: true),
    S(shape: "message", text: "未定义参数 `Filters.0.Nmae`。", code: "UnknownParameter", requestId: nil, inferred: true),
  ]
}
