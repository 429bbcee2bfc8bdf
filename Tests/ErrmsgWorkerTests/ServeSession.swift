import ErrmsgTestSupport
import Foundation

/// A running `errmsg serve` to talk to one line at a time, as an interactive client does.
final class ServeSession: @unchecked Sendable {
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let lock = NSLock()
  private let arrived = DispatchSemaphore(value: 0)
  private var buffer = Data()
  private var ended = false

  init(arguments: [String]) throws {
    process.executableURL = ErrmsgProcess.binary
    process.arguments = ["serve"] + arguments
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let handle = output.fileHandleForReading
    Thread { [self] in
      while true {
        let data = handle.availableData
        lock.lock()
        if data.isEmpty { ended = true } else { buffer.append(data) }
        lock.unlock()
        arrived.signal()
        if data.isEmpty { return }
      }
    }.start()
  }

  /// Writes one request line (standard input stays open).
  func send(_ line: String) throws {
    try input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
  }

  /// The next reply line, or nil if none arrives within `timeout` seconds.
  func readLine(timeout: Double) -> String? {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      lock.lock()
      if let newline = buffer.firstIndex(of: 0x0A) {
        let line = buffer[buffer.startIndex..<newline]
        buffer.removeSubrange(buffer.startIndex...newline)
        lock.unlock()
        return String(decoding: line, as: UTF8.self)
      }
      let done = ended
      lock.unlock()
      if done { return nil }
      let left = deadline.timeIntervalSinceNow
      if left <= 0 { return nil }
      _ = arrived.wait(timeout: .now() + left)
    }
  }

  /// Closes standard input and waits for the exit status.
  func finish() throws -> Int32 {
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    return process.terminationStatus
  }
}
