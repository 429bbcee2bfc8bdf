import ErrmsgKit
import ErrmsgModel

/// One thread's engine: turns request lines into reply lines.
///
/// Lines in the common shape take the fast path: ``RequestScanner`` finds the
/// members; a key's (code, locale, product) first line is rendered whole from
/// them (``FirstSightings``: over the whole catalog most keys come once), and
/// from its second line on the result comes from a ``ResultTemplate``, with
/// only codes whose catalog entry reads arguments from server messages
/// reaching the catalog (and ICU) per line, through a ``VariableCache``.
/// Every other line takes the precise path (``PreciseReader`` and a full
/// render). All three write the same bytes for the same line.
///
/// Not thread-safe: each thread has its own processor (and caches).
final class LineProcessor {
  private let catalog: MessageCatalog
  private let defaultLocale: String
  /// The default locale's bytes, for lines without a `"locale"`.
  private let defaultLocaleBytes: [UInt8]
  private let maxLineBytes: Int
  private var fastPath: Bool

  private let templates = TemplateCache()
  private var sightings = FirstSightings()
  private var variables = VariableCache()
  private var detailPieces = DetailPieceCache()
  /// Argument readers by the entry they read for (locale and the entry a
  /// lookup uses): templates of every code that resolves to the same entry
  /// share one's rules and ICU formatters (the costly part), each with its own
  /// `{code}` value (``ArgumentReader/forCode(_:)``).
  private var readers: [ReaderKey: ArgumentReader] = [:]
  private struct ReaderKey: Hashable {
    var locale: String
    var entry: String
  }
  private static let maximumReaders = 256
  /// Extraction's reused storage, and the writer of per-line detail and arguments values.
  private var extraction = ExtractionScratch()
  private var valueScratch = JSONWriter(capacity: 1024)
  private var nextSerial = 0
  private var reported: Set<String> = []
  /// Warnings not yet handed out (broken override texts), each once.
  private(set) var pendingWarnings: [String] = []

  init(options: WorkerOptions) {
    catalog = options.catalog
    defaultLocale = options.defaultLocale
    defaultLocaleBytes = Array(options.defaultLocale.utf8)
    maxLineBytes = options.maxLineBytes
    fastPath = options.fastPath
  }

  /// Hands out the warnings collected so far.
  func takeWarnings() -> [String] {
    defer { pendingWarnings.removeAll() }
    return pendingWarnings
  }

  /// Processes the lines in `block[start..<end]`: each ends with a line break,
  /// except perhaps the last (the input's final line).
  func process(_ block: [UInt8], from start: Int, to end: Int, into buffer: ByteBuffer) {
    buffer.withWriter { process(block, from: start, to: end, into: &$0) }
  }

  /// The same, into a writer.
  func process(_ block: [UInt8], from start: Int, to end: Int, into out: inout JSONWriter) {
    var lineStart = start
    while lineStart < end {
      // The usual line is scanned without looking for its end first: the scan stops at it.
      if fastPath, let (scanned, lineEnd) = RequestScanner.scan(block, from: lineStart, limit: end),
        LineLength.counted(block, from: lineStart, to: lineEnd) <= maxLineBytes
      {
        // Scanned, but not answered from a template: the precise path answers.
        if !writeFast(block, scanned, into: &out) { writePrecise(Array(block[lineStart..<lineEnd]), into: &out) }
        lineStart = lineEnd + 1
        continue
      }
      let lineEnd = block.span.firstIndex(of: 0x0A, from: lineStart, to: end) ?? end
      process(block, line: lineStart..<lineEnd, into: &out)
      lineStart = lineEnd + 1
    }
  }

  /// Processes one line, `block[line]` (without its line break).
  func process(_ block: [UInt8], line: Range<Int>, into out: inout JSONWriter) {
    if LineLength.counted(block, from: line.lowerBound, to: line.upperBound) > maxLineBytes {
      ReplyWriter.error(.lineTooLong(limit: maxLineBytes), into: &out)
      return
    }
    if Self.isBlank(block.span.extracting(line)) { return }
    if fastPath, let scanned = RequestScanner.scan(block, line: line),
      writeFast(block, scanned, into: &out)
    {
      return
    }
    writePrecise(Array(block[line]), into: &out)
  }

