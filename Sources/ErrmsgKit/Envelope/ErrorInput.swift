import ErrmsgModel

/// An error read from the input: the code, the server's message and the request ID.
package struct ParsedError: Sendable, Equatable {
  /// How a code that the input does not state was found.
  package struct Inference: Sendable, Equatable {
    /// `extraction-rule`: the message has the shape of one of the code's extraction rules;
    /// `official-description`: the message is the code's official description.
    package var kind: String
    /// The rule (template) the message matched, or the description it is.
    package var rule: String
  }

  package var code: String
  package var message: String?
  package var requestId: String?
  /// The product the code is read as: `sdk` for the SDKs' own client-side codes, else nil.
  package var product: String?
  /// Set when the code was inferred from the message (the input states none).
  package var inference: Inference?

  package init(
    code: String, message: String?, requestId: String?, product: String? = nil, inference: Inference? = nil
  ) {
    self.code = code
    self.message = message
    self.requestId = requestId
    self.product = product
    self.inference = inference
  }
}

/// One input item recognized as a Tencent Cloud error (or as not being one).
package enum RecognizedItem: Sendable, Equatable {
  /// An error.
  case error(ParsedError)
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
/// object, an array of them, or a `tccli` body without the `Response` wrapper),
/// and error texts as logs show them: the SDKs' strings (``SDKErrorText``,
/// ``NodeSDKText``), log lines around a code (``LogLineText``), an envelope
/// inside a log line, and a server message alone (``TextRecognizer``).
package enum ErrorInputReader {
  /// Whether the input was a JSON array (one result per element).
  package struct Result: Sendable, Equatable {
    package var items: [RecognizedItem]
    package var isArray: Bool
  }

  /// Reads one whole input; `catalog` decides which tokens can be codes.
  package static func read(_ input: [UInt8], catalog: MessageCatalog = .embedded)
    -> Swift.Result<
      Result, InputProblem
    >
  {
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
    let jsonError: JSONSyntaxError
    do {
      let node = try JSONParser.parse(bytes)
      let result = recognize(node, catalog: catalog)
      // A log record as JSON (`{"level":50,"msg":"TencentCloudSDKHttpException …"}`): its text may hold the error.
      if case .failure(let problem) = result, problem.kind == "not_an_envelope", case .object = node.value {
        let found = TextRecognizer.recognize(String(decoding: bytes, as: UTF8.self), catalog: catalog)
        if !found.isEmpty { return .success(Result(items: found.map(RecognizedItem.error), isArray: false)) }
      }
      return result
    } catch {
      jsonError = error
    }
    if bytes.contains(0) {
      let (line, column) = lineMap.location(of: bytes.firstIndex(of: 0)!)
      return .failure(
        InputProblem(kind: "unrecognized_text", message: "the input contains a NUL byte", line: line, column: column))
    }
    // An envelope inside a log line (`request failed: {"Response":…}`).
    let embedded = EmbeddedJSON.firstObject(in: bytes)
    var embeddedResult: Result?
    if case .parsed(let node)? = embedded, case .success(let r) = recognize(node, catalog: catalog) {
      if r.items.contains(where: { if case .error = $0 { true } else { false } }) { return .success(r) }
      embeddedResult = r
    }
    // A log line may start with JSON-looking text (`[TencentCloudSDKError] …`): the text forms first.
    let found = TextRecognizer.recognize(String(decoding: bytes, as: UTF8.self), catalog: catalog)
    if !found.isEmpty { return .success(Result(items: found.map(RecognizedItem.error), isArray: false)) }
    if let embeddedResult, embeddedResult.items.contains(where: { if case .noError = $0 { true } else { false } }) {
      return .success(embeddedResult)
    }
    // JSON that is invalid, whole or inside a log line: say where it breaks.
    if looksLikeJSON(bytes, from: first) || bytes[first] == UInt8(ascii: "\"") {
      let (line, column) = lineMap.location(of: jsonError.offset)
      return .failure(
        InputProblem(kind: "invalid_json", message: "invalid JSON: \(jsonError.message)", line: line, column: column))
    }
    if case .invalid(let error)? = embedded {
      let (line, column) = lineMap.location(of: error.offset)
      return .failure(
        InputProblem(
          kind: "invalid_json", message: "invalid JSON in the text: \(error.message)", line: line, column: column))
    }
    return .failure(
      InputProblem(
        kind: "unrecognized_text",
        message:
          "the input is neither JSON nor a Tencent Cloud error message (expected {\"Response\":{\"Error\":…}} or text such as \"[TencentCloudSDKException] code:… message:… requestId:…\")"
      ))
  }

  /// Recognizes an already parsed JSON document.
  package static func recognize(_ node: JSONNode, catalog: MessageCatalog = .embedded)
    -> Swift.Result<
      Result, InputProblem
    >
  {
    if case .array(let elements) = node.value {
      if elements.isEmpty {
        return .failure(InputProblem(kind: "not_an_envelope", message: "the input is an empty JSON array"))
      }
      let items = elements.map { item($0, catalog: catalog) }
      // No element is a response: one refusal, not one per element.
      if items.allSatisfy({ if case .invalid = $0 { true } else { false } }), case .invalid(var p) = items[0] {
        if p.message.hasPrefix("valid JSON, but ") { p.message.removeFirst(16) }
        let message =
          elements.count == 1
          ? "valid JSON, but the array's only element is not an error response: \(p.message)"
          : "valid JSON, but none of the array's \(elements.count) elements is an error response (element 1: \(p.message))"
        return .failure(InputProblem(kind: "not_an_envelope", message: message))
      }
      return .success(Result(items: items, isArray: true))
    }
    switch item(node, catalog: catalog) {
    case .invalid(let problem): return .failure(problem)
    case let other: return .success(Result(items: [other], isArray: false))
    }
  }

  /// One envelope: `{"Response":{"Error":{…},"RequestId":…}}`, the inner
  /// `{"Error":{…},"RequestId":…}`, the bare `{"Code":…,"Message":…}`, a
  /// success body with or without the wrapper (`tccli` prints
  /// `{"…":…,"RequestId":"…"}`), or a Node SDK exception as `JSON.stringify`
  /// writes it (`{"requestId":"…","code":"…"}`).
  package static func item(_ node: JSONNode, catalog: MessageCatalog = .embedded) -> RecognizedItem {
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
    let requestId = RequestIdText.clean(inner.value["RequestId"]?.value.stringValue)
    let errorNode: JSONNode
    if let e = inner.value["Error"] {
      errorNode = e
    } else if inner.value["Code"] != nil {
      errorNode = inner
    } else if node.value["Response"] != nil || inner.value["RequestId"]?.value.stringValue != nil {
      return .noError(requestId: requestId)
    } else if let nodeError = nodeStyle(inner, catalog: catalog) {
      return .error(nodeError)
    } else {
      return .invalid(
        InputProblem(
          kind: "not_an_envelope",
          message:
            "valid JSON, but not a Tencent Cloud error response: no \"Response\", \"Error\", \"Code\" or \"RequestId\" member"
        ))
    }
    guard case .object = errorNode.value else {
      return .invalid(InputProblem(kind: "not_an_envelope", message: "valid JSON, but \"Error\" is not an object"))
    }
    guard let code = errorNode.value["Code"]?.value.stringValue, !code.isEmpty else {
      return .invalid(
        InputProblem(kind: "not_an_envelope", message: "valid JSON, but \"Error\" has no \"Code\" string"))
    }
    return .error(
      ParsedError(
        code: code, message: errorNode.value["Message"]?.value.stringValue, requestId: requestId,
        product: catalog.recognizedProduct(of: code)))
  }

  /// `{"requestId":"…","code":"…","message":"…"}`: the Node SDK's exception as JSON,
  /// when the code can be a code.
  private static func nodeStyle(_ node: JSONNode, catalog: MessageCatalog) -> ParsedError? {
    guard let code = node.value["code"]?.value.stringValue else { return nil }
    // With the SDK's `requestId` member any code-shaped value is the code; else it must be plausible.
    let hasRequestId = node.value["requestId"] != nil
    guard hasRequestId ? MessageCatalog.isCodeShaped(code) : catalog.isPlausibleCode(code),
      hasRequestId || node.value["message"] != nil
    else { return nil }
    return ParsedError(
      code: code, message: node.value["message"]?.value.stringValue,
      requestId: RequestIdText.clean(node.value["requestId"]?.value.stringValue),
      product: catalog.recognizedProduct(of: code))
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
