/// Reads the error strings the Tencent Cloud SDKs print, as they appear in
/// logs and tracebacks (a prefix such as `Error: ` or a class name is fine, and
/// messages may span lines):
///
/// | SDK | shape |
/// | --- | --- |
/// | Python, PHP | `[TencentCloudSDKException] code:C message:M requestId:R` (PHP: namespaced class in the brackets) |
/// | Go, Ruby | `[TencentCloudSDKError] Code=C, Message=M, RequestId=R` (RequestId may be empty or missing; newer Go appends `: cause`) |
/// | Java | `[TencentCloudSDKException]code: C message:M requestId:R`, older `[TencentCloudSDKException]message:C-M requestId:R` |
/// | .NET | `code:C message:M ` (ToString writes `message：…` with a full-width colon) |
enum SDKErrorText {
  static func parse(_ text: String) -> RecognizedItem? {
    let b = Array(text.utf8)
    if let r = goStyle(b) { return r }
    if let r = colonStyle(b) { return r }
    if let r = oldJavaStyle(b) { return r }
    return nil
  }

  // MARK: - Shapes

  /// `Code=C, Message=M, RequestId=R`
  private static func goStyle(_ b: [UInt8]) -> RecognizedItem? {
    guard let codeAt = find(b, "Code=", from: 0) else { return nil }
    let codeStart = codeAt + 5
    let codeEnd = scanCode(b, codeStart)
    guard let code = validCode(b, codeStart, codeEnd) else { return nil }
    var message: String?
    // The ", " before RequestId= separates fields; it is not part of the message.
    let (requestId, messageEnd) = requestIdField(b, "RequestId=", after: codeEnd, separator: UInt8(ascii: ","))
    if let msgAt = find(b, "Message=", from: codeEnd) {
      message = trimmed(b, msgAt + 8, max(msgAt + 8, messageEnd))
    }
    return .error(code: code, message: message, requestId: requestId)
  }

  /// `code:C message:M requestId:R` (Python, PHP, Java, .NET).
  private static func colonStyle(_ b: [UInt8]) -> RecognizedItem? {
    guard let codeAt = find(b, "code:", from: 0) else { return nil }
    var codeStart = codeAt + 5
    while codeStart < b.count, b[codeStart] == 0x20 { codeStart += 1 }
    let codeEnd = scanCode(b, codeStart)
    guard let code = validCode(b, codeStart, codeEnd) else { return nil }
    var message: String?
    let (requestId, messageEnd) = requestIdField(b, "requestId:", after: codeEnd)
    if let (msgStart, _) = findMessageLabel(b, from: codeEnd) {
      message = trimmed(b, msgStart, max(msgStart, messageEnd))
    }
    return .error(code: code, message: message, requestId: requestId)
  }

  /// `[TencentCloudSDKException]message:C-M requestId:R` (older Java).
  private static func oldJavaStyle(_ b: [UInt8]) -> RecognizedItem? {
    guard find(b, "TencentCloudSDKException", from: 0) != nil,
      let (msgStart, _) = findMessageLabel(b, from: 0)
    else { return nil }
    let codeEnd = scanCode(b, msgStart)
    guard codeEnd < b.count, b[codeEnd] == UInt8(ascii: "-"), let code = validCode(b, msgStart, codeEnd) else {
      return nil
    }
    let (requestId, messageEnd) = requestIdField(b, "requestId:", after: codeEnd)
    return .error(code: code, message: trimmed(b, codeEnd + 1, max(codeEnd + 1, messageEnd)), requestId: requestId)
  }

  // MARK: - Scanning

  /// The request ID after the last `label` (nil when absent or empty) and where
  /// the message before it ends (the end of the text when there is no label).
  /// A trailing `separator` and spaces before the label are not part of the message.
  private static func requestIdField(
    _ b: [UInt8], _ label: StaticString, after codeEnd: Int, separator: UInt8 = 0x20
  ) -> (requestId: String?, messageEnd: Int) {
    guard let at = findLast(b, label, from: codeEnd) else { return (nil, b.count) }
    var start = at + label.utf8CodeUnitCount
    while start < b.count, b[start] == 0x20 { start += 1 }
    var end = at
    while end > codeEnd, b[end - 1] == 0x20 || b[end - 1] == separator { end -= 1 }
    return (token(b, start), end)
  }

  /// `message:` or `message：` (full-width colon); returns where the message starts.
  private static func findMessageLabel(_ b: [UInt8], from: Int) -> (Int, Int)? {
    var i = from
    while let at = find(b, "message", from: i) {
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

  private static func scanCode(_ b: [UInt8], _ start: Int) -> Int {
    var i = start
    while i < b.count, isCodeByte(b[i]) { i += 1 }
    while i > start, b[i - 1] == UInt8(ascii: ".") { i -= 1 }
    return i
  }

  private static func validCode(_ b: [UInt8], _ start: Int, _ end: Int) -> String? {
    guard end > start, b[start] >= 0x41, b[start] <= 0x5A else { return nil }
    return String(decoding: b[start..<end], as: UTF8.self)
  }

  private static func isCodeByte(_ c: UInt8) -> Bool {
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: ".")
      || c == UInt8(ascii: "_")
  }

  /// A request ID token (letters, digits, `-`); nil when empty.
  private static func token(_ b: [UInt8], _ start: Int) -> String? {
    var i = start
    while i < b.count,
      (b[i] >= 0x30 && b[i] <= 0x39) || (b[i] >= 0x41 && b[i] <= 0x5A) || (b[i] >= 0x61 && b[i] <= 0x7A)
        || b[i] == UInt8(ascii: "-")
    {
      i += 1
    }
    return i > start ? String(decoding: b[start..<i], as: UTF8.self) : nil
  }

  private static func trimmed(_ b: [UInt8], _ start: Int, _ end: Int) -> String? {
    var s = start
    var e = end
    func space(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
    while s < e, space(b[s]) { s += 1 }
    while e > s, space(b[e - 1]) { e -= 1 }
    return e > s ? String(decoding: b[s..<e], as: UTF8.self) : nil
  }

  private static func find(_ b: [UInt8], _ needle: StaticString, from: Int) -> Int? {
    let n = needle.withUTF8Buffer { Array($0) }
    guard n.count <= b.count else { return nil }
    var i = from
    while i + n.count <= b.count {
      if b[i] == n[0] {
        var k = 1
        while k < n.count, b[i + k] == n[k] { k += 1 }
        if k == n.count { return i }
      }
      i += 1
    }
    return nil
  }

  private static func findLast(_ b: [UInt8], _ needle: StaticString, from: Int) -> Int? {
    var last: Int?
    var i = from
    while let at = find(b, needle, from: i) {
      last = at
      i = at + 1
    }
    return last
  }
}
