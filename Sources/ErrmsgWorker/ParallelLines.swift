import Dispatch
import ErrmsgModel
import Synchronization

/// Splits a block of whole lines into contiguous chunks, processes them on
/// one thread per processor and keeps each chunk's replies apart, so they can
/// be written in input order.
///
/// There are a few chunks per thread, handed out in order to whichever thread
/// is free: lines differ in cost (a timestamp to format takes ten times as
/// long as a cached result), and this keeps the threads equally busy.
///
/// `@unchecked Sendable`: during ``run(_:from:to:)`` thread `t` touches only
/// `processors[t]` and the outputs of the chunks it claimed (each claimed by
/// one thread, through an atomic counter), and reads the block, which nobody
/// writes meanwhile; `concurrentPerform` returns only when every thread is done.
final class ParallelLines: @unchecked Sendable {
  let processors: [LineProcessor]
  /// Chunk k's replies, for k in 0..<``chunkCount`` after a run.
  private(set) var outputs: [ByteBuffer] = []
  private(set) var chunkCount = 0
  private var bounds: [Int] = []
  private var base: [UInt8] = []
  private let next = Atomic<Int>(0)

  /// Chunks per thread.
  private static let chunksPerThread = 4

  init(processors: [LineProcessor]) {
    self.processors = processors
  }

  /// Processes the lines of `base[start..<end]` (which ends with a line
  /// break); afterwards `outputs[0..<chunkCount]` hold the replies in order.
  func run(_ base: [UInt8], from start: Int, to end: Int) {
    let threads = processors.count
    let n = threads * Self.chunksPerThread
    bounds.removeAll(keepingCapacity: true)
    bounds.append(start)
    for k in 1..<n {
      let target = max(start + (end - start) * k / n, bounds[k - 1])
      let cut = base.span.firstIndex(of: 0x0A, from: target, to: end).map { $0 + 1 } ?? end
      bounds.append(max(cut, bounds[k - 1]))
    }
    bounds.append(end)
    while outputs.count < n { outputs.append(ByteBuffer(capacity: 256 << 10)) }
    chunkCount = n
    self.base = base
    next.store(0, ordering: .relaxed)
    DispatchQueue.concurrentPerform(iterations: threads) { t in
      self.work(t)
    }
    self.base = []
  }

  private func work(_ t: Int) {
    let base = self.base
    while true {
      let k = next.wrappingAdd(1, ordering: .relaxed).oldValue
      guard k < chunkCount else { return }
      outputs[k].removeAll()
      if bounds[k] < bounds[k + 1] {
        processors[t].process(base, from: bounds[k], to: bounds[k + 1], into: outputs[k])
      }
    }
  }
}
