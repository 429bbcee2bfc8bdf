import ErrmsgKit
import ErrmsgModel

/// One thread's engine: turns request lines into reply lines.
///
/// Lines in the common shape take the fast path: ``RequestScanner`` finds the
/// members, the result comes from a ``ResultTemplate`` cached per (code,
/// locale), and only codes whose catalog entry reads arguments from server
/// messages reach the catalog (and ICU) per line, through a ``VariableCache``.
/// Every other line takes the precise path (``PreciseReader`` and a full
/// render). Both write the same bytes for the same line.
///
/// Not thread-safe: each thread has its own processor (and caches).
final class LineProcessor {
  private let catalog: MessageCatalog
  private let defaultLocale: String
  /// The default locale's bytes, for lines without a `"locale"` (a stable address for the hot path).
  private let defaultLocaleStorage: UnsafeMutablePointer<UInt8>
  private let defaultLocaleCount: Int
  private let maxLineBytes: Int
  private var fastPath: Bool

  private let templates = TemplateCache()
  private var variables = VariableCache()
  private var nextSerial = 0
  /// The part of messages from which no argument could be read.
  private let noVariation = VariablePart.none()
  /// Room to build small JSON values in.
  private let scratch = ByteBuffer(capacity: 1024)
  private var reported: Set<String> = []
  /// Warnings not yet handed out (broken override texts), each once.
  private(set) var pendingWarnings: [String] = []

  init(options: WorkerOptions) {
    catalog = options.catalog
    defaultLocale = options.defaultLocale
    let bytes = Array(options.defaultLocale.utf8)
    defaultLocaleStorage = .allocate(capacity: max(bytes.count, 1))
    defaultLocaleStorage.initialize(from: bytes, count: bytes.count)
    defaultLocaleCount = bytes.count
    maxLineBytes = options.maxLineBytes
    fastPath = options.fastPath
  }

  deinit { defaultLocaleStorage.deallocate() }

  /// Hands out the warnings collected so far.
  func takeWarnings() -> [String] {
    defer { pendingWarnings.removeAll() }
    return pendingWarnings
  }

  /// Processes the lines in `base[start..<end]`: each ends with a line break,
  /// except perhaps the last (the input's final line).
  func process(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int, into out: ByteBuffer) {
    var lineStart = start
    while lineStart < end {
      let lineEnd = ByteSearch.first(0x0A, in: base, from: lineStart, to: end) ?? end
      process(
        line: UnsafeBufferPointer(start: base + lineStart, count: lineEnd - lineStart), into: out)
      lineStart = lineEnd + 1
    }
  }

  /// Processes one line (without its line break).
  func process(line: UnsafeBufferPointer<UInt8>, into out: ByteBuffer) {
    if line.count > maxLineBytes {
      ReplyWriter.error(.lineTooLong(limit: maxLineBytes), id: nil, into: out)
      return
    }
    if Self.isBlank(line) { return }
    if fastPath, let scanned = RequestScanner.scan(line), writeFast(line, scanned, into: out) {
      return
    }
    writePrecise(line, into: out)
  }

  /// The longest code whose result template is cached.
  static let maximumCachedCodeBytes = 256

