import ArgumentParser
import ErrmsgKit
import ErrmsgWorker

/// `errmsg serve`: a long-running worker that answers JSON Lines requests.
struct Serve: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract:
      "Answer JSON Lines requests on standard input, one reply line each (a worker for other programs).",
    discussion: """
      Each input line is a request; each non-blank line gets exactly one JSON line on standard \
      output, in input order, written as soon as it is ready. Requests:

        {"Response":{"Error":{"Code":…,"Message":…},"RequestId":…}}
        {"id":7,"locale":"zh-CN","envelope":{"Response":{…}}}
        {"id":"a","text":"[TencentCloudSDKException] code:… message:…"}

      A bare envelope's reply has id null; "args":{"name":"value"} fills a code's arguments. \
      Replies:

        {"id":7,"ok":true,"result":{…as errmsg --format json…}}
        {"id":7,"ok":false,"error":{"kind":"invalid_json","message":"…"}}

      Error kinds: invalid_json, invalid_utf8, not_an_envelope, no_error, line_too_long, \
      bad_request, unrecognized_text, empty. A bad line never stops the worker. Requests without \
      a locale use --locale, else LC_ALL, LC_MESSAGES, LANG, else en-US. The protocol is \
      described in Docs/worker-protocol.md.

      The worker ends with status 0 when standard input ends (after the last reply) or when \
      standard output is closed, and with status 74 and one line on standard error when \
      writing a reply fails otherwise (a full disk). SIGTERM, SIGINT and SIGHUP end it after \
      the reply line being written, never inside one.
      """
  )

  @Option(
    name: .shortAndLong,
    help: "Locale for requests without one: BCP 47, POSIX or an Accept-Language list.")
  var locale: String?

  @Option(
    name: .customLong("max-line-bytes"),
    help: "The longest request line answered; longer ones get a line_too_long reply.")
  var maxLineBytes: Int = 1 << 20

  @Option(name: .shortAndLong, help: "Threads that process lines (replies stay in input order).")
  var jobs: Int = 1

  @OptionGroup var catalogOptions: CatalogOptions

  func validate() throws {
    guard maxLineBytes >= 1 else { throw ValidationError("--max-line-bytes must be at least 1") }
    guard (1...256).contains(jobs) else {
      throw ValidationError("--jobs must be between 1 and 256")
    }
  }

  func run() throws {
    StandardStreams.ignoreSigpipe()
    StandardStreams.finishLinesOnSignals()
    let options = WorkerOptions(
      catalog: catalogOptions.catalog(), defaultLocale: LocaleChoice.resolve(locale),
      maxLineBytes: maxLineBytes,
      jobs: jobs)
    var input = StandardInputRequests()
    var output = StandardOutputReplies()
    let outcome = Worker(options: options).run(input: &input, output: &output) {
      StandardStreams.err("errmsg: warning: \($0)\n")
    }
    if let reason = output.failure { StandardStreams.exitAfterOutputFailure(reason) }
    switch outcome {
    case .endOfInput, .outputClosed:
      return
    case .readFailed(let error):
      StandardStreams.err("errmsg: cannot read standard input: \(error.reason)\n")
      throw ExitStatus.ioError
    }
  }
}

/// Standard input, as the worker reads it.
private struct StandardInputRequests: WorkerInput {
  mutating func read(into buffer: inout [UInt8], at offset: Int) -> Result<Int, WorkerReadError> {
    switch StandardStreams.read(fd: 0, into: &buffer, at: offset) {
    case .success(let n): return .success(n)
    case .failure(.io(let reason)): return .failure(WorkerReadError(reason: reason))
    case .failure(.tooLarge): return .failure(WorkerReadError(reason: "too large"))
    }
  }
}

/// Standard output, as the worker writes it.
private struct StandardOutputReplies: WorkerOutput {
  /// Why writing failed, when it did for another reason than a closed reader.
  var failure: String?

  mutating func write(_ bytes: [UInt8]) -> Bool {
    switch StandardStreams.write(fd: 1, bytes) {
    case .written: return true
    case .readerGone: return false
    case .failed(let reason):
      failure = reason
      return false
    }
  }
}
