import ErrmsgKit
import ErrmsgTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `errmsg serve` as a client runs it: the built binary, through pipes.
@Suite struct ServeCommandTests {
  typealias H = WorkerHarness

  static let environment = ["TZ": "UTC"]

  static func serve(_ arguments: [String] = [], input: [UInt8]) throws -> ErrmsgProcess.Output {
    try ErrmsgProcess.run(["serve"] + arguments, stdin: Data(input), environment: environment)
  }

  /// What `errmsg --format json` prints for an envelope (the reference for results).
  static func oneShot(_ envelope: String, locale: String) throws -> String {
    let out = try ErrmsgProcess.run(
      ["--locale", locale, "--format", "json"], input: envelope, environment: environment)
    return out.text.trimmingCharacters(in: .newlines)
  }

  @Test func repliesMatchTheOneShotCommandInBothLocales() throws {
    let envelopes = [
      H.envelope(
        "AuthFailure.SignatureExpire",
        "Signature expired. Timestamp: 1700000000, Server current timestamp 1700000900, the maximum expire is 300 seconds"
      ),
      H.envelope(
        "RequestLimitExceeded",
        "Your current request times equals to `7` in a second, which exceeds the frequency limit `5` for a second."
      ),
      H.envelope("InternalError.SomethingNew", "内部错误"),
      H.envelope("Made.Up", "x"),
    ]
    var input = ""
    var expected: [(id: String, envelope: String, locale: String)] = []
    for (i, envelope) in envelopes.enumerated() {
      for locale in ["en-US", "zh-CN"] {
        input += #"{"id":\#(expected.count),"locale":"\#(locale)","envelope":\#(envelope)}"# + "\n"
        expected.append(("\(expected.count)", envelope, locale))
      }
      input += envelope + "\n"  // bare: the worker's --locale
      expected.append(("null", envelope, "zh-CN"))
      _ = i
    }
    let out = try Self.serve(["--locale", "zh-CN"], input: Array(input.utf8))
    #expect(out.status == 0, "\(out.stderr)")
    let replies = H.lines(Array(out.stdout))
    try #require(replies.count == expected.count)
    for (reply, e) in zip(replies, expected) {
      #expect(H.rawId(reply) == e.id)
      #expect(H.rawResult(reply) == (try Self.oneShot(e.envelope, locale: e.locale)), "\(e)")
    }
  }