  @inline(__always)
  private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    for b in line where b != 0x20 && b != 0x09 && b != 0x0D { return false }
    return true
  }

  // MARK: - The fast path

  private func writeFast(
    _ line: UnsafeBufferPointer<UInt8>, _ s: ScannedRequest, into out: ByteBuffer
  ) -> Bool {
    let code = UnsafeBufferPointer(rebasing: line[s.code])
    // No locale, or an empty one: the default (as the precise path decides).
    let locale =
      s.locale.flatMap { $0.isEmpty ? nil : UnsafeBufferPointer(rebasing: line[$0]) }
      ?? UnsafeBufferPointer(start: defaultLocaleStorage, count: defaultLocaleCount)
    // Long codes and locales are not cached (their templates would hold them): the precise path
    // answers them, and refuses an overlong locale.
    guard code.count <= Self.maximumCachedCodeBytes,
      locale.count <= PreciseReader.maximumLocaleBytes
    else {
      return false
    }
    let hash = TemplateCache.hash(code: code, locale: locale)
    guard
      let base = templates.find(hash: hash, code: code, locale: locale)
        ?? makeTemplate(code, locale, hash)
    else { return false }

    var template = base
    var detail = base.detailJSON
    var arguments = base.argumentsJSON
    // Keeps the variable part's bytes alive while they are written.
    var variable: VariablePart?
    if base.arguments != nil, let m = s.message {
      guard let part = variablePart(base, UnsafeBufferPointer(rebasing: line[m])) else {
        return false
      }
      switch part.kind {
      case .none: break
      case .values:
        detail = part.detailJSON
        arguments = part.argumentsJSON
      case .whole:
        guard let whole = part.template else { return false }
        template = whole
        detail = whole.detailJSON
        arguments = whole.argumentsJSON
      }
      variable = part
    }

    ReplyWriter.beginSuccess(id: s.id.map { UnsafeBufferPointer(rebasing: line[$0]) }, into: out)
    for k in 0..<4 {
      out.append(template.literal(k))
      switch template.slot(k) {
      case .detail: out.append(detail)
      case .arguments: out.append(arguments)
      case .requestId:
        if let r = s.requestId {
          ReplyWriter.plainString(UnsafeBufferPointer(rebasing: line[r]), into: out)
        } else {
          out.append("null")
        }
      case .serverMessage:
        if let m = s.message {
          let text = UnsafeBufferPointer(rebasing: line[m])
          if Redactor.mayRedact(text) {
            ReplyWriter.string(Redactor.redact(String(decoding: text, as: UTF8.self)), into: out)
          } else {
            ReplyWriter.plainString(text, into: out)
          }
        } else {
          out.append("null")
        }
      }
    }
    out.append(template.literal(4))
    ReplyWriter.endSuccess(out)
    withExtendedLifetime(variable) {}
    return true
  }

  /// What a server message changes in a template's result (cached when that pays).
  private func variablePart(_ base: ResultTemplate, _ message: UnsafeBufferPointer<UInt8>)
    -> VariablePart?
  {
    guard VariableCache.worthCaching(base) else { return makeVariablePart(base, message) }
    let hash = VariableCache.hash(serial: base.serial, message: message)
    if let hit = variables.find(base, hash: hash, message: message) { return hit }
    guard let made = makeVariablePart(base, message) else { return nil }
    if message.count <= VariableCache.maximumMessageBytes {
      variables.store(made, for: base, hash: hash, message: message)
    }
    return made
  }

  private func makeTemplate(
    _ code: UnsafeBufferPointer<UInt8>, _ locale: UnsafeBufferPointer<UInt8>, _ hash: UInt64
  ) -> ResultTemplate? {
    let codeText = String(decoding: code, as: UTF8.self)
    let localeText = String(decoding: locale, as: UTF8.self)
    let m = catalog.render(code: codeText, locale: localeText, serverMessage: nil, requestId: nil)
    report(m.warnings)
    nextSerial += 1
    var key = Array(code)
    key.append(0)
    key.append(contentsOf: locale)
    let reader = catalog.extractionRules(code: codeText).map {
      ArgumentReader(rules: $0, detail: catalog.detailFormatter(code: codeText, locale: localeText))
    }
    guard
      let t = ResultTemplate(
        code: codeText, locale: localeText, key: key, serial: nextSerial, arguments: reader,
        rendered: m)
    else {
      // writeJSON's output could not be cut into a template: render every line in full.
      fastPath = false
      return nil
    }
    templates.insert(t, hash: hash)
    return t
  }

  private func makeVariablePart(_ base: ResultTemplate, _ message: UnsafeBufferPointer<UInt8>)
    -> VariablePart?
  {
    guard let reader = base.arguments else { return noVariation }
    let candidates = reader.candidates(message)
    if candidates.isEmpty { return noVariation }
    let extracted = reader.matcher.extract(message, templates: candidates)
    if extracted.isEmpty { return noVariation }
    if let formatter = reader.detail {
      let (detail, warnings) = formatter.format(extracted)
      report(warnings)
      scratch.removeAll()
      JSONString.appendOrNull(detail, to: scratch)
      let detailCount = scratch.count
      ArgumentsJSON.write(extracted, into: scratch)
      return scratch.withBytes { .values($0, detailCount: detailCount) }
    }
    // A text other than the detail may vary too: render the whole result.
    let arguments = Dictionary(
      extracted.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    let m = catalog.render(
      code: base.code, locale: base.locale, arguments: arguments, serverMessage: nil, requestId: nil
    )
    report(m.warnings)
    nextSerial += 1
    return ResultTemplate(
      code: base.code, locale: base.locale, key: base.key, serial: nextSerial,
      arguments: base.arguments, rendered: m
    ).map(VariablePart.whole)
  }

  // MARK: - The precise path

  private func writePrecise(_ line: UnsafeBufferPointer<UInt8>, into out: ByteBuffer) {
    let (idRange, body) = PreciseReader.read(line)
    let id = idRange.map { UnsafeBufferPointer(rebasing: line[$0]) }
    switch body {
    case .failure(let e):
      ReplyWriter.error(e, id: id, into: out)
    case .localize(let code, let message, let requestId, let locale, let arguments):
      let m = catalog.render(
        code: code, locale: locale ?? defaultLocale, arguments: arguments, serverMessage: message,
        requestId: requestId)
      report(m.warnings)
      var w = JSONWriter(capacity: 1024)
      m.writeJSON(into: &w)
      ReplyWriter.beginSuccess(id: id, into: out)
      out.append(w.bytes)
      ReplyWriter.endSuccess(out)
    }
  }

  private func report(_ warnings: [String]) {
    for w in warnings where reported.insert(w).inserted { pendingWarnings.append(w) }
  }
}