  /// The longest code whose result template is cached.
  static let maximumCachedCodeBytes = 256

  @inline(__always)
  private static func isBlank(_ line: Span<UInt8>) -> Bool {
    for i in line.indices where line[i] != 0x20 && line[i] != 0x09 && line[i] != 0x0D {
      return false
    }
    return true
  }

  // MARK: - The fast path

  /// Writes the reply of a scanned line (whose ranges index `block`); false
  /// when the precise path must answer it.
  private func writeFast(_ block: [UInt8], _ s: ScannedRequest, into out: inout JSONWriter) -> Bool {
    let bytes = block.span
    let code = bytes.extracting(s.code)
    // Long codes and locales are not cached (their templates would hold them): the precise path
    // answers them, and refuses an overlong locale.
    guard code.count <= Self.maximumCachedCodeBytes else { return false }
    let product = bytes.extracting(s.product ?? 0..<0)
    // A product that isn't a product id: the precise path refuses it.
    guard product.isEmpty || Self.isProductID(product) else { return false }
    // A request ID the readers clean (`null`, a placeholder, Go's `%!d(string=…)`): the precise path cleans it.
    if let r = s.requestId, !RequestIdText.keepsAsIs(bytes.extracting(r)) { return false }
    let found: TemplateLookup
    if let r = s.locale, !r.isEmpty {
      found = template(code, bytes.extracting(r), product)
    } else {
      // No locale, or an empty one: the default (as the precise path decides).
      let defaultLocale = defaultLocaleBytes
      found = template(code, defaultLocale.span, product)
    }
    let base: ResultTemplate
    switch found {
    case .found(let t): base = t
    case .firstSighting:
      writeRendered(
        block, s, locale: s.locale.flatMap { $0.isEmpty ? nil : bytes.extracting($0).decodedString() }, into: &out)
      return true
    case .none: return false
    }

    // What the server message changes: nothing, the detail and arguments, or the whole result.
    var variation = Variation.none
    if base.hasArguments, let m = s.message {
      guard let v = self.variation(base, bytes.extracting(m)) else { return false }
      variation = v
    }
    // The request id and the server message are copied between quotes as they
    // are (they had no escapes), unless one holds DEL (which is written escaped)
    // or the message may hold a secret: then `special` holds them as JSON.
    let mayRedact = s.message.map { Redactor.mayRedact(bytes.extracting($0)) } ?? false
    let plain = !mayRedact && !s.messageHasDEL && !s.requestIdHasDEL

    out.append("{\"id\":")
    if let r = s.id { out.append(block, r) } else { out.append("null") }

    // The result's template, and the detail and arguments values when they are
    // not the template's own: `values.storage[values.detail]`, `…[values.arguments]`.
    var template = base
    var values: (storage: [UInt8], detail: Range<Int>, arguments: Range<Int>)?
    switch variation {
    case .none: break
    case .whole(let whole): template = whole
    case .values(let storage, let detail, let arguments): values = (storage, detail, arguments)
    }

    // The common case: the template's reply in three pieces around the two strings.
    if values == nil, plain, let requestId = s.requestId, let message = s.message {
      let fused = template.fused
      let cuts = template.fusedCuts
      let requestIdFirst = template.requestIdFirst
      out.append(fused, 0..<cuts[0])
      out.append(block, requestIdFirst ? requestId : message)
      out.append(fused, cuts[0]..<cuts[1])
      out.append(block, requestIdFirst ? message : requestId)
      out.append(fused, cuts[1]..<fused.count)
      return true
    }

    // Every other case piece by piece: the template's literals, the slots filled.
    let (storage, detail, arguments) =
      values ?? (template.fused, template.detailJSON, template.argumentsJSON)
    var special = JSONWriter(capacity: 0)
    var specialRequestId: Range<Int>?
    var specialMessage: Range<Int>?
    if let r = s.requestId, s.requestIdHasDEL {
      let start = special.bytes.count
      special.escape(bytes.extracting(r))
      specialRequestId = start..<special.bytes.count
    }
    if let m = s.message {
      let start = special.bytes.count
      if mayRedact {
        special.string(Redactor.redact(bytes.extracting(m).decodedString()))
        specialMessage = start..<special.bytes.count
      } else if s.messageHasDEL {
        special.escape(bytes.extracting(m))
        specialMessage = start..<special.bytes.count
      }
    }
    let specialBytes = special.bytes
    let literals = template.fused
    out.append(ResultTemplate.replyHead)
    for k in 0..<5 {
      out.append(literals, template.literal(k))
      guard k < 4 else { break }
      switch template.slot(k) {
      case .detail: out.append(storage, detail)
      case .arguments: out.append(storage, arguments)
      case .requestId: out.quoted(s.requestId, special: specialRequestId, block, specialBytes)
      case .serverMessage: out.quoted(s.message, special: specialMessage, block, specialBytes)
      }
    }
    out.append(ResultTemplate.replyTail)
    return true
  }

