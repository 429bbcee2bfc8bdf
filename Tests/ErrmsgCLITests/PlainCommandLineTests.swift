import ErrmsgTestSupport
import Foundation
import Testing

/// `errmsg --locale zh-CN < response.json` is read without ArgumentParser
/// (`OneShotCommandLine`, for start-up time); `errmsg localize …` always goes
/// through ArgumentParser. Both must answer byte for byte alike, and every form
/// the plain reader leaves alone must still get ArgumentParser's answer.
@Suite struct PlainCommandLineTests {
  static let example = ErrmsgProcess.packageRoot.appendingPathComponent("Examples/signature-expired.json").path

  static let inputs = [
    #"{"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"Signature expired. Timestamp: 1700000000, Server current timestamp 1700000900"},"RequestId":"r-1"}}"#,
    #"{"Response":{"Error":{"Code":"FailedOperation.ClusterNotFound","Message":"cluster cls-x not found"},"RequestId":"r-2"}}"#,
    #"{"Response":{"Error":{"Code":"InternalError.SomethingNew","Message":"SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"},"RequestId":"r-3"}}"#,
    #"{"Response":{"RequestId":"ok-1","Result":1}}"#,
    #"{"Response": "#,
    "[TencentCloudSDKException] code:RequestLimitExceeded message:too many requestId:r-4",
  ]

  static let plainForms: [[String]] = [
    [],
    ["--locale", "zh-CN"],
    ["-l", "zh-TW", "-f", "json"],
    ["--locale=en-US", "--format=problem"],
    ["--product", "tke", "--locale", "zh-CN", "--format", "json"],
    ["--product=cvm", "-f", "text"],
    ["--locale", "zh_CN.UTF-8"],
    ["--locale", "fr-CH, zh;q=0.9"],
    // Values that are subcommands' names are values here.
    ["--locale", "help"],
    ["--product", "list", "-l", "zh-CN"],
    ["--locales", "serve", "--locale", "zh-TW"],
  ]

  @Test(arguments: plainForms)
  func thePlainReaderAnswersAsArgumentParserDoes(arguments: [String]) throws {
    for input in Self.inputs {
      let plain = try ErrmsgProcess.run(arguments, input: input, environment: ["TZ": "UTC"])
      let parsed = try ErrmsgProcess.run(["localize"] + arguments, input: input, environment: ["TZ": "UTC"])
      #expect(plain.stdout == parsed.stdout, "\(arguments) \(input)")
      #expect(plain.stderr == parsed.stderr, "\(arguments) \(input)")
      #expect(plain.status == parsed.status, "\(arguments) \(input)")
    }
  }

  @Test func aFileArgumentAndALocalesFolder() throws {
    let locales = ErrmsgProcess.packageRoot.appendingPathComponent("Locales").path
    for arguments in [
      [Self.example], ["--locale", "zh-CN", Self.example], ["--locales", locales, "-l", "zh-TW", Self.example],
    ] {
      let plain = try ErrmsgProcess.run(arguments, environment: ["TZ": "UTC"])
      let parsed = try ErrmsgProcess.run(["localize"] + arguments, environment: ["TZ": "UTC"])
      #expect(plain.status == 0, "\(arguments)")
      #expect(plain.stdout == parsed.stdout && plain.stderr == parsed.stderr, "\(arguments)")
    }
    let missing = try ErrmsgProcess.run(["--locale", "zh-CN", "/nonexistent/response.json"])
    #expect(missing.status == 74)
    #expect(missing.stderr == "errmsg: cannot open /nonexistent/response.json: No such file or directory\n")
  }

  /// Forms the plain reader leaves to ArgumentParser: its messages and statuses, unchanged.
  @Test func everyOtherFormIsArgumentParsers() throws {
    let input = Self.inputs[0]
    let badFormat = try ErrmsgProcess.run(["--format", "yaml"], input: input)
    #expect(badFormat.status == 64)
    #expect(badFormat.stderr.contains("The value 'yaml' is invalid for '--format <format>'"))
    let badProduct = try ErrmsgProcess.run(["--product", "TKE!"], input: input)
    #expect(badProduct.status == 64)
    #expect(badProduct.stderr.contains("'TKE!' is not a product id"))
    let noValue = try ErrmsgProcess.run(["--locale"], input: input)
    #expect(noValue.status == 64)
    #expect(noValue.stderr.contains("Missing value for '--locale <locale>'"))
    let unknown = try ErrmsgProcess.run(["--colour"], input: input)
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("Unknown option '--colour'"))
    let help = try ErrmsgProcess.run(["--help"])
    #expect(help.status == 0)
    #expect(help.text.contains("DEFAULT COMMAND (localize):"))
    #expect(try ErrmsgProcess.run(["--version"]).text == "0.1.0\n")
    // A repeated option, `--`: ArgumentParser's reading (the last value wins).
    for arguments in [["--locale", "en-US", "--locale", "zh-CN"], ["--locale", "zh-CN", "--", "-"]] {
      let out = try ErrmsgProcess.run(arguments, input: input, environment: ["TZ": "UTC"])
      let parsed = try ErrmsgProcess.run(["localize"] + arguments, input: input, environment: ["TZ": "UTC"])
      #expect(out.stdout == parsed.stdout && out.status == parsed.status, "\(arguments)")
    }
    // A subcommand's name is the subcommand, never a file.
    #expect(try ErrmsgProcess.run(["list", "--product", "sdk"]).text.contains("ClientNetworkError"))
  }
}
