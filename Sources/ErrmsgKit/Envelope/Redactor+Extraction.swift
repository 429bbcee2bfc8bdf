import ErrmsgModel

/// The one place where server text meets extraction: every path that reads
/// values out of a server message (the library's `render`, the one-shot, the
/// worker's fast template path and its precise path) goes through
/// ``ArgumentExtractor``, whose core runs here first. Values are read from the
/// redacted text, so a credential the server echoes can reach neither
/// `arguments` nor the `detail` sentence built from them.
extension Redactor {
  /// Runs `body` with `message` as extraction must see it: credentials already
  /// replaced by `****` (the message itself when ``mayRedact(_:)`` rules them out).
  @inline(__always)
  static func withRedacted<R>(_ message: Span<UInt8>, _ body: (Span<UInt8>) -> R) -> R {
    guard mayRedact(message) else { return body(message) }
    let redacted = Array(redact(message.decodedString()).utf8)
    return body(redacted.span)
  }
}
