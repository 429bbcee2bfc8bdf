/// Where the worker reads requests from (standard input in `errmsg serve`).
package protocol WorkerInput {
  /// Reads at most `buffer.count - offset` bytes into `buffer[offset...]`
  /// (`offset < buffer.count`), waiting until some are available: how many
  /// were read, 0 at the end of input.
  mutating func read(into buffer: inout [UInt8], at offset: Int) -> Result<Int, WorkerReadError>
}

/// Where the worker writes replies (standard output in `errmsg serve`).
package protocol WorkerOutput {
  /// Writes all of `bytes`; false when the reader has gone (a closed pipe) or writing failed.
  mutating func write(_ bytes: [UInt8]) -> Bool
}

/// Why reading failed (the system's reason).
package struct WorkerReadError: Error, Sendable, Equatable {
  package var reason: String

  package init(reason: String) { self.reason = reason }
}
