import ErrmsgKit
import ErrmsgTestSupport
import Foundation
import Testing

/// `errmsg [--locale L] [--format …] [FILE]`: the one-shot command as people and scripts use it.
@Suite struct LocalizeTests {
  static let example = ErrmsgProcess.packageRoot.appendingPathComponent("Examples/signature-expired.json")

  func envelope(_ code: String, message: String = "server text", requestId: String = "req-1") -> String {
    #"{"Response":{"Error":{"Code":"\#(code)","Message":"\#(message)"},"RequestId":"\#(requestId)"}}"#
  }

  @Test func exampleEnvelopeInChineseAsText() throws {
    let out = try ErrmsgProcess.run(["--locale", "zh-CN", Self.example.path], environment: ["TZ": "UTC"])
    #expect(out.status == 0)
    #expect(
      out.text == """
        本设备时间与腾讯云服务器时间相差超过五分钟，请求已被拒绝。
        发出请求时本设备的时间为 2023年11月14日 22:13:20，而腾讯云服务器当时的时间为 2023年11月14日 22:28:20。
        处理建议：请检查本设备的日期、时间和时区，并开启“自动设置时间”，然后重试。如果本应用通过自己的服务器发送请求，则需要校准该服务器的时间，请联系本应用的客服。
        错误码：AuthFailure.SignatureExpire
        请求 ID：ed93f3cb-f35e-473f-b9f3-0d451b8b79c6

        """)
  }

  @Test func exampleEnvelopeInTraditionalChineseAsText() throws {
    let out = try ErrmsgProcess.run(["--locale", "zh-TW", Self.example.path], environment: ["TZ": "UTC"])
    #expect(out.status == 0)
    #expect(
      out.text == """
        本裝置的時間與騰訊雲伺服器的時間相差超過五分鐘，請求已遭拒絕。
        送出請求時，本裝置的時間為 2023年11月14日 下午10:13:20，而騰訊雲伺服器當時的時間為 2023年11月14日 下午10:28:20。
        處理建議：請檢查本裝置的日期、時間和時區，並開啟「自動設定」日期與時間，然後再試一次。如果本應用程式是透過自己的伺服器傳送請求，則需要校正該伺服器的時間，請聯絡應用程式的客服。
        錯誤代碼：AuthFailure.SignatureExpire
        請求 ID：ed93f3cb-f35e-473f-b9f3-0d451b8b79c6

        """)
    let json = try ErrmsgProcess.run(
      ["--locale", "zh-TW", "--format", "json", Self.example.path], environment: ["TZ": "UTC"])
    #expect(json.json?["product"] as? String == "common")
    #expect(json.json?["tier"] as? String == "curated")
    #expect(json.json?["locale"] as? String == "zh-TW")
    #expect(json.json?["machineConverted"] as? Bool == false)
  }

  @Test func exampleEnvelopeInEnglishFromStdin() throws {
    let out = try ErrmsgProcess.run(
      ["--locale", "en-US"], stdin: try Data(contentsOf: Self.example), environment: ["TZ": "UTC"])
    #expect(out.status == 0)
    #expect(
      out.text == """
        The request was rejected because this device’s clock is more than five minutes off from Tencent Cloud’s time.
        This device’s clock said Nov 14, 2023, 10:13:20\u{202F}PM when the request was sent, but Tencent Cloud’s time was Nov 14, 2023, 10:28:20\u{202F}PM.
        What you can do: Check the date, time and time zone on this device and set them to update automatically, then try again. If the app sends its requests from its own server, that server’s clock needs correcting: contact the app’s support.
        Error code: AuthFailure.SignatureExpire
        Request ID: ed93f3cb-f35e-473f-b9f3-0d451b8b79c6

        """)
  }

  @Test(arguments: ["en-US", "zh-CN"])
  func everyCodeThroughTheCommand(locale: String) throws {
    for info in MessageCatalog.embedded.codes {
      let code = info.code.rawValue
      let out = try ErrmsgProcess.run(
        ["--locale", locale, "--product", info.product, "--format", "json"], input: envelope(code))
      let json = try #require(out.json, "\(code) \(locale): \(out.text) \(out.stderr)")
      #expect(out.status == 0)
      #expect(json["code"] as? String == code)
      #expect(json["matchedCode"] as? String == code)
      #expect(json["exact"] as? Bool == true)
      #expect(json["locale"] as? String == locale)
      #expect(json["requestId"] as? String == "req-1")
      #expect(json["category"] as? String == info.category.rawValue)
      #expect(json["retry"] as? String == info.retry.rawValue)
      #expect(json["serverMessage"] as? String == "server text")
      #expect(json["tier"] as? String == "curated")
      let library = MessageCatalog.localized(code: code, product: info.product, locale: locale)
      #expect(json["message"] as? String == library.message)
      #expect(json["hint"] as? String == library.hint)
      for key in ["message", "hint"] {
        let text = json[key] as? String ?? ""
        #expect(!text.isEmpty && !text.contains("{") && !text.contains("}"), "\(code) \(locale) \(key)")
      }
    }
  }

  @Test func localeFromTheEnvironmentInPOSIXOrder() throws {
    let input = envelope("InternalError")
    func locale(_ env: [String: String], _ args: [String] = []) throws -> String? {
      try ErrmsgProcess.run(args + ["--format", "json"], input: input, environment: env).json?["locale"] as? String
    }
    #expect(try locale([:]) == "en-US")
    #expect(try locale(["LANG": "zh_CN.UTF-8"]) == "zh-CN")
    #expect(try locale(["LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"]) == "zh-CN")
    #expect(try locale(["LC_MESSAGES": "zh_CN.UTF-8", "LC_ALL": "en_GB.UTF-8"]) == "en-US")
    #expect(try locale(["LC_ALL": "zh_TW.UTF-8"]) == "zh-TW")
    #expect(try locale(["LC_ALL": "zh_CN.UTF-8"], ["--locale", "en"]) == "en-US")
    #expect(try locale(["LANG": "C"]) == "en-US")
  }

  @Test func inputShapes() throws {
    let inner = #"{"Error":{"Code":"InvalidAction","Message":"x"},"RequestId":"r2"}"#
    let reordered = #"{"Response":{"RequestId":"r3","Error":{"Message":"m","Code":"InvalidAction"}}}"#
    let pretty = "{\n  \"Response\": {\n    \"Error\": {\n      \"Code\": \"InvalidAction\"\n    }\n  }\n}\n"
    for input in [inner, reordered, pretty, "\u{FEFF}" + inner] {
      let out = try ErrmsgProcess.run(["--format", "json"], input: input)
      #expect(out.status == 0, "\(input): \(out.stderr)")
      #expect(out.json?["matchedCode"] as? String == "InvalidAction")
    }
    let array = "[\(envelope("InternalError")), \(envelope("InvalidAction"))]"
    let out = try ErrmsgProcess.run(["--format", "json"], input: array)
    let items = try JSONSerialization.jsonObject(with: out.stdout) as? [[String: Any]]
    #expect(items?.map { $0["code"] as? String } == ["InternalError", "InvalidAction"])
  }

  @Test func problemDetails() throws {
    let out = try ErrmsgProcess.run(
      ["--format", "problem", "--locale", "en"],
      input: envelope(
        "RequestLimitExceeded",
        message:
          "Your current request times equals to `21` in a second, which exceeds the frequency limit `20` for a second.")
    )
    let json = try #require(out.json)
    #expect(json["type"] as? String == "tag:errmsg,2026:code/RequestLimitExceeded")
    #expect(json["title"] as? String == MessageCatalog.localized(code: "RequestLimitExceeded", locale: "en").message)
    #expect(
      json["detail"] as? String
        == "21 requests were sent to this API with the same account in one second; the limit is 20 per second.")
    #expect(json["instance"] as? String == "urn:tencentcloud:request:req-1")
    #expect(json["code"] as? String == "RequestLimitExceeded")
    #expect(json["retry"] as? String == "backoff")
  }

  @Test func exitStatuses() throws {
    #expect(try ErrmsgProcess.run([], input: envelope("InternalError")).status == 0)
    let success = try ErrmsgProcess.run([], input: #"{"Response":{"RequestId":"ok-1","Result":1}}"#)
    #expect(success.status == 3)
    #expect(success.text.contains("no error"))
    #expect(try ErrmsgProcess.run(["--format", "yaml"], input: "").status == 64)
    #expect(try ErrmsgProcess.run(["/nonexistent/file.json"]).status == 74)
  }

  @Test(arguments: [
    ("", "empty"),
    ("{\"Response\": ", "line 1, column 14: invalid JSON"),
    ("{\"a\":1}", "not a Tencent Cloud error response"),
    ("[1]", "not an error response"),
    ("42", "not an error response"),
    ("\"just a string\"", "not an error response"),
    ("hello world", "neither JSON nor a Tencent Cloud error message"),
    ("[ERROR] upstream timeout after 3000 ms", "neither JSON nor a Tencent Cloud error message"),
    ("[1, 2", "line 1, column 6: invalid JSON"),
    ("{\"Response\":{\"Error\":{\"Message\":\"x\"}}}", "no \"Code\""),
  ])
  func badInputIsOneClearLine(input: String, expected: String) throws {
    let out = try ErrmsgProcess.run([], input: input)
    #expect(out.status == 65, "\(input)")
    #expect(out.stdout.isEmpty)
    #expect(out.stderr.contains(expected), "\(input): \(out.stderr)")
    #expect(out.stderr.split(separator: "\n").count == 1, "\(out.stderr)")
  }

  @Test func hostileInputsNeverCrash() throws {
    let cases: [(String, Data)] = [
      ("deep nesting", Data(String(repeating: "[", count: 100_000).utf8)),
      ("invalid UTF-8", Data([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D])),
      ("NUL bytes", Data([0x7B, 0x00, 0x7D])),
      ("NUL in text", Data("code:".utf8) + Data([0, 0])),
    ]
    for (name, data) in cases {
      let out = try ErrmsgProcess.run([], stdin: data)
      #expect(out.status == 65, "\(name): \(out.stderr)")
      #expect(out.stderr.hasPrefix("errmsg: "), "\(name): \(out.stderr)")
      #expect(out.stderr.split(separator: "\n").count == 1, "\(name)")
    }
  }

  @Test func hundredMegabyteInputIsHandled() throws {
    // A valid envelope whose Message is 100 MB.
    var data = Data(#"{"Response":{"Error":{"Code":"InternalError","Message":""#.utf8)
    data.append(Data(repeating: UInt8(ascii: "x"), count: 100 << 20))
    data.append(Data(#""},"RequestId":"big"}}"#.utf8))
    let out = try ErrmsgProcess.run(["--format", "json"], stdin: data)
    #expect(out.status == 0, "\(out.stderr)")
    #expect(out.json?["requestId"] as? String == "big")
  }

  @Test func worksWithNoFilesBesideTheBinary() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("errmsg-alone-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let copy = dir.appendingPathComponent("errmsg")
    try FileManager.default.copyItem(at: ErrmsgProcess.binary, to: copy)
    let process = Process()
    process.executableURL = copy
    process.arguments = ["--locale", "zh-CN", "--format", "json"]
    process.currentDirectoryURL = dir
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    try input.fileHandleForWriting.write(contentsOf: Data(envelope("AuthFailure.SecretIdNotFound").utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    #expect(process.terminationStatus == 0)
    #expect(
      json?["message"] as? String
        == MessageCatalog.localized(code: "AuthFailure.SecretIdNotFound", locale: "zh-CN").message)
  }
}