  private enum TemplateLookup {
    case found(ResultTemplate)
    /// The key's first line: answered by a render of its own (``writeRendered(_:_:locale:into:)``).
    case firstSighting
    /// The precise path answers: the locale is too long to cache, or no template could be made.
    case none
  }

  /// The cached template of a code and locale, made when the key comes back.
  @inline(__always)
  private func template(_ code: Span<UInt8>, _ locale: Span<UInt8>, _ product: Span<UInt8>) -> TemplateLookup {
    guard locale.count <= PreciseReader.maximumLocaleBytes else { return .none }
    let hash = TemplateCache.hash(code: code, locale: locale, product: product)
    if let found = templates.find(hash: hash, code: code, locale: locale, product: product) { return .found(found) }
    // The SDKs' client-side codes are read as the `sdk` product whatever the request names
    // (the request never reached Tencent Cloud): the precise path answers them, never a template.
    if catalog.recognizedProduct(of: code.decodedString()) == "sdk" { return .none }
    guard sightings.metBefore(hash) else { return .firstSighting }
    return makeTemplate(code, locale, product, hash).map(TemplateLookup.found) ?? .none
  }

  /// A scanned line answered by rendering its result whole (what the precise
  /// path would write, without reading the line again).
  private func writeRendered(_ block: [UInt8], _ s: ScannedRequest, locale: String?, into out: inout JSONWriter) {
    let bytes = block.span
    let product = s.product.flatMap { $0.isEmpty ? nil : bytes.extracting($0).decodedString() }
    let m = catalog.render(
      code: bytes.extracting(s.code).decodedString(), product: product, locale: locale ?? defaultLocale,
      serverMessage: s.message.map { bytes.extracting($0).decodedString() },
      requestId: s.requestId.map { bytes.extracting($0).decodedString() }, keepsPlainResult: false)
    report(m.warnings)
    ReplyWriter.beginSuccess(id: s.id, of: bytes, into: &out)
    m.writeJSON(into: &out)
    ReplyWriter.endSuccess(&out)
  }

  /// Lowercase ASCII letters and digits, starting with a letter, at most 40 bytes (`ProductName`).
  private static func isProductID(_ p: Span<UInt8>) -> Bool {
    guard p.count <= 40, p[0] >= 0x61, p[0] <= 0x7A else { return false }
    for k in 0..<p.count {
      let b = p[k]
      guard (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) else { return false }
    }
    return true
  }

  /// What a server message changes in a template's result (cached when that pays).
  private func variation(_ base: ResultTemplate, _ message: Span<UInt8>) -> Variation? {
    guard VariableCache.worthCaching(base) else { return makeVariation(base, message) }
    let hash = VariableCache.hash(serial: base.serial, message: message)
    if let hit = variables.find(base, hash: hash, message: message) { return hit }
    guard let made = makeVariation(base, message) else { return nil }
    if message.count <= VariableCache.maximumMessageBytes {
      variables.store(made, for: base, hash: hash, message: message)
    }
    return made
  }

  private func makeTemplate(
    _ code: Span<UInt8>, _ locale: Span<UInt8>, _ product: Span<UInt8>, _ hash: UInt64
  ) -> ResultTemplate? {
    let codeText = code.decodedString()
    let localeText = locale.decodedString()
    let productText = product.decodedString()
    let productOrNil = productText.isEmpty ? nil : productText
    let m = catalog.render(
      code: codeText, product: productOrNil, locale: localeText, serverMessage: nil, requestId: nil,
      keepsPlainResult: false)
    report(m.warnings)
    nextSerial += 1
    var key = code.copiedBytes()
    key.append(0)
    key.append(contentsOf: locale.copiedBytes())
    key.append(0)
    key.append(contentsOf: product.copiedBytes())
    let reader = argumentReader(code: codeText, product: productOrNil, locale: localeText)
    guard
      let t = ResultTemplate(
        code: codeText, locale: localeText, product: productText, key: key, serial: nextSerial, arguments: reader,
        rendered: m)
    else {
      // writeJSON's output could not be cut into a template: render every line in full.
      fastPath = false
      return nil
    }
    templates.insert(t, hash: hash)
    return t
  }

