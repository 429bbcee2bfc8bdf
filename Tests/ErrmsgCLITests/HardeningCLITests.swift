import ErrmsgKit
import ErrmsgTestSupport
import Foundation
import Testing

/// The one-shot against hostile server text (security review 2026-11).
@Suite struct HardeningCLITests {
  static func envelope(_ code: String, _ message: String, requestId: String = "r") -> String {
    let object: [String: Any] = [
      "Response": ["Error": ["Code": code, "Message": message], "RequestId": requestId]
    ]
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self)
  }

  // F1: no output format shows a credential read out of the server message.
  @Test(arguments: ["text", "json", "problem"])
  func extractedCredentialsAreRedactedInEveryFormat(format: String) throws {
    let cases = [
      (
        "InvalidParameterValue",
        "The value `AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE` specified in the parameter `SecretId` is invalid",
        "bsJ5yKBZ"
      ),
      ("MissingParameter", "The request is missing a required parameter `Token=TOKENq7Zk2mW9xR4pL1nB8vC3`", "q7Zk2mW9"),
    ]
    for (code, message, secret) in cases {
      let out = try ErrmsgProcess.run(["--format", format, "--locale", "en-US"], input: Self.envelope(code, message))
      #expect(out.status == 0)
      #expect(!out.text.contains(secret), "\(out.text)")
      #expect(out.text.contains("****"), "\(out.text)")
    }
    let text = try ErrmsgProcess.run(
      ["--locale", "en-US"], input: Self.envelope("MissingParameter", cases[1].1))
    #expect(text.text.split(separator: "\n")[1] == "The required parameter “Token=****” wasn’t sent.")
  }
}
