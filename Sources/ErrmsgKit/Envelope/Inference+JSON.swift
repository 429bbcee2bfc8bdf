package import ErrmsgModel

extension LocalizedMessage {
  /// The result object (see ``writeJSON(into:)``), with `"inferred":true` and
  /// the `evidence` (`{"kind":"extraction-rule","rule":"…"}`) when the input
  /// stated no code and it was inferred from the message.
  package func writeJSON(into w: inout JSONWriter, inference: ParsedError.Inference?) {
    writeJSON(into: &w)
    guard let inference, w.bytes.last == UInt8(ascii: "}") else { return }
    w.bytes.removeLast()
    w.raw(",\"inferred\":true,\"evidence\":{")
    w.member("kind", inference.kind)
    w.member("rule", inference.rule)
    w.raw("}}")
  }

  /// The same as one line of compact JSON.
  package func jsonText(inference: ParsedError.Inference?) -> String {
    var w = JSONWriter()
    writeJSON(into: &w, inference: inference)
    return String(decoding: w.bytes, as: UTF8.self)
  }
}
