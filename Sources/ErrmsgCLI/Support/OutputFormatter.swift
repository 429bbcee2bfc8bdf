import ErrmsgKit
import ErrmsgModel

/// One result of the one-shot command.
enum Rendered {
  /// An explained error; `inference` is set when the input stated no code.
  case message(LocalizedMessage, inference: ParsedError.Inference? = nil)
  case noError(requestId: String?)
  case invalid(InputProblem)
}

/// Renders results as text for people, JSON for programs, or RFC 9457 problem details.
struct OutputFormatter {
  let catalog: MessageCatalog
  let locale: String

  private func label(_ key: String, _ fallback: String) -> String {
    catalog.label(key, locale: locale) ?? fallback
  }

  /// The separator after a label: a full-width colon in Chinese and Japanese.
  private var colon: String {
    let language = catalog.resolvedLocale(for: locale).split(separator: "-").first ?? ""
    return language == "zh" || language == "ja" ? "：" : ": "
  }

  /// Message, detail, hint, then the code and request ID that support asks for.
  /// Every field is made terminal-safe (``TerminalText``): one field, one line.
  func text(_ r: Rendered) -> String {
    // The catalog's texts keep the bidi marks of the ar-XB pseudo-locale; server values keep none.
    let texts: Set<Unicode.Scalar> =
      catalog.resolvedLocale(for: locale) == "ar-XB" ? TerminalText.pseudoBidiMarks : []
    func shown(_ text: String) -> String { TerminalText.escaped(text, keeping: texts) }
    func raw(_ value: String) -> String { TerminalText.escaped(value) }
    switch r {
    case .message(let m, let inference):
      var lines = [shown(m.message)]
      if let detail = m.detail { lines.append(shown(detail)) }
      lines.append(label("hint", "What you can do") + colon + shown(m.hint))
      // Our text could not be specific: keep what the server said (redacted, escaped).
      if m.tier == .family || m.tier == .generic, let said = m.serverMessage, !said.isEmpty {
        lines.append(label("serverMessage", "Original message") + colon + raw(said))
      }
      lines.append(label("code", "Error code") + colon + raw(m.code.rawValue))
      if inference != nil {
        lines.append(label("inferred", "(The text states no error code: it was inferred from the message.)"))
      }
      if let rid = m.requestId, !rid.isEmpty { lines.append(label("requestId", "Request ID") + colon + raw(rid)) }
      return lines.joined(separator: "\n") + "\n"
    case .noError(let rid):
      var lines = [label("noError", "The response contains no error.")]
      if let rid, !rid.isEmpty { lines.append(label("requestId", "Request ID") + colon + raw(rid)) }
      return lines.joined(separator: "\n") + "\n"
    case .invalid(let p):
      return "errmsg: \(raw(p.description))\n"
    }
  }

  /// The result object (`--format json`).
  func json(_ r: Rendered) -> String {
    switch r {
    case .message(let m, let inference):
      return m.jsonText(inference: inference)
    case .noError(let rid):
      var w = JSONWriter()
      w.raw("{\"noError\":true,\"requestId\":")
      w.stringOrNull(rid)
      w.raw("}")
      return String(decoding: w.bytes, as: UTF8.self)
    case .invalid(let p):
      var w = JSONWriter()
      w.raw("{\"error\":{\"kind\":")
      w.string(p.kind)
      w.raw(",\"message\":")
      w.string(p.description)
      w.raw("}}")
      return String(decoding: w.bytes, as: UTF8.self)
    }
  }

  /// RFC 9457 `application/problem+json`: `type`, `title`, `detail`,
  /// `instance` (the request ID), and `code`, `hint`, `retry` as extension members.
  func problem(_ r: Rendered) -> String {
    var w = JSONWriter()
    switch r {
    case .message(let m, let inference):
      w.raw("{")
      w.key("type")
      // A tag URI (RFC 4151) names the problem type without promising a web page.
      w.string("tag:errmsg,2026:code/" + (m.matchedCode?.rawValue ?? "unknown"))
      w.member("title", m.message)
      w.member("detail", m.detail ?? m.hint)
      if let rid = m.requestId, !rid.isEmpty {
        w.member("instance", "urn:tencentcloud:request:" + rid)
      }
      w.member("code", m.code.rawValue)
      w.member("product", m.product)
      w.member("tier", m.tier.rawValue)
      w.member("hint", m.hint)
      w.member("retry", m.retry.rawValue)
      w.member("locale", m.locale)
      if inference != nil { w.member("inferred", true) }
      w.raw("}")
    case .noError(let rid):
      w.raw("{\"type\":\"about:blank\",\"title\":")
      w.string(label("noError", "The response contains no error."))
      if let rid, !rid.isEmpty {
        w.raw(",\"instance\":")
        w.string("urn:tencentcloud:request:" + rid)
      }
      w.raw("}")
    case .invalid(let p):
      w.raw("{\"type\":\"about:blank\",\"title\":\"Invalid input\",\"detail\":")
      w.string(p.description)
      w.raw("}")
    }
    return String(decoding: w.bytes, as: UTF8.self)
  }
}
