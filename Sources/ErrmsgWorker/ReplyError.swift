/// Why a line got an error reply instead of a result: `{"kind":…,"message":…}`.
struct ReplyError: Sendable, Equatable {
  /// `invalid_json`, `invalid_utf8`, `not_an_envelope`, `no_error`, `line_too_long`,
  /// `bad_request`, or a kind of ``ErrmsgKit/InputProblem`` for `text` requests
  /// (`unrecognized_text`, `empty`).
  var kind: String
  /// A sentence for a person.
  var message: String

  static func badRequest(_ message: String) -> ReplyError {
    ReplyError(kind: "bad_request", message: message)
  }

  static func lineTooLong(limit: Int) -> ReplyError {
    ReplyError(
      kind: "line_too_long",
      message:
        "the line is longer than the limit of \(limit) bytes (--max-line-bytes); it was skipped")
  }
}