  /// The argument reader of a code as requested, shared by every request that resolves to the same entry.
  private func argumentReader(code: String, product: String?, locale: String) -> ArgumentReader? {
    guard let rules = catalog.extractionRules(code: code, product: product),
      let entry = catalog.entryIdentity(code: code, product: product)
    else { return nil }
    let key = ReaderKey(locale: locale, entry: entry)
    if let hit = readers[key] { return hit.forCode(code) }
    if readers.count >= Self.maximumReaders { readers.removeAll(keepingCapacity: true) }
    let made = ArgumentReader(
      rules: rules, detail: catalog.detailFormatter(code: code, product: product, locale: locale),
      pieces: &detailPieces)
    readers[key] = made
    return made
  }

  private func makeVariation(_ base: ResultTemplate, _ message: Span<UInt8>) -> Variation? {
    guard let reader = base.arguments else { return Variation.none }
    reader.rules.extract(message, into: &extraction)
    let extracted = extraction.found
    if extracted.isEmpty { return Variation.none }
    if let formatter = reader.detail {
      // Written into the reused scratch writer.
      var w = JSONWriter(capacity: 0)
      swap(&w, &valueScratch)
      defer { swap(&w, &valueScratch) }
      w.bytes.removeAll(keepingCapacity: true)
      if let pieces = reader.pieces, pieces.writeJSON(extracted, cache: &detailPieces, into: &w) {
        // Each piece formatted by ICU, or found formatted in the cache.
      } else {
        let (detail, warnings) = formatter.format(extracted)
        report(warnings)
        w.stringOrNull(detail)
      }
      let detailEnd = w.bytes.count
      LocalizedMessage.writeArgumentsJSON(extracted, into: &w)
      // An exact-size copy: the scratch's own buffer (its capacity grown to the longest value
      // yet) would otherwise stay with the cached variation, and the scratch take a new one.
      // (`Array(w.bytes[...])` would share the buffer: a slice of a whole array is not copied.)
      var storage: [UInt8] = []
      storage.reserveCapacity(w.bytes.count)
      storage.append(contentsOf: w.bytes)
      return .values(storage: storage, detail: 0..<detailEnd, arguments: detailEnd..<storage.count)
    }
    // A text other than the detail may vary too: render the whole result.
    let arguments = Dictionary(
      extracted.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    let m = catalog.render(
      code: base.code, product: base.product.isEmpty ? nil : base.product, locale: base.locale,
      arguments: arguments, serverMessage: nil, requestId: nil, keepsPlainResult: false)
    report(m.warnings)
    nextSerial += 1
    return ResultTemplate(
      code: base.code, locale: base.locale, product: base.product, key: base.key, serial: nextSerial,
      arguments: base.arguments, rendered: m
    ).map(Variation.whole)
  }

  // MARK: - The precise path

  private func writePrecise(_ line: [UInt8], into out: inout JSONWriter) {
    let (idRange, body) = PreciseReader.read(line, catalog: catalog)
    switch body {
    case .failure(let e):
      ReplyWriter.error(e, id: idRange, of: line.span, into: &out)
    case .localize(let e, let locale, let arguments):
      let m = catalog.render(
        code: e.code, product: e.product, locale: locale ?? defaultLocale, arguments: arguments,
        serverMessage: e.message, requestId: e.requestId)
      report(m.warnings)
      var w = JSONWriter(capacity: 1024)
      m.writeJSON(into: &w, inference: e.inference)
      ReplyWriter.beginSuccess(id: idRange, of: line.span, into: &out)
      out.append(w.bytes)
      ReplyWriter.endSuccess(&out)
    }
  }

  private func report(_ warnings: [String]) {
    for w in warnings where reported.insert(w).inserted { pendingWarnings.append(w) }
  }
}
