import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Raw standard input, output and error, in large blocks.
///
/// This is the command's only file that touches pointers, file descriptors
/// and signals; everything else sees `[UInt8]`.
enum StandardStreams {
  /// Reads everything from a file descriptor; nil with the errno text on failure.
  /// Stops with `tooLarge` once more than `limit` bytes arrived.
  static func readAll(fd: Int32 = 0, limit: Int) -> Result<[UInt8], ReadFailure> {
    var out: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(.io(String(cString: strerror(errno))))
      }
      if n == 0 { return .success(out) }
      out.append(contentsOf: chunk[0..<n])
      if out.count > limit { return .failure(.tooLarge) }
    }
  }

  /// Reads up to `count` bytes into `buffer` starting at `offset`; 0 at end of input, -1 on error.
  static func read(fd: Int32, into buffer: inout [UInt8], offset: Int, count: Int) -> Int {
    while true {
      let n = buffer.withUnsafeMutableBytes { raw in
        Glibc.read(fd, raw.baseAddress! + offset, count)
      }
      if n < 0 && errno == EINTR { continue }
      return n
    }
  }

  /// Reads up to `buffer.count - offset` bytes into `buffer[offset...]`,
  /// waiting until some are available: the count (0 at the end of input) or
  /// the reason it failed.
  static func read(fd: Int32, into buffer: inout [UInt8], at offset: Int) -> Result<Int, ReadFailure> {
    precondition(offset >= 0 && offset < buffer.count)
    while true {
      let n = buffer.withUnsafeMutableBytes { raw in
        Glibc.read(fd, raw.baseAddress! + offset, raw.count - offset)
      }
      if n >= 0 { return .success(n) }
      if errno == EINTR { continue }
      return .failure(.io(String(cString: strerror(errno))))
    }
  }

  /// Opens a file for reading; nil with the reason on failure.
  static func openForReading(_ path: String) -> Result<Int32, ReadFailure> {
    let fd = open(path, O_RDONLY)
    if fd < 0 { return .failure(.io(String(cString: strerror(errno)))) }
    return .success(fd)
  }

  static func close(fd: Int32) { _ = Glibc.close(fd) }

  /// How a write ended.
  enum WriteOutcome: Equatable {
    case written
    /// The reader has gone (EPIPE): a quiet end.
    case readerGone
    /// Any other failure (ENOSPC, EIO, …), with the system's reason.
    case failed(String)
  }

  /// Writes all bytes. On standard output, a termination signal that arrives
  /// meanwhile (see ``finishLinesOnSignals()``) lets the line being written end
  /// and then ends the process: no half line is ever left behind.
  @discardableResult
  static func write(fd: Int32, _ bytes: [UInt8]) -> WriteOutcome {
    let guarded = fd == 1
    if guarded { SignalState.writing.store(true, ordering: .sequentiallyConsistent) }
    var written = 0
    var end = bytes.count
    var outcome = WriteOutcome.written
    while written < end {
      if guarded, end == bytes.count, SignalState.caught.load(ordering: .sequentiallyConsistent) != 0 {
        // Finish the line being written; start no other.
        if written == 0 || bytes[written - 1] == 0x0A {
          end = written
          break
        }
        end = (bytes[written...].firstIndex(of: 0x0A) ?? bytes.count - 1) + 1
      }
      let n = bytes.withUnsafeBytes { raw in
        Glibc.write(fd, raw.baseAddress! + written, end - written)
      }
      if n < 0 {
        if errno == EINTR { continue }
        outcome = errno == EPIPE ? .readerGone : .failed(String(cString: strerror(errno)))
        break
      }
      written += n
    }
    if guarded {
      SignalState.writing.store(false, ordering: .sequentiallyConsistent)
      let signal = SignalState.caught.load(ordering: .sequentiallyConsistent)
      if signal != 0 { SignalState.end(by: signal) }
    }
    return outcome
  }

  /// Writes a string to standard output. When that fails the command ends
  /// here: quietly with status 0 when the reader has gone (a closed pipe),
  /// else with one line on standard error and status 74 (a full disk must not
  /// look like success).
  static func out(_ s: String) {
    switch write(fd: 1, Array(s.utf8)) {
    case .written: return
    case .readerGone: exit(0)
    case .failed(let reason): exitAfterOutputFailure(reason)
    }
  }

  /// Ends the command after standard output failed: one line on standard error, status 74.
  static func exitAfterOutputFailure(_ reason: String) -> Never {
    err("errmsg: cannot write standard output: \(reason)\n")
    exit(74)
  }

  /// Makes SIGTERM, SIGINT and SIGHUP end the process between lines of
  /// standard output: a signal that arrives while a write is under way lets
  /// the line being written finish, and ends the process there (by the same
  /// signal); at any other time it ends the process at once, as by default.
  /// A second signal of the same kind ends the process at once in any case
  /// (a reader that stopped reading cannot hold it). A signal the parent
  /// ignores (`nohup`) stays ignored; one it left blocked is unblocked.
  static func finishLinesOnSignals() {
    SignalState.prepare()
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    for signal in [SIGTERM, SIGINT, SIGHUP] {
      var current = sigaction()
      sigaction(signal, nil, &current)
      if unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
        continue
      }
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { SignalState.arrived($0) }
      action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)  // 0x80000000: the sign bit
      sigemptyset(&action.sa_mask)
      sigaction(signal, &action, nil)
      sigaddset(&unblocked, signal)
    }
    pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
  }

  /// Writes a string to standard error, terminal-safe: controls other than
  /// line breaks and tabs (ESC, CR, bidi overrides, …) from names and values
  /// it quotes are shown escaped.
  static func err(_ s: String) { write(fd: 2, Array(TerminalText.escaped(s, keeping: ["\n", "\t"]).utf8)) }

  /// Makes a closed pipe an EPIPE error instead of a fatal signal.
  static func ignoreSigpipe() { signal(SIGPIPE, SIG_IGN) }

  /// An environment variable.
  static func environment(_ name: String) -> String? {
    guard let p = getenv(name) else { return nil }
    return String(cString: p)
  }

  enum ReadFailure: Error {
    case io(String)
    case tooLarge
  }
}

/// What a signal handler may touch: two lock-free atomics (the process's only
/// shared mutable state, which a signal handler cannot do without).
private enum SignalState {
  /// The termination signal that arrived, 0 for none.
  static let caught = Atomic<Int32>(0)
  /// Whether standard output is being written.
  static let writing = Atomic<Bool>(false)

  /// Initializes the atomics before a handler can run (a handler must not be the first to touch them).
  static func prepare() {
    _ = caught.load(ordering: .relaxed)
    _ = writing.load(ordering: .relaxed)
  }

  /// The handler: ends the process now unless a write is under way, which ends it after its line.
  static func arrived(_ signal: Int32) {
    caught.store(signal, ordering: .sequentiallyConsistent)
    if !writing.load(ordering: .sequentiallyConsistent) { end(by: signal) }
  }

  /// Ends the process by `signal`, as its default action does (async-signal-safe calls only).
  static func end(by signal: Int32) -> Never {
    _ = Glibc.signal(signal, SIG_DFL)
    _ = raise(signal)
    _exit(128 + signal)
  }
}
