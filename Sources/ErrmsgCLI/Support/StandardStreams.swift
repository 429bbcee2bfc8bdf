#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Raw standard input, output and error, in large blocks.
///
/// This is the command's only file that touches pointers and file
/// descriptors; everything else sees `[UInt8]`.
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

  /// Writes all bytes; false when the reader has gone (EPIPE) or another error occurred.
  @discardableResult
  static func write(fd: Int32, _ bytes: [UInt8]) -> Bool {
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { raw in
        Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
      }
      if n < 0 {
        if errno == EINTR { continue }
        return false
      }
      written += n
    }
    return true
  }

  /// Writes a string to standard output.
  @discardableResult
  static func out(_ s: String) -> Bool { write(fd: 1, Array(s.utf8)) }

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
