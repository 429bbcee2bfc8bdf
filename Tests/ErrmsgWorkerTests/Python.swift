import ErrmsgTestSupport
import Foundation

/// Runs python3 (the example client, the benchmark generator, the schema check).
enum Python {
  typealias Output = ErrmsgProcess.Output

  /// The interpreter itself (PATH may hold a slow shell shim), or nil when there is none.
  static let executable: URL? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent("python3")
      guard FileManager.default.isExecutableFile(atPath: candidate.path) else { continue }
      if let out = try? ErrmsgProcess.spawn(
        candidate, ["-c", "import sys; print(sys.executable)"]),
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
    return try ErrmsgProcess.spawn(executable, arguments, stdin: stdin, environment: environment)
  }
}
