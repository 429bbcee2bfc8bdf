import ErrmsgKit
import ErrmsgModel

/// The engine of `errmsg serve`: reads JSON Lines requests, writes exactly
/// one JSON reply line per non-blank request line, in input order.
///
/// Input is read in large blocks; every complete line of a block is answered
/// (on `jobs` threads for big blocks) and the replies are written before the
/// next read, so a client that sends one line and waits gets its reply at
/// once, while a full pipe is answered in large writes. A line longer than
/// the limit is answered with an error as soon as the limit is passed and the
/// rest of it is skipped as it streams by: memory stays bounded by the block
/// size plus the line limit.
package struct Worker {
  /// Why ``run(input:output:warnings:)`` returned.
  package enum Outcome: Sendable, Equatable {
    /// The input ended and every reply was written.
    case endOfInput
    /// The reader of the replies went away (a closed pipe).
    case outputClosed
    /// Reading failed.
    case readFailed(WorkerReadError)
  }

  package let options: WorkerOptions

  package init(options: WorkerOptions) {
    self.options = options
  }

  /// Serves until the input ends. `warnings` receives each problem with the
  /// catalog's texts once (a broken translation the replies fell back from).
  package func run(
    input: inout some WorkerInput, output: inout some WorkerOutput,
    warnings: (String) -> Void = { _ in }
  ) -> Outcome {
    let blockSize = options.blockSize
    let maxLine = options.maxLineBytes
    var buffer = [UInt8](repeating: 0, count: blockSize)

    let processors = (0..<options.jobs).map { _ in LineProcessor(options: options) }
    let parallel = options.jobs > 1 ? ParallelLines(processors: processors) : nil
    let out = ByteBuffer(capacity: 256 << 10)
    var warned: Set<String> = []

    /// Writes `out`, then empties it; false when the reader has gone.
    func flush(_ buffer: ByteBuffer) -> Bool {
      guard !buffer.isEmpty else { return true }
      let ok = output.write(buffer.bytes)
      buffer.removeAll()
      return ok
    }

    func reportWarnings() {
      for p in processors {
        for w in p.takeWarnings() where warned.insert(w).inserted { warnings(w) }
      }
      // A broken override file (read when its locale is first asked for), as the one-shot reports it.
      for d in options.catalog.diagnostics where d.severity == .error {
        let w = "\(d)"
        if warned.insert(w).inserted { warnings(w) }
      }
    }

    /// Answers the lines of `buffer[start..<end]`; false when the reader has gone.
    func answer(from start: Int, to end: Int) -> Bool {
      defer { reportWarnings() }
      if let parallel, end - start >= max(options.parallelThreshold, 1) {
        guard flush(out) else { return false }
        parallel.run(buffer, from: start, to: end)
        for chunk in parallel.outputs.prefix(parallel.chunkCount) {
          guard flush(chunk) else { return false }
        }
        return true
      }
      processors[0].process(buffer, from: start, to: end, into: out)
      return true
    }

    var filled = 0
    var discarding = false
    while true {
      // Room for a whole block after a partial line (which is at most the line limit).
      if buffer.count - filled < blockSize {
        buffer.append(contentsOf: repeatElement(0, count: filled + blockSize - buffer.count))
      }
      let count: Int
      switch input.read(into: &buffer, at: filled) {
      case .failure(let error):
        _ = flush(out)
        return .readFailed(error)
      case .success(let n):
        count = n
      }

      if count == 0 {
        // The end: a final line without a line break still counts.
        if !discarding, filled > 0, !answer(from: 0, to: filled) { return .outputClosed }
        return flush(out) ? .endOfInput : .outputClosed
      }

      let fresh = filled
      filled += count
      var begin = 0
      if discarding {
        // The rest of a line that was too long: skip through its line break.
        guard let lineBreak = buffer.span.firstIndex(of: 0x0A, from: fresh, to: filled) else {
          filled = 0
          continue
        }
        begin = lineBreak + 1
        discarding = false
      }
      // The partial line kept from before has no line break, so the last one is in the fresh bytes.
      if let last = buffer[max(begin, fresh)..<filled].lastIndex(of: 0x0A) {
        guard answer(from: begin, to: last + 1) else { return .outputClosed }
        begin = last + 1
      }
      let partial = filled - begin
      if LineLength.counted(buffer, from: begin, to: filled) > maxLine {
        out.withWriter { ReplyWriter.error(.lineTooLong(limit: maxLine), into: &$0) }
        discarding = true
        filled = 0
      } else {
        if begin > 0, partial > 0 {
          for k in 0..<partial { buffer[k] = buffer[begin + k] }
        }
        filled = partial
      }
      guard flush(out) else { return .outputClosed }
    }
  }

  /// Serves requests from memory; the replies, as bytes (tests, embedding).
  package func replies(to requests: [UInt8], pieceSize: Int = .max) -> [UInt8] {
    var input = MemoryInput(requests, pieceSize: pieceSize)
    var output = MemoryOutput()
    _ = run(input: &input, output: &output)
    return output.bytes
  }
}
