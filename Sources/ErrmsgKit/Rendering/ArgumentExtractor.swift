import ErrmsgModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Turns a server message into typed arguments with the code's extraction templates.
enum ArgumentExtractor {
  /// Every value the templates find; the first template to capture a name wins.
  static func extract(
    from message: String, using templates: [ExtractionTemplate], declarations: [ArgumentDeclaration]
  ) -> [String: MessageArgument] {
    let found = extract(from: Array(message.utf8).span, using: templates)
    return Dictionary(found.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
  }

  /// The same from UTF-8 bytes, as a list of distinct names in the order found
  /// (templates in order, each in capture order). No strings are built but the values'.
  static func extract(from message: Span<UInt8>, using templates: some Sequence<ExtractionTemplate>)
    -> [(name: String, value: MessageArgument)]
  {
    var scratch = ExtractionScratch()
    extract(from: message, using: templates, into: &scratch)
    return scratch.found
  }

  /// The same into `scratch.found` (emptied first), reusing the scratch storage.
  static func extract(
    from message: Span<UInt8>, using templates: some Sequence<ExtractionTemplate>,
    into scratch: inout ExtractionScratch
  ) {
    Redactor.withRedacted(message) { extractRedacted(from: $0, using: templates, into: &scratch) }
  }

  private static func extractRedacted(
    from message: Span<UInt8>, using templates: some Sequence<ExtractionTemplate>,
    into scratch: inout ExtractionScratch
  ) {
    scratch.found.removeAll(keepingCapacity: true)
    for template in templates {
      // A template whose names are all found can add nothing.
      if !scratch.found.isEmpty,
        template.captureNames.allSatisfy({ name in scratch.found.contains { $0.name == name } })
      {
        continue
      }
      guard template.captureRanges(in: message, into: &scratch.ranges) else { continue }
      for (k, segment) in template.segments.enumerated() {
        guard case .capture(let name, let type) = segment,
          !scratch.found.contains(where: { $0.name == name }),
          let value = typed(message.extracting(scratch.ranges[k]), as: type)
        else { continue }
        scratch.found.append((name, value))
      }
    }
  }

  /// Converts a captured text to its declared type; nil when it does not fit.
  static func typed(_ text: String, as type: ArgumentType) -> MessageArgument? {
    switch type {
    case .string: return .string(text)
    case .int: return Int(text).map(MessageArgument.int)
    case .double: return Double(text).map(MessageArgument.double)
    case .date:
      guard let seconds = Int64(text), seconds.magnitude <= MessageArgument.dateLimitSeconds else {
        return nil
      }
      return .date(Date(timeIntervalSince1970: Double(seconds)))
    }
  }

  /// A captured text (as ``ExtractionTemplate/captures(in:)`` finds it, with
  /// the commas of integers) as its declared type: what ``typed(_:as:)`` makes
  /// of the text ``ExtractionTemplate/match(_:)`` returns.
  static func typed(_ bytes: Span<UInt8>, as type: ArgumentType) -> MessageArgument? {
    switch type {
    case .string: return .string(bytes.decodedString())
    case .int: return integer(bytes, skippingCommas: true).map(MessageArgument.int)
    case .double: return Double(bytes.decodedString()).map(MessageArgument.double)
    case .date:
      guard let seconds = integer(bytes, skippingCommas: false),
        seconds.magnitude <= MessageArgument.dateLimitSeconds
      else { return nil }
      return .date(Date(timeIntervalSince1970: Double(seconds)))
    }
  }

  /// `-?[0-9]+` as a 64-bit integer (as `Int(_:)` reads it); nil for anything else or an overflow.
  private static func integer(_ bytes: Span<UInt8>, skippingCommas: Bool) -> Int? {
    var i = 0
    var negative = false
    if i < bytes.count, bytes[i] == UInt8(ascii: "-") {
      negative = true
      i += 1
    }
    var value = 0
    var digits = 0
    while i < bytes.count {
      let b = bytes[i]
      i += 1
      if skippingCommas, b == UInt8(ascii: ",") { continue }
      guard b >= 0x30 && b <= 0x39 else { return nil }
      let d = Int(b - 0x30)
      let (times, o1) = value.multipliedReportingOverflow(by: 10)
      let (next, o2) =
        negative ? times.subtractingReportingOverflow(d) : times.addingReportingOverflow(d)
      guard !o1, !o2 else { return nil }
      value = next
      digits += 1
    }
    return digits > 0 ? value : nil
  }
}

/// Storage that extraction reuses from message to message (a worker thread keeps one).
package struct ExtractionScratch {
  /// The values found by the last extraction, distinct names in the order found.
  package internal(set) var found: [(name: String, value: MessageArgument)] = []
  var ranges: [Range<Int>] = []

  package init() {}
}
