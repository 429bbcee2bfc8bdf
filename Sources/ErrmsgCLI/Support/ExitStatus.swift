import ArgumentParser

/// The exit statuses of `errmsg`, documented in `--help` and the README.
enum ExitStatus {
  /// The input was an error and it was localized.
  static let localized = ExitCode(0)
  /// The input was a valid response without an error.
  static let noError = ExitCode(3)
  /// Usage: a bad flag or argument (ArgumentParser's validation status).
  static let usage = ExitCode(64)
  /// The input could not be read as an error (invalid JSON, not an envelope, bad UTF-8, …).
  static let invalidInput = ExitCode(65)
  /// A file could not be read or written, or writing standard output failed.
  static let ioError = ExitCode(74)
  /// `lint` found errors.
  static let lintErrors = ExitCode(1)

  static let helpText = """
    EXIT STATUS:
      0   the input was an error and was localized (worker: input ended)
      1   lint found errors
      3   the input was a valid response without an error
      64  usage error (unknown flag, bad value)
      65  the input is not an error (invalid JSON or UTF-8, not an envelope, empty)
      74  a file could not be read or written, or standard output failed (a full disk)
    """
}
