import ErrmsgKit
import ErrmsgModel
import ErrmsgWorker

#if canImport(Glibc)
  import Glibc
#endif

/// The fuzz targets and the invariants each checks inside (a broken
/// invariant is a crash, which libFuzzer reports with the input):
///
/// - no trap (anything Swift traps on ends the run);
/// - every output is valid JSON (parsed back with ErrmsgModel's parser);
/// - no credential in any output field: the harness plants two credentials
///   wherever the input has a `§` (`Token=TOKq7Zk2mW9xR4pL1n` and
///   `AKIDz8krq7Zk2mW9xR4pL1n`), and their secret part `q7Zk2mW9xR4pL1n` must
///   not appear in `serverMessage`, `detail`, `hint` or `arguments` (the code
///   and request id are shown as sent, so a plant there is not counted).
enum FuzzTargets {
  enum Target: String {
    case scanner, sdkText = "sdk-text", envelope, redactor
  }

  static let selected: Target = {
    guard let name = getenv("ERRMSG_FUZZ_TARGET").map({ String(cString: $0) }), let t = Target(rawValue: name)
    else {
      fatalError("set ERRMSG_FUZZ_TARGET to scanner, sdk-text, envelope or redactor")
    }
    return t
  }()

  static let secret = "q7Zk2mW9xR4pL1n"
  static let plants = ["Token=TOK" + secret, "AKIDz8kr" + secret]
  static let marker = Array("§".utf8)

  static func run(_ target: Target, _ input: [UInt8]) {
    // Only credentials the harness planted count (the input may spell the secret itself).
    let checks = !String(decoding: input, as: UTF8.self).contains(secret)
    let bytes = planted(input)
    switch target {
    case .scanner: scanner(bytes, checks)
    case .sdkText, .envelope: oneShot(bytes, checks)
    case .redactor: redactor(bytes, checks)
    }
  }

  /// The input with each `§` replaced by a planted credential (alternately).
  static func planted(_ input: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(input.count)
    var i = 0
    var k = 0
    while i < input.count {
      if i + 1 < input.count, input[i] == marker[0], input[i + 1] == marker[1] {
        out.append(contentsOf: plants[k % 2].utf8)
        k += 1
        i += 2
      } else {
        out.append(input[i])
        i += 1
      }
    }
    return out
  }

  /// The request scanner and both worker paths: one valid JSON reply per non-blank line.
  static func scanner(_ bytes: [UInt8], _ checks: Bool) {
    for fastPath in [true, false] {
      let options = WorkerOptions(maxLineBytes: 4096, blockSize: 64, fastPath: fastPath)
      let replies = Worker(options: options).replies(to: bytes, pieceSize: 37)
      guard replies.isEmpty || replies.last == 0x0A else { fatalError("a reply without its line break") }
      var start = 0
      for (i, b) in replies.enumerated() where b == 0x0A {
        let line = Array(replies[start..<i])
        start = i + 1
        guard let node = try? JSONParser.parse(line) else {
          fatalError("not JSON: \(String(decoding: line, as: UTF8.self))")
        }
        if checks, let result = node.value["result"] { checkFields(result.value) }
      }
    }
  }

  /// The one-shot's reader (envelopes, arrays, SDK texts) and its JSON result.
  static func oneShot(_ bytes: [UInt8], _ checks: Bool) {
    guard case .success(let recognized) = ErrorInputReader.read(bytes) else { return }
    for item in recognized.items {
      guard case .error(let e) = item else { continue }
      for locale in ["en-US", "zh-CN", "zh-TW", "en-XA"] {
        let m = MessageCatalog.embedded.localized(
          TencentCloudError(
            code: ErrorCode(e.code), product: e.product, serverMessage: e.message, requestId: e.requestId),
          locale: locale)
        var w = JSONWriter()
        m.writeJSON(into: &w)
        guard let node = try? JSONParser.parse(w.bytes) else { fatalError("not JSON: \(m.jsonText)") }
        if checks { checkFields(node.value) }
      }
    }
  }

  /// The redactor: its output holds no shape it would hide again, and its precheck never misses.
  static func redactor(_ bytes: [UInt8], _ checks: Bool) {
    let text = String(decoding: bytes, as: UTF8.self)
    let once = Redactor.redact(text)
    guard Redactor.redact(once) == once else { fatalError("not a fixed point: \(text.debugDescription)") }
    let utf8 = Array(text.utf8)
    if !Redactor.mayRedact(utf8.span), once != text { fatalError("the precheck missed: \(text.debugDescription)") }
    if checks, once.contains(secret) { fatalError("a planted credential survived: \(text.debugDescription)") }
  }

  /// The fields that must never show a planted credential.
  static func checkFields(_ result: JSONValue) {
    func text(_ key: String) -> String? {
      if case .string(let s)? = result[key]?.value { return s }
      return nil
    }
    // The code and request id are shown as sent (and the message of an unknown code quotes the code).
    if text("code")?.contains(secret) == true || text("requestId")?.contains(secret) == true { return }
    for key in ["serverMessage", "detail", "hint", "message"] {
      if let s = text(key), s.contains(secret) { fatalError("\(key) shows a planted credential: \(s)") }
    }
    if let members = result["arguments"]?.value.members {
      for m in members {
        if case .string(let s) = m.node.value, s.contains(secret) {
          fatalError("arguments.\(m.key) shows a planted credential: \(s)")
        }
      }
    }
  }
}
