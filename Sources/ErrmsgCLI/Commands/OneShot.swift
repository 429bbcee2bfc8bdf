import ArgumentParser
import ErrmsgKit
import ErrmsgModel

/// One run of the one-shot command: one input in, the localized explanation out.
///
/// Made by `localize` from ArgumentParser's parse, or by ``OneShotCommandLine``
/// for the plainest command lines (`errmsg --locale zh-CN < response.json`).
struct OneShot {
  var locale: String?
  var format: Localize.Format
  var product: String?
  var localesDirectory: String?
  var file: String?

  /// The largest input read (a bigger one is refused, not loaded).
  static let inputLimit = 256 << 20

  func run() throws {
    StandardStreams.ignoreSigpipe()
    StandardStreams.finishLinesOnSignals()
    let input: [UInt8]
    switch readInput() {
    case .success(let bytes): input = bytes
    case .failure(let status): throw status
    }
    let catalog = CatalogOptions.catalog(localesDirectory: localesDirectory)
    let locale = LocaleChoice.resolve(self.locale)

    let recognized: ErrorInputReader.Result
    switch ErrorInputReader.read(input, catalog: catalog) {
    case .success(let r): recognized = r
    case .failure(let problem):
      StandardStreams.err("errmsg: \(file ?? "<stdin>"): \(problem.description)\n")
      throw ExitStatus.invalidInput
    }

    var rendered: [Rendered] = []
    for item in recognized.items {
      switch item {
      case .error(let e):
        let m = catalog.localized(
          TencentCloudError(
            code: ErrorCode(e.code), product: e.product ?? product, serverMessage: e.message,
            requestId: e.requestId, locale: locale),
          locale: locale)
        reportWarnings(m.warnings, from: catalog)
        rendered.append(.message(m, inference: e.inference))
      case .noError(let requestId):
        rendered.append(.noError(requestId: requestId))
      case .invalid(let problem):
        rendered.append(.invalid(problem))
      }
    }

    // Elements of an array that are not errors: one line each on standard error.
    for (index, item) in rendered.enumerated() {
      if case .invalid(let problem) = item {
        StandardStreams.err("errmsg: \(file ?? "<stdin>"): element \(index + 1): \(problem.description)\n")
      }
    }
    if rendered.allSatisfy({ if case .invalid = $0 { true } else { false } }) {
      throw ExitStatus.invalidInput
    }

    let output = OutputFormatter(catalog: catalog, locale: locale)
    switch format {
    case .text:
      let shown = rendered.filter { if case .invalid = $0 { false } else { true } }
      StandardStreams.out(shown.map { output.text($0) }.joined(separator: "\n"))
    case .json, .problem:
      let objects = rendered.map { format == .json ? output.json($0) : output.problem($0) }
      StandardStreams.out(
        (recognized.isArray || objects.count > 1 ? "[" + objects.joined(separator: ",") + "]" : objects[0]) + "\n")
    }

    if rendered.contains(where: { if case .message = $0 { true } else { false } }) {
      return
    }
    if rendered.allSatisfy({ if case .noError = $0 { true } else { false } }) {
      throw ExitStatus.noError
    }
    throw ExitStatus.invalidInput
  }

  private func readInput() -> Result<[UInt8], ExitCode> {
    var fd: Int32 = 0
    if let file, file != "-" {
      switch StandardStreams.openForReading(file) {
      case .success(let f): fd = f
      case .failure(let failure):
        if case .io(let reason) = failure { StandardStreams.err("errmsg: cannot open \(file): \(reason)\n") }
        return .failure(ExitStatus.ioError)
      }
    }
    defer { if fd != 0 { StandardStreams.close(fd: fd) } }
    switch StandardStreams.readAll(fd: fd, limit: Self.inputLimit) {
    case .success(let bytes): return .success(bytes)
    case .failure(.tooLarge):
      StandardStreams.err(
        "errmsg: \(file ?? "<stdin>"): the input is larger than \(Self.inputLimit >> 20) MiB; one error response is far smaller\n"
      )
      return .failure(ExitStatus.invalidInput)
    case .failure(.io(let reason)):
      StandardStreams.err("errmsg: cannot read \(file ?? "standard input"): \(reason)\n")
      return .failure(ExitStatus.ioError)
    }
  }
}
