import Foundation

/// Runs python3 (the example client, the benchmark generator, the schema check).
enum Python {
  struct Output {
    var stdout: Data
    var stderr: String
    var status: Int32
    var text: String { String(decoding: stdout, as: UTF8.self) }
  }

  /// The interpreter itself (PATH may hold a slow shell shim), or nil when there is none.
  static let executable: URL? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent("python3")
      guard FileManager.default.isExecutableFile(atPath: candidate.path) else { continue }
      if let out = try? spawn(candidate, ["-c", "import sys; print(sys.executable)"]),
        out.status == 0
      {
        let real = out.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if !real.isEmpty { return URL(fileURLWithPath: real) }
      }
      return candidate
    }
    return nil
  }()

  struct Missing: Error, CustomStringConvertible {
    var description: String { "python3 was not found on PATH" }
  }

  /// Runs python3 with arguments and standard input; waits for it to end.
  static func run(_ arguments: [String], stdin: Data = Data(), environment: [String: String] = [:])
    throws -> Output
  {
    guard let executable else { throw Missing() }
    return try spawn(executable, arguments, stdin: stdin, environment: environment)
  }

  private static func spawn(
    _ executable: URL, _ arguments: [String], stdin: Data = Data(),
    environment: [String: String] = [:]
  ) throws -> Output {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let errorData = DataDrain(error.fileHandleForReading)
    let writer = Thread {
      try? input.fileHandleForWriting.write(contentsOf: stdin)
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      stdout: out, stderr: String(decoding: errorData.finish(), as: UTF8.self),
      status: process.terminationStatus)
  }
}

/// Reads a pipe to its end on a background thread.
final class DataDrain: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread {
      self.data = handle.readDataToEndOfFile()
      self.done.signal()
    }.start()
  }

  func finish() -> Data {
    done.wait()
    return data
  }
}
