/// Requests from memory, handed out in pieces of a chosen size (tests, embedding).
package struct MemoryInput: WorkerInput {
  private let bytes: [UInt8]
  private let pieceSize: Int
  private var position = 0

  /// `pieceSize` bounds each read, to exercise lines split across reads.
  package init(_ bytes: [UInt8], pieceSize: Int = .max) {
    self.bytes = bytes
    self.pieceSize = max(1, pieceSize)
  }

  package mutating func read(into buffer: inout [UInt8], at offset: Int) -> Result<
    Int, WorkerReadError
  > {
    let count = min(buffer.count - offset, pieceSize, bytes.count - position)
    guard count > 0 else { return .success(0) }
    buffer.replaceSubrange(offset..<(offset + count), with: bytes[position..<(position + count)])
    position += count
    return .success(count)
  }
}

/// Replies collected in memory, with each write's size (tests, embedding).
package struct MemoryOutput: WorkerOutput {
  /// Everything written.
  package private(set) var bytes: [UInt8] = []
  /// The size of each write, in order.
  package private(set) var writes: [Int] = []

  package init() {}

  package mutating func write(_ chunk: [UInt8]) -> Bool {
    bytes.append(contentsOf: chunk)
    writes.append(chunk.count)
    return true
  }
}
