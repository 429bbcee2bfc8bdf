/// Reads the error strings the Tencent Cloud SDKs print, as they appear in
/// logs and tracebacks (a prefix such as `Error: ` or a class name is fine, and
/// messages may span lines):
///
/// | SDK | shape |
/// | --- | --- |
/// | Python, PHP | `[TencentCloudSDKException] code:C message:M requestId:R` (PHP: namespaced class in the brackets; Python prints `requestId:None` when there is none) |
/// | Go, Ruby | `[TencentCloudSDKError] Code=C, Message=M, RequestId=R` (RequestId may be empty or missing; old Go printed `RequestId=%!d(string=R)`, newer Go appends `: cause`) |
/// | Java | `[TencentCloudSDKException]code: C message:M requestId:R`, older `[TencentCloudSDKException]message:C-M requestId:R` |
/// | .NET | `code:C message:M ` (ToString writes `message：…` with a full-width colon) |
///
/// `accept` decides whether a token can be a code: any code-like token inside
/// an SDK's own string, a plausible one elsewhere.
enum SDKErrorText {
  static func parse(_ b: [UInt8], accept: (String) -> Bool) -> ParsedError? {
    if let r = goStyle(b, accept) { return r }
    if let r = colonStyle(b, accept) { return r }
    if let r = oldJavaStyle(b, accept) { return r }
    return nil
  }

  // MARK: - Shapes

  /// `Code=C, Message=M, RequestId=R`
  private static func goStyle(_ b: [UInt8], _ accept: (String) -> Bool) -> ParsedError? {
    guard let codeAt = TextScan.find(b, "Code=", from: 0) else { return nil }
    // `ExitCode=…` is not the label.
    if codeAt > 0, TextScan.isLetter(b[codeAt - 1]) { return nil }
    let codeStart = codeAt + 5
    let codeEnd = TextScan.scanCode(b, codeStart)
    guard let code = validCode(b, codeStart, codeEnd, accept) else { return nil }
    var message: String?
    // The ", " before RequestId= separates fields; it is not part of the message.
    let (requestId, messageEnd) = requestIdField(b, "RequestId=", after: codeEnd, separator: UInt8(ascii: ","))
    if let msgAt = TextScan.find(b, "Message=", from: codeEnd) {
      message = TextScan.trimmed(b, msgAt + 8, max(msgAt + 8, messageEnd))
    } else if codeEnd < b.count, b[codeEnd] == UInt8(ascii: ",") {
      // `Code=C,text` (a wrapper's own wording after the code).
      message = TextScan.trimmed(b, codeEnd + 1, max(codeEnd + 1, messageEnd))
    }
    return ParsedError(code: code, message: TextScan.cleanMessage(message), requestId: requestId)
  }

  /// `code:C message:M requestId:R` (Python, PHP, Java, .NET).
  private static func colonStyle(_ b: [UInt8], _ accept: (String) -> Bool) -> ParsedError? {
    var from = 0
    while let codeAt = TextScan.find(b, "code:", from: from) {
      from = codeAt + 5
      if codeAt > 0, TextScan.isLetter(b[codeAt - 1]) { continue }
      var codeStart = codeAt + 5
      while codeStart < b.count, b[codeStart] == 0x20 { codeStart += 1 }
      let codeEnd = TextScan.scanCode(b, codeStart)
      guard let code = validCode(b, codeStart, codeEnd, accept) else { continue }
      var message: String?
      let (requestId, messageEnd) = requestIdField(b, "requestId:", after: codeEnd)
      if let (msgStart, _) = findMessageLabel(b, from: codeEnd) {
        message = TextScan.trimmed(b, msgStart, max(msgStart, messageEnd))
      }
      return ParsedError(code: code, message: TextScan.cleanMessage(message), requestId: requestId)
    }
    return nil
  }

  /// `[TencentCloudSDKException]message:C-M requestId:R` (older Java).
  private static func oldJavaStyle(_ b: [UInt8], _ accept: (String) -> Bool) -> ParsedError? {
    guard TextScan.find(b, "TencentCloudSDKException", from: 0) != nil,
      let (msgStart, _) = findMessageLabel(b, from: 0)
    else { return nil }
    let codeEnd = TextScan.scanCode(b, msgStart)
    guard codeEnd < b.count, b[codeEnd] == UInt8(ascii: "-"), let code = validCode(b, msgStart, codeEnd, accept)
    else {
      return nil
    }
    let (requestId, messageEnd) = requestIdField(b, "requestId:", after: codeEnd)
    return ParsedError(
      code: code, message: TextScan.cleanMessage(TextScan.trimmed(b, codeEnd + 1, max(codeEnd + 1, messageEnd))),
      requestId: requestId)
  }

  // MARK: - Scanning

  /// The request ID after the last `label` (nil when absent, empty, `None` or a
  /// placeholder) and where the message before it ends (the end of the text
  /// when there is no label). A trailing `separator` and spaces before the
  /// label are not part of the message.
  private static func requestIdField(
    _ b: [UInt8], _ label: String, after codeEnd: Int, separator: UInt8 = 0x20
  ) -> (requestId: String?, messageEnd: Int) {
    guard let at = TextScan.findLast(b, label, from: codeEnd) else { return (nil, b.count) }
    var end = at
    while end > codeEnd, b[end - 1] == 0x20 || b[end - 1] == separator { end -= 1 }
    return (RequestIdText.find(in: b, at..<b.count)?.id, end)
  }

  /// `message:` or `message：` (full-width colon); returns where the message starts.
  static func findMessageLabel(_ b: [UInt8], from: Int) -> (Int, Int)? {
    var i = from
    while let at = TextScan.find(b, "message", from: i) {
      var j = at + 7
      if j < b.count, b[j] == UInt8(ascii: ":") {
        j += 1
      } else if j + 2 < b.count, b[j] == 0xEF, b[j + 1] == 0xBC, b[j + 2] == 0x9A {
        j += 3
      } else {
        i = at + 7
        continue
      }
      while j < b.count, b[j] == 0x20 { j += 1 }
      return (j, at)
    }
    return nil
  }

  private static func validCode(_ b: [UInt8], _ start: Int, _ end: Int, _ accept: (String) -> Bool) -> String? {
    guard end > start, b[start] >= 0x41, b[start] <= 0x5A else { return nil }
    let code = String(decoding: b[start..<end], as: UTF8.self)
    return accept(code) ? code : nil
  }
}
