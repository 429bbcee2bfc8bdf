import ErrmsgModel

/// One input item recognized as a Tencent Cloud error (or as not being one).
package enum RecognizedItem: Sendable, Equatable {
  /// An error: the code, the server's message and the request ID.
  case error(code: String, message: String?, requestId: String?)
  /// A valid response without an error.
  case noError(requestId: String?)
  /// Something that is not an error envelope (with the reason).
  case invalid(InputProblem)
}

/// Why an input could not be read as a Tencent Cloud error.
package struct InputProblem: Error, Sendable, Equatable {
  /// `empty`, `invalid_utf8`, `invalid_json`, `not_an_envelope`, `too_large`, `unrecognized_text`.
  package var kind: String
  /// A sentence for a person.
  package var message: String
  /// 1-based line and column, when the problem has a place.
  package var line: Int?
  package var column: Int?

  package init(kind: String, message: String, line: Int? = nil, column: Int? = nil) {
    self.kind = kind
    self.message = message
    self.line = line
    self.column = column
  }

  /// `line L, column C: message` or just the message.
  package var description: String {
    if let line, let column { return "line \(line), column \(column): \(message)" }
    return message
  }
}

/// Recognizes what people paste or pipe in: API 3.0 envelopes (whole, inner
/// object, or an array of them) and the error strings the Tencent Cloud SDKs print.
package enum ErrorInputReader {
  /// Whether the input was a JSON array (one result per element).
  package struct Result: Sendable, Equatable {
    package var items: [RecognizedItem]
    package var isArray: Bool
  }

  /// Reads one whole input.
  package static func read(_ input: [UInt8]) -> Swift.Result<Result, InputProblem> {
    var bytes = input
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let lineMap = LineMap(bytes)
    if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
      let (line, column) = lineMap.location(of: bad)
      return .failure(
        InputProblem(
          kind: "invalid_utf8", message: "the input is not valid UTF-8 (byte 0x\(hex(bytes[bad])) at offset \(bad))",
          line: line, column: column))
    }
    guard let first = bytes.firstIndex(where: { !isSpace($0) }) else {
      return .failure(
        InputProblem(kind: "empty", message: "the input is empty; expected an error response or an SDK error message"))
    }
    let structured = looksLikeJSON(bytes, from: first)
    if let node = try? JSONParser.parse(bytes) {
      return recognize(node)
    }
    if structured {
      // A log line may start with JSON-looking text; try the SDK forms before refusing.
      let text = String(decoding: bytes, as: UTF8.self)
      if let sdk = SDKErrorText.parse(text) { return .success(Result(items: [sdk], isArray: false)) }
      do {
        _ = try JSONParser.parse(bytes)
      } catch {
        let (line, column) = lineMap.location(of: error.offset)
        return .failure(
          InputProblem(kind: "invalid_json", message: "invalid JSON: \(error.message)", line: line, column: column))
      }
    }
    if bytes.contains(0) {
      let (line, column) = lineMap.location(of: bytes.firstIndex(of: 0)!)
      return .failure(
        InputProblem(kind: "unrecognized_text", message: "the input contains a NUL byte", line: line, column: column))
    }
    let text = String(decoding: bytes, as: UTF8.self)
    if let sdk = SDKErrorText.parse(text) { return .success(Result(items: [sdk], isArray: false)) }
    return .failure(
      InputProblem(
        kind: "unrecognized_text",
        message:
          "the input is neither JSON nor a Tencent Cloud SDK error message (expected {\"Response\":{\"Error\":…}} or text such as \"[TencentCloudSDKException] code:… message:… requestId:…\")"
      ))
  }

  /// Recognizes an already parsed JSON document.
  package static func recognize(_ node: JSONNode) -> Swift.Result<Result, InputProblem> {
    if case .array(let elements) = node.value {
      if elements.isEmpty {
        return .failure(InputProblem(kind: "not_an_envelope", message: "the input is an empty JSON array"))
      }
      return .success(Result(items: elements.map { item($0) }, isArray: true))
    }
    switch item(node) {
    case .invalid(let problem): return .failure(problem)
    case let other: return .success(Result(items: [other], isArray: false))
    }
  }

  /// One envelope: `{"Response":{"Error":{…},"RequestId":…}}`, or the inner
  /// `{"Error":{…},"RequestId":…}`, or the bare `{"Code":…,"Message":…}`.
  package static func item(_ node: JSONNode) -> RecognizedItem {
    guard case .object = node.value else {
      return .invalid(
        InputProblem(
          kind: "not_an_envelope",
          message:
            "valid JSON, but \(node.value.kindDescription) is not an error response; expected {\"Response\":{\"Error\":{\"Code\":…}}}"
        ))
    }
    var inner = node
    if let response = node.value["Response"] {
      guard case .object = response.value else {
        return .invalid(InputProblem(kind: "not_an_envelope", message: "valid JSON, but \"Response\" is not an object"))
      }
      inner = response
    }
    let requestId = inner.value["RequestId"]?.value.stringValue
    let errorNode: JSONNode
    if let e = inner.value["Error"] {
      errorNode = e
    } else if inner.value["Code"] != nil {
      errorNode = inner
    } else if node.value["Response"] != nil {
      return .noError(requestId: requestId)
    } else {
      return .invalid(
        InputProblem(
          kind: "not_an_envelope",
          message: "valid JSON, but not a Tencent Cloud error response: no \"Response\", \"Error\" or \"Code\" member"))
    }
    guard case .object = errorNode.value else {
      return .invalid(InputProblem(kind: "not_an_envelope", message: "valid JSON, but \"Error\" is not an object"))
    }
    guard let code = errorNode.value["Code"]?.value.stringValue, !code.isEmpty else {
      return .invalid(
        InputProblem(kind: "not_an_envelope", message: "valid JSON, but \"Error\" has no \"Code\" string"))
    }
    return .error(code: code, message: errorNode.value["Message"]?.value.stringValue, requestId: requestId)
  }

  private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

  /// `{…`, or `[` followed by something that can start a JSON value — not a log
  /// line such as `[TencentCloudSDKError] …` or `[ERROR] …`.
  private static func looksLikeJSON(_ bytes: [UInt8], from first: Int) -> Bool {
    if bytes[first] == UInt8(ascii: "{") { return true }
    guard bytes[first] == UInt8(ascii: "[") else { return false }
    guard let next = bytes[(first + 1)...].first(where: { !isSpace($0) }) else { return true }
    switch next {
    case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "-"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
      return true
    default:
      return false
    }
  }

  private static func hex(_ b: UInt8) -> String {
    let d = Array("0123456789ABCDEF")
    return String([d[Int(b >> 4)], d[Int(b & 0xF)]])
  }
}
