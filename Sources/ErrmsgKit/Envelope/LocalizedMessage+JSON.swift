package import ErrmsgModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension LocalizedMessage {
  /// Writes the result object shared by `errmsg --format json` and the worker.
  ///
  /// Fields: `code`, `matchedCode`, `exact`, `product`, `tier`, `candidateProducts`
  /// (only when several products declare the code), `locale`, `machineConverted`,
  /// `message`, `hint`, `detail`, `category`, `retry`, `actor`, `requestId`,
  /// `serverMessage`, `arguments`.
  package func writeJSON(into w: inout JSONWriter) {
    w.raw("{")
    w.member("code", code.rawValue)
    w.member("matchedCode", matchedCode?.rawValue)
    w.member("exact", isExact)
    w.member("product", product)
    w.member("tier", tier.rawValue)
    if !candidateProducts.isEmpty {
      w.key("candidateProducts")
      w.raw("[")
      for (i, p) in candidateProducts.enumerated() {
        if i > 0 { w.raw(",") }
        w.string(p)
      }
      w.raw("]")
    }
    w.member("locale", locale)
    w.member("machineConverted", isMachineConverted)
    w.member("message", message)
    w.member("hint", hint)
    w.member("detail", detail)
    w.member("category", category?.rawValue)
    w.member("retry", retry.rawValue)
    w.member("actor", actor?.rawValue)
    w.member("requestId", requestId)
    w.member("serverMessage", serverMessage)
    w.key("arguments")
    Self.writeArgumentsJSON(arguments.map { (name: $0.key, value: $0.value) }, into: &w)
    w.raw("}")
  }

  /// The `arguments` object of a result: names sorted, dates as milliseconds
  /// since 1970, non-finite numbers and dates beyond ±8.64e15 ms as `null`
  /// (the worker writes it with this too).
  /// `arguments` has distinct names.
  package static func writeArgumentsJSON(
    _ arguments: [(name: String, value: MessageArgument)], into w: inout JSONWriter
  ) {
    let isSorted = zip(arguments, arguments.dropFirst()).allSatisfy { $0.name < $1.name }
    let ordered = isSorted ? arguments : arguments.sorted(by: { $0.name < $1.name })
    w.raw("{")
    for (i, (name, value)) in ordered.enumerated() {
      if i > 0 { w.raw(",") }
      w.string(name)
      w.raw(":")
      switch value {
      case .string(let s): w.string(s)
      case .int(let n): w.int(n)
      case .double(let d): w.raw(d.isFinite ? String(d).utf8 : "null".utf8)
      case .date(let date):
        if let ms = MessageArgument.wholeMilliseconds(date) { w.int(ms) } else { w.raw("null".utf8) }
      }
    }
    w.raw("}")
  }

  /// The result as one line of compact JSON.
  package var jsonText: String {
    var w = JSONWriter()
    writeJSON(into: &w)
    return String(decoding: w.bytes, as: UTF8.self)
  }
}
