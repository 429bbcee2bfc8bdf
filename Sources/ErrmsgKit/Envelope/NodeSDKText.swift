/// The Node.js SDK's `TencentCloudSDKHttpException` as consoles and loggers print it:
///
/// ```
/// TencentCloudSDKHttpException [Error]: The parameter `X` is not recognized.
///     at Client.parseResponse (…/abstract_client.js:267:37)
///     at processTicksAndRejections (node:internal/process/task_queues:96:5) {
///   requestId: 'b97a5b92-…',
///   traceId: 'a5a78022-…',
///   code: 'UnknownParameter'
/// }
/// ```
///
/// with `Error: ` or a logger's prefix before it, other output between the lines,
/// older SDKs' `[TencentCloudSDKException]\nCode: C\nMessage: M\nRequestId: R`, and
/// `toString()`'s `[TencentCloudSDKException]message:M  requestId:R` (no code: the
/// code is then inferred from the message, when the catalog's rules allow).
enum NodeSDKText {
  /// The error in `b` (one chunk that holds the class name); `code` is nil when
  /// the dump has none.
  static func parse(_ b: [UInt8]) -> (code: String?, message: String?, requestId: String?)? {
    guard let at = TextScan.find(b, "TencentCloudSDKHttpException", from: 0) else { return nil }
    var message: String?
    // `TencentCloudSDKHttpException [Error]: M` or `TencentCloudSDKHttpException: M`, to the end of the line.
    var i = at + 28
    if i < b.count, b[i] == 0x20, i + 1 < b.count, b[i + 1] == UInt8(ascii: "["),
      let close = b[(i + 1)...].firstIndex(of: UInt8(ascii: "]"))
    {
      i = close + 1
    }
    if i < b.count, b[i] == UInt8(ascii: ":") {
      let lineEnd = b[i...].firstIndex(of: 0x0A) ?? b.count
      message = TextScan.trimmed(b, i + 1, lineEnd)
    }
    let fieldsFrom = message == nil ? at : i
    let code = field(b, "code", from: fieldsFrom)
    let requestId = RequestIdText.clean(field(b, "requestId", from: fieldsFrom))
    if message == nil { message = field(b, "message", from: fieldsFrom) }
    return (code.flatMap { $0.isEmpty ? nil : $0 }, TextScan.cleanMessage(message), requestId)
  }

  /// A member of Node's object dump: `name: 'value'` or `"name": "value"`
  /// (a whole word, after the dump's `{`, a comma or a line start).
  static func field(_ b: [UInt8], _ name: String, from: Int) -> String? {
    let n = Array(name.utf8)
    var i = from
    while let at = TextScan.find(b, n, from: i) {
      i = at + 1
      var s = at
      if s > 0, b[s - 1] == UInt8(ascii: "\"") || b[s - 1] == UInt8(ascii: "'") { s -= 1 }
      guard s == 0 || TextScan.isSpace(b[s - 1]) || b[s - 1] == UInt8(ascii: "{") || b[s - 1] == UInt8(ascii: ",")
      else { continue }
      var j = at + n.count
      if j < b.count, b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") { j += 1 }
      guard j < b.count, b[j] == UInt8(ascii: ":") else { continue }
      j += 1
      while j < b.count, b[j] == 0x20 { j += 1 }
      guard j < b.count, b[j] == UInt8(ascii: "'") || b[j] == UInt8(ascii: "\"") else { continue }
      let quote = b[j]
      guard let close = b[(j + 1)...].firstIndex(of: quote) else { continue }
      return String(decoding: b[(j + 1)..<close], as: UTF8.self)
    }
    return nil
  }
}
