import ErrmsgTestSupport
import ErrmsgWorker
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// F7, F17: output is never lost silently, and a signal never cuts a reply line.
@Suite struct OutputLossTests {
  typealias H = WorkerHarness

  /// Runs `errmsg` with standard output on `/dev/full`: the status and standard error.
  static func runIntoFullDisk(_ arguments: [String], input: String) throws -> (status: Int32, stderr: String) {
    signal(SIGPIPE, SIG_IGN)
    let process = Process()
    process.executableURL = ErrmsgProcess.binary
    process.arguments = arguments
    process.currentDirectoryURL = ErrmsgProcess.packageRoot
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    let stdin = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = full
    process.standardError = stderr
    try process.run()
    try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))  // the command may end first
    try? stdin.fileHandleForWriting.close()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: err, as: UTF8.self))
  }

  static let request = #"{"id":1,"envelope":{"Response":{"Error":{"Code":"InternalError"}}}}"# + "\n"

  @Test(arguments: [
    ["serve"], ["serve", "--jobs", "2"], ["--format", "json"], ["--format", "text"], ["lint"], ["list"],
  ])
  func aFullDiskIsAnErrorWithOneLine(arguments: [String]) throws {
    let input =
      arguments.first == "serve"
      ? String(repeating: Self.request, count: 3000)
      : #"{"Response":{"Error":{"Code":"InternalError"}}}"#
    let (status, stderr) = try Self.runIntoFullDisk(arguments, input: input)
    #expect(status == 74, "\(arguments)")
    #expect(stderr == "errmsg: cannot write standard output: No space left on device\n", "\(arguments)")
  }

  @Test func aClosedReaderIsAQuietEnd() throws {
    signal(SIGPIPE, SIG_IGN)
    let process = Process()
    process.executableURL = ErrmsgProcess.binary
    process.arguments = ["serve"]
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try stdout.fileHandleForReading.close()
    try process.run()
    try? stdin.fileHandleForWriting.write(contentsOf: Data(String(repeating: Self.request, count: 3000).utf8))
    try? stdin.fileHandleForWriting.close()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(err.isEmpty)
  }

  /// 30,000 requests (about 30 MB of replies) whose replies back up in the pipe.
  static let backlog: Data = {
    let line =
      #"{"id":1,"locale":"zh-CN","envelope":\#(H.envelope("AuthFailure.SignatureExpire", "Signature expired. Timestamp: 1700000000, Server current timestamp 1700000900, the maximum expire is 300 seconds"))}"#
    return Data(String(repeating: line + "\n", count: 30_000).utf8)
  }()

  @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
  func aSignalNeverCutsAReply(signal number: Int32) throws {
    signal(SIGPIPE, SIG_IGN)
    for jobs in ["1", "2"] {
      let process = Process()
      process.executableURL = ErrmsgProcess.binary
      process.arguments = ["serve", "--jobs", jobs]
      let stdin = Pipe()
      let stdout = Pipe()
      process.standardInput = stdin
      process.standardOutput = stdout
      process.standardError = FileHandle.nullDevice
      try process.run()
      let writer = Thread {
        try? stdin.fileHandleForWriting.write(contentsOf: Self.backlog)
        try? stdin.fileHandleForWriting.close()
      }
      writer.start()
      var received = try stdout.fileHandleForReading.read(upToCount: 1_000_000) ?? Data()
      Thread.sleep(forTimeInterval: 0.2)
      kill(process.processIdentifier, number)
      received += stdout.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      #expect(process.terminationReason == .uncaughtSignal, "jobs \(jobs)")
      #expect(process.terminationStatus == number, "jobs \(jobs)")
      #expect(received.last == 0x0A, "jobs \(jobs): \(received.count) bytes")
      let lines = H.lines(Array(received))
      #expect(lines.allSatisfy { H.result($0) != nil }, "jobs \(jobs)")
    }
  }
}

/// F9: `serve` warns about a broken `--locales` file as the one-shot does.
@Suite struct ServeOverrideWarningTests {
  @Test func aTruncatedOverrideFileIsReportedOnce() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("errmsg-f9-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let zh = try Data(contentsOf: ErrmsgProcess.packageRoot.appendingPathComponent("Locales/zh-CN/common.json"))
    // Cut at the end of a line, so the file is cut short rather than cut inside a character.
    let head = zh.prefix(5000)
    let cut = try #require(head.lastIndex(of: 0x0A))
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("zh-CN"), withIntermediateDirectories: true)
    try head[...cut].write(to: dir.appendingPathComponent("zh-CN/common.json"))
    let line = #"{"id":1,"locale":"zh-CN","envelope":{"Response":{"Error":{"Code":"InternalError"}}}}"# + "\n"
    let serve = try ErrmsgProcess.run(["serve", "--locales", dir.path], input: line + line)
    let oneShot = try ErrmsgProcess.run(
      ["--locales", dir.path, "--locale", "zh-CN"], input: #"{"Response":{"Error":{"Code":"InternalError"}}}"#)
    #expect(serve.status == 0)
    #expect(WorkerHarness.lines(Array(serve.stdout)).count == 2)
    let warning = oneShot.stderr
    #expect(warning.hasPrefix("errmsg: warning: \(dir.path)/zh-CN/common.json:"), "\(warning)")
    #expect(warning.hasSuffix(": error: unexpected end of input inside an object\n"), "\(warning)")
    #expect(serve.stderr == warning)
  }
}

/// F19: the `\r` of a CRLF line break does not count toward `--max-line-bytes`.
@Suite struct LineLimitCRLFTests {
  typealias H = WorkerHarness
  static let line = #"{"id":1,"envelope":{"Response":{"Error":{"Code":"InternalError"},"RequestId":"r"}}}"#

  @Test func aCRLFLineOfExactlyTheLimitIsAnswered() throws {
    #expect(Self.line.utf8.count == 83)
    let input = Self.line + "\n" + Self.line + "\r\n" + Self.line + "\r\n"
    for fastPath in [true, false] {
      for pieceSize in [1, 7, 83, 84, 85, .max] {
        let answered = H.replies(
          input, options: WorkerOptions(maxLineBytes: 83, blockSize: 16, fastPath: fastPath), pieceSize: pieceSize)
        #expect(answered.count == 3)
        #expect(answered.allSatisfy { H.result($0)?["code"] as? String == "InternalError" }, "\(pieceSize)")
        let refused = H.replies(
          input, options: WorkerOptions(maxLineBytes: 82, fastPath: fastPath), pieceSize: pieceSize)
        #expect(refused.count == 3)
        #expect(refused.allSatisfy { H.error($0)?.kind == "line_too_long" }, "\(pieceSize)")
      }
    }
  }
}
