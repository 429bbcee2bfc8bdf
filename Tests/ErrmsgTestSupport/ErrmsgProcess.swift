public import Foundation

/// Runs the built `errmsg` binary the way a user or a script does.
public enum ErrmsgProcess {
  /// The package's root folder.
  public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `errmsg` built next to the running tests (`swift test` builds it).
  public static let binary: URL = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    for dir in [beside, beside.deletingLastPathComponent(), packageRoot.appendingPathComponent(".build/debug")] {
      let candidate = dir.appendingPathComponent("errmsg")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return packageRoot.appendingPathComponent(".build/debug/errmsg")
  }()

  /// What a run produced.
  public struct Output: Sendable {
    public var stdout: Data
    public var stderr: String
    public var status: Int32
    public var text: String { String(decoding: stdout, as: UTF8.self) }
    /// Standard output parsed as one JSON object.
    public var json: [String: Any]? {
      (try? JSONSerialization.jsonObject(with: stdout)) as? [String: Any]
    }
  }

  /// Runs `errmsg` with arguments and standard input; waits for it to end.
  public static func run(
    _ arguments: [String], stdin: Data = Data(), environment: [String: String] = [:],
    currentDirectory: URL? = nil
  ) throws -> Output {
    // The locale variables are left out unless the caller sets them.
    try spawn(
      binary, arguments, stdin: stdin, environment: environment,
      removing: ["LC_ALL", "LC_MESSAGES", "LANG", "ERRMSG_LOCALES"],
      currentDirectory: currentDirectory)
  }

  /// Runs any program with arguments and standard input (fed and drained
  /// concurrently, so large inputs cannot deadlock); waits for it to end.
  /// `environment` is laid over the test's own, without the variables in `removing`.
  public static func spawn(
    _ executable: URL, _ arguments: [String], stdin: Data = Data(),
    environment: [String: String] = [:], removing: [String] = [],
    currentDirectory: URL? = nil
  ) throws -> Output {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for key in removing { env[key] = nil }
    for (k, v) in environment { env[k] = v }
    process.environment = env
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let writer = Thread {
      try? input.fileHandleForWriting.write(contentsOf: stdin)
      try? input.fileHandleForWriting.close()
    }
    writer.start()
    let errData = ErrorDrain(error.fileHandleForReading)
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(stdout: outData, stderr: errData.finish(), status: process.terminationStatus)
  }

  /// Runs with a string as standard input.
  public static func run(_ arguments: [String], input: String, environment: [String: String] = [:]) throws -> Output {
    try run(arguments, stdin: Data(input.utf8), environment: environment)
  }
}

/// Reads a pipe to its end on a background thread.
final class ErrorDrain: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread {
      self.data = handle.readDataToEndOfFile()
      self.done.signal()
    }.start()
  }

  func finish() -> String {
    done.wait()
    return String(decoding: data, as: UTF8.self)
  }
}
