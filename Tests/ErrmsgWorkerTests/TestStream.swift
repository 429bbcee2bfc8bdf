import ErrmsgTestSupport
import Foundation

/// Request streams for the tests: a varied one made here, and the benchmark's
/// own generator's output when the shared benchmark folder is there.
enum TestStream {
  static let codes = [
    "AuthFailure.SignatureExpire", "RequestLimitExceeded", "RequestLimitExceeded.UinLimitExceeded",
    "MissingParameter",
    "InvalidAction", "UnknownParameter", "InvalidParameterValue", "InvalidParameterValue.Range",
    "InternalError",
    "InternalError.SomethingNew", "Quota.NotEnough", "ResourceNotFound", "UnsupportedRegion",
    "NoSuchVersion",
    "InternalError.CidrConflictWithVpcCidr", "LimitExceeded", "FailedOperation",
  ]

  static let messages = [
    "Signature expired. Timestamp: 17000{n}, Server current timestamp 17001{n}, the maximum expire is 300 seconds",
    "Your current request times equals to `{n}` in a second, which exceeds the frequency limit `{m}` for a second.",
    "您当前每秒请求 `{n}` 次，超过了每秒频率上限 `{m}`",
    "The request is missing a required parameter `Region{m}`.",
    "The requested action `Describe{n}` was not found",
    "The parameter `Foo{m}` is not recognized",
    "The value `ins-{n}` specified in the parameter `InstanceId`",
    "[cidr 10.{m}.0.0/16 is conflict with cluster id: cls-{n}]",
    "The region `ap-{m}` is not supported",
    "The requested version `2017-{m}` of service `cvm` does not exist",
    "内部错误，请稍后重试（{n}）。",
    "An error with a secret: SecretKey={n} and AKIDabcdefgh{n}{m} and Signature: {m}",
    "Tab\\there and a \\\"quote\\\" ({n})",
    "Unicode escape \\u00e9 {n}",
    "plain {n} {m}",
    "",
  ]

  static let locales = ["en-US", "zh-CN", "zh-TW", "fr-FR", "zh_CN.UTF-8", "en"]

  /// Whether line `i` of ``lines(count:)`` is blank.
  static func isBlank(_ i: Int) -> Bool { i % 97 == 13 }

  static func blankCount(in count: Int) -> Int { (0..<count).filter(isBlank).count }

  /// `count` lines (with line breaks): every request shape, both paths, some invalid, some blank.
  static func lines(count: Int) -> String {
    var out = ""
    var rng = SplitMix(seed: 2024)
    for i in 0..<count {
      if isBlank(i) {
        out += "  \n"
        continue
      }
      let code = codes[Int(rng.next() % UInt64(codes.count))]
      let message = messages[Int(rng.next() % UInt64(messages.count))]
        .replacingOccurrences(of: "{n}", with: String(rng.next() % 50))
        .replacingOccurrences(of: "{m}", with: String(rng.next() % 7))
      let locale = locales[Int(rng.next() % UInt64(locales.count))]
      let envelope =
        #"{"Response":{"Error":{"Code":"\#(code)","Message":"\#(message)"},"RequestId":"rid-\#(i)"}}"#
      switch rng.next() % 13 {
      case 0: out += envelope
      case 1: out += #"{"id":"s\#(i)","envelope":\#(envelope)}"#
      case 2:
        out +=
          #"{"id":\#(i),"locale":"\#(locale)","args":{"count":\#(i % 5),"limit":2.5},"envelope":\#(envelope)}"#
      case 3:
        out +=
          #"{"id":[\#(i)],"locale":"\#(locale)","text":"[TencentCloudSDKError] Code=\#(code), Message=m \#(i), RequestId=r\#(i)"}"#
      case 4: out += #"{"id":\#(i),"locale":"\#(locale)","envelope":\#(envelope)"#  // truncated
      case 11:
        out += #"{"id":\#(i),"locale":"","envelope":\#(envelope)}"#
      case 5:
        out +=
          #"{"id":\#(i),"locale":"\#(locale)","envelope":{"Response":{"RequestId":"ok-\#(i)"}}}"#
      case 6:
        out += #" { "locale" : "\#(locale)" , "envelope" : \#(envelope) , "id" : {"n":\#(i)} } "#
      default: out += #"{"id":\#(i),"locale":"\#(locale)","envelope":\#(envelope)}"#
      }
      out += "\n"
    }
    return out
  }

  /// `count` wrapped lines from the benchmark's generator (`../shared/bench/gen.py`), or nil without it.
  /// Requests over the whole catalog, with products and eight locales
  /// (`Benchmarks/products/gen_products.py`, seeded): nil without python3.
  static func productsStream(count: Int) -> [UInt8]? {
    let gen = ErrmsgProcess.packageRoot.appendingPathComponent("Benchmarks/products/gen_products.py")
    guard let out = try? Python.run([gen.path, "-n", String(count), "--seed", "7"]), out.status == 0
    else { return nil }
    return Array(out.stdout)
  }

  static func benchmarkStream(count: Int) -> [UInt8]? {
    let gen = ErrmsgProcess.packageRoot.deletingLastPathComponent().appendingPathComponent(
      "shared/bench/gen.py")
    guard FileManager.default.fileExists(atPath: gen.path) else { return nil }
    guard let out = try? Python.run([gen.path, "-n", String(count), "--wrap"]), out.status == 0
    else { return nil }
    return Array(out.stdout)
  }
}
