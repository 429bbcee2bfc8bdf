import ErrmsgKit
import ErrmsgWorker
import Foundation

/// Runs the worker engine on text and reads its replies back.
enum WorkerHarness {
  /// The replies to `input`, one string per line.
  static func replies(
    _ input: String, options: WorkerOptions = WorkerOptions(), pieceSize: Int = .max
  ) -> [String] {
    lines(Worker(options: options).replies(to: Array(input.utf8), pieceSize: pieceSize))
  }

  /// The reply lines in `bytes` (which must end with a line break when not empty).
  static func lines(_ bytes: [UInt8]) -> [String] {
    var text = String(decoding: bytes, as: UTF8.self)
    if text.hasSuffix("\n") { text.removeLast() }
    return text.isEmpty
      ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// A reply parsed as a JSON object.
  static func object(_ line: String) -> [String: Any]? {
    (try? JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed]))
      as? [String: Any]
  }

  /// The `result` object of a successful reply.
  static func result(_ line: String) -> [String: Any]? {
    guard let o = object(line), o["ok"] as? Bool == true else { return nil }
    return o["result"] as? [String: Any]
  }

  /// The `error` object of a failed reply.
  static func error(_ line: String) -> (kind: String, message: String)? {
    guard let o = object(line), o["ok"] as? Bool == false, let e = o["error"] as? [String: Any],
      let kind = e["kind"] as? String, let message = e["message"] as? String
    else { return nil }
    return (kind, message)
  }

  /// The raw text of the reply's `"id"` value (`{"id":<this>,"ok":…`).
  static func rawId(_ line: String) -> String? {
    guard line.hasPrefix("{\"id\":"), let ok = line.range(of: ",\"ok\":") else { return nil }
    return String(line[line.index(line.startIndex, offsetBy: 6)..<ok.lowerBound])
  }

  /// The text of `result` exactly as the reply has it (`…,"result":<this>}`).
  static func rawResult(_ line: String) -> String? {
    guard let r = line.range(of: ",\"ok\":true,\"result\":"), line.hasSuffix("}") else {
      return nil
    }
    return String(line[r.upperBound..<line.index(before: line.endIndex)])
  }

  /// What `errmsg --format json` writes for an error (the reference for results).
  static func oneShotJSON(
    code: String, message: String?, requestId: String?, locale: String,
    arguments: [String: MessageArgument] = [:]
  ) -> String {
    MessageCatalog.embedded.localized(
      TencentCloudError(
        code: ErrorCode(code), serverMessage: message, requestId: requestId, locale: locale),
      locale: locale, arguments: arguments
    ).jsonText
  }

  /// A JSON string literal.
  static func quoted(_ s: String) -> String {
    let data = try! JSONSerialization.data(withJSONObject: [s], options: [.withoutEscapingSlashes])
    let text = String(decoding: data, as: UTF8.self)
    return String(text.dropFirst().dropLast())
  }

  /// `{"Response":{"Error":{"Code":…,"Message":…},"RequestId":…}}`.
  static func envelope(_ code: String, _ message: String, requestId: String = "req-1") -> String {
    #"{"Response":{"Error":{"Code":\#(quoted(code)),"Message":\#(quoted(message))},"RequestId":\#(quoted(requestId))}}"#
  }
}
