import ErrmsgKit
import ErrmsgModel

/// The precise path: reads any line with the full JSON parser and decides
/// what it asks for, with exact error messages. Lines the fast scanner leaves
/// (invalid ones, escapes, `text` and `args` requests, unusual shapes) come here.
enum PreciseReader {
  /// What one line asks for.
  enum Body {
    /// Localize this error.
    case localize(ParsedError, locale: String?, arguments: [String: MessageArgument])
    /// Answer with this error.
    case failure(ReplyError)
  }

  /// The longest `"locale"` accepted: locales are cached by the catalog, so their size is bounded.
  static let maximumLocaleBytes = 256

  /// The members that make an object a wrapped request rather than a bare envelope.
  static let requestMembers: Set<String> = ["id", "locale", "product", "envelope", "text", "args"]

  /// Reads one line (without its line break). `id` is the range of the raw
  /// `"id"` value, echoed only when the line parsed as JSON.
  static func read(_ line: [UInt8], catalog: MessageCatalog = .embedded) -> (id: Range<Int>?, body: Body) {
    let bytes = line
    if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
      let column = LineMap(bytes).location(of: bad).column
      return (
        nil,
        .failure(
          ReplyError(
            kind: "invalid_utf8",
            message: "the line is not valid UTF-8 (byte 0x\(hex(bytes[bad])) at column \(column))"))
      )
    }
    let node: JSONNode
    do {
      node = try JSONParser.parse(bytes)
    } catch {
      let column = LineMap(bytes).location(of: error.offset).column
      return (
        nil,
        .failure(
          ReplyError(
            kind: "invalid_json", message: "invalid JSON at column \(column): \(error.message)"))
      )
    }
    guard let members = node.value.members,
      members.contains(where: { requestMembers.contains($0.key) })
    else {
      return (nil, envelope(node, locale: nil, arguments: [:], catalog: catalog))
    }
    var id: Range<Int>?
    if let idNode = node.value["id"] {
      guard let end = RequestScanner.valueEnd(in: line, at: idNode.offset) else {
        return (nil, .failure(.badRequest("the \"id\" could not be read back")))
      }
      id = idNode.offset..<end
    }
    return (id, request(node, catalog: catalog))
  }

  /// A request, with its `"product"` (a product id such as `"tke"`) applied where the
  /// text itself does not say (a client-side SDK error is the `sdk` product's).
  private static func request(_ node: JSONNode, catalog: MessageCatalog) -> Body {
    var product: String?
    switch node.value["product"]?.value {
    case nil, .null?: break
    case .string(let s)? where s.isEmpty: break
    case .string(let s)? where ProductName.isValid(s): product = s
    case .string?:
      return .failure(
        .badRequest("\"product\" must be a product id such as \"tke\" or \"cvm\" (lowercase letters and digits)"))
    case let other?:
      return .failure(.badRequest("\"product\" must be a string such as \"tke\", not \(other.kindDescription)"))
    }
    let body = requestWithoutProduct(node, catalog: catalog)
    guard let product, case .localize(var e, let locale, let arguments) = body else { return body }
    if e.product == nil { e.product = product }
    return .localize(e, locale: locale, arguments: arguments)
  }

  /// `{"id":…,"locale":…,"envelope":{…}}` or `{…,"text":"…"}`, with optional `"args"`.
  private static func requestWithoutProduct(_ node: JSONNode, catalog: MessageCatalog) -> Body {
    var locale: String?
    switch node.value["locale"]?.value {
    case nil, .null?: break
    case .string(let s)?:
      guard s.utf8.count <= maximumLocaleBytes else {
        return .failure(
          .badRequest(
            "\"locale\" is longer than \(maximumLocaleBytes) bytes; send a tag such as \"zh-CN\""))
      }
      locale = s.isEmpty ? nil : s
    case let other?:
      return .failure(
        .badRequest("\"locale\" must be a string such as \"zh-CN\", not \(other.kindDescription)"))
    }
    var arguments: [String: MessageArgument] = [:]
    if let args = node.value["args"], args.value != .null {
      guard let members = args.value.members else {
        return .failure(
          .badRequest(
            "\"args\" must be an object of names to strings or numbers, not \(args.value.kindDescription)"
          ))
      }
      for m in members where arguments[m.key] == nil {
        switch m.node.value {
        case .string(let s): arguments[m.key] = .string(s)
        case .number:
          if let i = m.node.value.int64Value, let n = Int(exactly: i) {
            arguments[m.key] = .int(n)
          } else if let d = m.node.value.doubleValue {
            arguments[m.key] = .double(d)
          }
        default:
          return .failure(
            .badRequest(
              "the value of \"args\".\"\(m.key)\" must be a string or a number, not \(m.node.value.kindDescription)"
            ))
        }
      }
    }
    let envelope = node.value["envelope"]
    let text = node.value["text"]
    switch (envelope, text) {
    case (let e?, nil):
      return Self.envelope(e, locale: locale, arguments: arguments, catalog: catalog)
    case (nil, let t?):
      guard case .string(let s) = t.value else {
        return .failure(
          .badRequest(
            "\"text\" must be a string (an SDK error message), not \(t.value.kindDescription)"))
      }
      switch ErrorInputReader.read(Array(s.utf8), catalog: catalog) {
      case .failure(let problem) where problem.kind == "invalid_json":
        // The line is valid JSON; its text only starts like JSON (`[Some…Error] …`).
        return .failure(
          ReplyError(
            kind: "unrecognized_text",
            message: "the text is neither an SDK error message nor valid JSON (\(problem.description))"))
      case .failure(let problem):
        return .failure(ReplyError(kind: problem.kind, message: problem.description))
      case .success(let result):
        // One reply holds one result: a text with several errors is refused, naming them
        // (the one-shot command answers each; see Docs/worker-protocol.md).
        guard result.items.count == 1 else {
          return .failure(.badRequest(severalErrors(result.items)))
        }
        return item(result.items[0], locale: locale, arguments: arguments)
      }
    case (nil, nil):
      return .failure(
        .badRequest(
          "a request needs an \"envelope\" (an error response) or a \"text\" (an SDK error message)"
        ))
    case (_?, _?):
      return .failure(.badRequest("a request has either an \"envelope\" or a \"text\", not both"))
    }
  }

  private static func envelope(
    _ node: JSONNode, locale: String?, arguments: [String: MessageArgument], catalog: MessageCatalog
  ) -> Body {
    item(ErrorInputReader.item(node, catalog: catalog), locale: locale, arguments: arguments)
  }

  private static func item(
    _ item: RecognizedItem, locale: String?, arguments: [String: MessageArgument]
  ) -> Body {
    switch item {
    case .error(let e):
      return .localize(e, locale: locale, arguments: arguments)
    case .noError(let requestId):
      let suffix = requestId.map { " (RequestId \($0))" } ?? ""
      return .failure(
        ReplyError(
          kind: "no_error", message: "the response has no \"Error\": the request succeeded\(suffix)"
        ))
    case .invalid(let problem):
      return .failure(ReplyError(kind: problem.kind, message: problem.description))
    }
  }

  /// `"text" holds 2 errors (A, B); send one request per error`.
  private static func severalErrors(_ items: [RecognizedItem]) -> String {
    let codes = items.map { item -> String in
      switch item {
      case .error(let e): e.code
      case .noError: "a response without an error"
      case .invalid: "an element that is not an error response"
      }
    }
    return "\"text\" holds \(items.count) errors (\(codes.joined(separator: ", "))); send one request per error"
  }

  private static func hex(_ b: UInt8) -> String {
    let digits: [Character] = Array("0123456789ABCDEF")
    return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
  }
}
