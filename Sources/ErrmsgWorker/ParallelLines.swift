import Dispatch

/// Splits a block of whole lines into contiguous chunks, one per processor,
/// processes them at the same time and keeps each chunk's replies apart, so
/// they can be written in input order.
///
/// `@unchecked Sendable`: during ``run(_:from:to:)`` thread `k` touches only
/// `processors[k]` and `outputs[k]`, and reads the block, which nobody writes
/// meanwhile; `concurrentPerform` returns only when every thread is done.
final class ParallelLines: @unchecked Sendable {
  let processors: [LineProcessor]
  let outputs: [ByteBuffer]
  private var bounds: [Int]
  private var base: UnsafePointer<UInt8>?

  init(processors: [LineProcessor]) {
    self.processors = processors
    self.outputs = processors.map { _ in ByteBuffer(capacity: 1 << 20) }
    self.bounds = []
  }

  /// Processes the lines of `base[start..<end]` (which ends with a line
  /// break); afterwards `outputs[k]` holds chunk `k`'s replies.
  func run(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) {
    let n = processors.count
    bounds = [start]
    for k in 1..<n {
      let target = max(start + (end - start) * k / n, bounds[k - 1])
      let cut = ByteSearch.first(0x0A, in: base, from: target, to: end).map { $0 + 1 } ?? end
      bounds.append(max(cut, bounds[k - 1]))
    }
    bounds.append(end)
    self.base = base
    DispatchQueue.concurrentPerform(iterations: n) { k in
      self.processChunk(k)
    }
    self.base = nil
  }

  private func processChunk(_ k: Int) {
    guard let base, bounds[k] < bounds[k + 1] else { return }
    processors[k].process(base, from: bounds[k], to: bounds[k + 1], into: outputs[k])
  }
}