  @Test func everyLineGetsItsReplyAndTheWorkerKeepsServing() throws {
    var input: [UInt8] = []
    func line(_ s: String) { input += Array(s.utf8) + [0x0A] }
    line(#"{"id":"a","locale":"en-US","envelope":\#(H.envelope("InternalError", "boom"))}"#)
    line("")
    line(#"{"id":"b","envelope":"#)
    line(#"{"id":"c","locale":"en-US","envelope":{"Response":{"RequestId":"ok"}}}"#)
    line(
      #"{"id":"d","envelope":{"Response":{"Error":{"Code":"X","Message":""#
        + String(repeating: "y", count: 600) + #""}}}}"#)
    input += Array(#"{"id":"e","text":"caf"#.utf8) + [0xE9] + Array(#""}"#.utf8) + [0x0A]
    line("   ")
    input += Array(
      #"{"id":"f","locale":"en-US","text":"[TencentCloudSDKException] code:InvalidAction message:The requested action `Foo` was not found requestId:r-9"}"#
        .utf8)
    let out = try Self.serve(["--max-line-bytes", "500"], input: input)
    #expect(out.status == 0)
    #expect(String(validating: Array(out.stdout), as: UTF8.self) != nil)
    let replies = H.lines(Array(out.stdout))
    try #require(replies.count == 6, "\(replies)")
    #expect(H.rawId(replies[0]) == #""a""#)
    #expect(H.result(replies[0])?["code"] as? String == "InternalError")
    #expect(H.error(replies[1])?.kind == "invalid_json")
    #expect(H.rawId(replies[1]) == "null")
    #expect(H.error(replies[2])?.kind == "no_error")
    #expect(H.rawId(replies[2]) == #""c""#)
    #expect(H.error(replies[3])?.kind == "line_too_long")
    #expect(H.error(replies[4])?.kind == "invalid_utf8")
    #expect(H.rawId(replies[5]) == #""f""#)
    #expect((H.result(replies[5])?["arguments"] as? [String: Any])?["action"] as? String == "Foo")
    for reply in replies { #expect(H.object(reply) != nil) }
  }

  @Test func secretsAreRedactedInTheOutput() throws {
    let message = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA failed: Signature=abc123 X-TC-Token: xyz"
    let out = try Self.serve(
      input: Array((H.envelope("AuthFailure.SignatureFailure", message) + "\n").utf8))
    #expect(!out.text.contains("z8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"))
    #expect(!out.text.contains("abc123"))
    #expect(!out.text.contains("xyz"))
    #expect(
      H.result(H.lines(Array(out.stdout))[0])?["serverMessage"] as? String
        == "AKIDz8kr**** failed: Signature=**** X-TC-Token: ****")
  }

  @Test func twoJobsWriteTheSameBytesAsOne() throws {
    let input =
      TestStream.benchmarkStream(count: 60000) ?? Array(TestStream.lines(count: 60000).utf8)
    let one = try Self.serve(input: input)
    let two = try Self.serve(["--jobs", "2"], input: input)
    #expect(one.status == 0 && two.status == 0)
    #expect(one.stdout.count > input.count)
    #expect(one.stdout == two.stdout)
  }

  @Test func aWaitingClientGetsEachReplyAtOnce() throws {
    let session = try ServeSession(arguments: ["--locale", "en-US"])
    for i in 0..<3 {
      try session.send(#"{"id":\#(i),"envelope":\#(H.envelope("ResourceNotFound", "gone"))}"#)
      let reply = try #require(
        session.readLine(timeout: 20), "no reply to request \(i) while stdin is still open")
      #expect(H.rawId(reply) == "\(i)")
      #expect(H.result(reply)?["code"] as? String == "ResourceNotFound")
    }
    try session.send("not json")
    let bad = try #require(session.readLine(timeout: 20), "no reply to a broken line")
    #expect(H.error(bad)?.kind == "invalid_json")
    let status = try session.finish()
    #expect(status == 0)
  }

  @Test func closedOutputEndsTheWorkerQuietly() throws {
    #if canImport(Glibc)
      signal(SIGPIPE, SIG_IGN)
    #endif
    let process = Process()
    process.executableURL = ErrmsgProcess.binary
    process.arguments = ["serve"]
    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    try output.fileHandleForReading.close()
    let line = Data((#"{"id":1,"envelope":\#(H.envelope("InternalError", "x"))}"# + "\n").utf8)
    var chunk = Data()
    for _ in 0..<2000 { chunk.append(line) }
    for _ in 0..<50 {
      do { try input.fileHandleForWriting.write(contentsOf: chunk) } catch { break }
    }
    try? input.fileHandleForWriting.close()
    let stderr = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 0)
    #expect(stderr.isEmpty, "\(String(decoding: stderr, as: UTF8.self))")
  }

  @Test func badOptionsAreUsageErrors() throws {
    #expect(try ErrmsgProcess.run(["serve", "--jobs", "0"], input: "").status == 64)
    #expect(try ErrmsgProcess.run(["serve", "--max-line-bytes", "0"], input: "").status == 64)
    let help = try ErrmsgProcess.run(["serve", "--help"], input: "")
    #expect(help.text.contains("--max-line-bytes"))
  }

  @Test(.enabled(if: Python.executable != nil, "python3 is not installed"))
  func exampleClientRuns() throws {
    let client = ErrmsgProcess.packageRoot.appendingPathComponent("Examples/client.py")
    let out = try Python.run([client.path, "--errmsg", ErrmsgProcess.binary.path])
    #expect(out.status == 0, "client.py failed:\n\(out.text)\n\(out.stderr)")
    #expect(out.text.hasSuffix("ok\n"))
  }

  /// Thousands of lines with random edits, judged by Python's JSON parser:
  /// nothing invalid is answered ok, nothing valid is called invalid JSON.
  @Test(.enabled(if: Python.executable != nil, "python3 is not installed"))
  func mutatedRequestsAreJudgedLikePythonJudgesThem() throws {
    let script = ErrmsgProcess.packageRoot.appendingPathComponent("Tests/Adversarial/mutated_requests.py")
    let out = try Python.run([script.path, ErrmsgProcess.binary.path, "--lines", "5000"])
    #expect(out.status == 0, "\(out.text)\(out.stderr)")
    #expect(out.text.hasSuffix("5000 lines, 0 problems\n"), "\(out.text)")
  }

  @Test(
    .enabled(
      if: SchemaCheck.available,
      "python3 with jsonschema is not installed; the schema check is skipped"))
  func repliesAndRequestsFollowTheSchema() throws {
    var requests: [String] = []
    for info in MessageCatalog.embedded.codes {
      for locale in ["en-US", "zh-CN", "zh-TW"] {
        requests.append(
          #"{"id":"\#(info.code.rawValue)","locale":"\#(locale)","envelope":\#(H.envelope(info.code.rawValue, "m"))}"#
        )
      }
    }
    requests.append(H.envelope("Made.Up", "m"))
    requests.append(
      #"{"id":1,"locale":"en-US","args":{"count":2,"limit":1.5,"parameter":"p"},"text":"[TencentCloudSDKError] Code=LimitExceeded, Message=m, RequestId=r"}"#
    )
    var input = requests.joined(separator: "\n") + "\n"
    input += TestStream.lines(count: 3000)
    input += "{\"id\":\n" + String(repeating: "x", count: 3000) + "\n"
    let out = try Self.serve(["--max-line-bytes", "2048"], input: Array(input.utf8))
    #expect(out.status == 0)
    let check = try SchemaCheck.run(
      requests: requests.joined(separator: "\n") + "\n", replies: out.text)
    #expect(check.status == 0, "\(check.text)\n\(check.stderr)")
    #expect(check.text.contains("replies ok"))
  }
}

/// Validates lines against Docs/worker-protocol.schema.json with python3's jsonschema.
enum SchemaCheck {
  static let available: Bool = {
    guard let out = try? Python.run(["-c", "import jsonschema"]) else { return false }
    return out.status == 0
  }()

  static let script = """
    import json, sys
    from jsonschema import Draft202012Validator
    schema = json.load(open(sys.argv[1]))
    Draft202012Validator.check_schema(schema)
    def validator(name):
        return Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/" + name})
    for name, plural, path in (("request", "requests", sys.argv[2]), ("reply", "replies", sys.argv[3])):
        v = validator(name)
        count = 0
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            errors = list(v.iter_errors(json.loads(line)))
            if errors:
                sys.exit("%s line %d: %s\\n%s" % (name, number, errors[0].message, line[:500]))
            count += 1
        print("%s ok: %d" % (plural, count))
    """

  static func run(requests: String, replies: String) throws -> Python.Output {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "errmsg-schema-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let requestFile = dir.appendingPathComponent("requests.jsonl")
    let replyFile = dir.appendingPathComponent("replies.jsonl")
    try Data(requests.utf8).write(to: requestFile)
    try Data(replies.utf8).write(to: replyFile)
    let schema = ErrmsgProcess.packageRoot.appendingPathComponent(
      "Docs/worker-protocol.schema.json")
    return try Python.run(["-c", script, schema.path, requestFile.path, replyFile.path])
  }
}
