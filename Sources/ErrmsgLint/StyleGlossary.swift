import ErrmsgModel

/// The style data of `Locales/glossary/terms.json`: per locale, the forms a
/// text should not use and what to write instead.
///
/// The file lists terms (a product name or a word with its en-US, zh-CN and
/// zh-TW forms, and per locale the forms to avoid) and plain style rules
/// (`你`, quotes) per locale. An avoid key is a locale tag; a bare language
/// (`en`) applies to every locale of that language.
struct StyleGlossary: Sendable {
  /// One form to flag in a text.
  struct Rule: Sendable {
    /// The form, as Unicode scalars.
    var text: [Unicode.Scalar]
    /// What to write instead.
    var write: String
    /// Longer words that contain `text` and are fine (matched case-sensitively).
    var except: [[Unicode.Scalar]] = []
    var ignoreCase = false
    var severity: Diagnostic.Severity = .warning
    /// `vocabulary`, `product-name`, `address`, `quotes`, `character`.
    var kind: String
    /// Why the form is wrong, shown with the finding.
    var why: String?
    /// The term's English form ("cluster"), for the message.
    var meaning: String?
  }

  /// Rules per avoid key (`zh-TW`, `en`).
  var rules: [String: [Rule]]

  /// The rules that apply to texts of a locale.
  func rules(for locale: String) -> [Rule] {
    let language = locale.split(separator: "-").first.map(String.init) ?? locale
    var out: [Rule] = []
    for key in rules.keys.sorted() {
      let applies =
        key.lowercased() == locale.lowercased() || (!key.contains("-") && key.lowercased() == language.lowercased())
      if applies { out += rules[key] ?? [] }
    }
    return out
  }

  /// Reads the glossary; nil (with an error) when the file is not what this reader expects.
  static func read(_ file: SourceFile) -> (StyleGlossary?, [Diagnostic]) {
    let root: JSONNode
    do {
      root = try JSONParser.parse(file.bytes)
    } catch {
      return (nil, [file.diagnostic(.error, at: error.offset, kind: "syntax", error.message)])
    }
    var reader = Reader(file: file)
    var rules: [String: [Rule]] = [:]
    guard let top = reader.members(root, "the glossary") else { return (nil, reader.diagnostics) }
    for member in top where !["about", "terms", "style"].contains(member.key) {
      reader.fail(member.keyOffset, "the glossary has an unknown member \"\(member.key)\"")
    }
    if let terms = top.first(where: { $0.key == "terms" })?.node {
      for term in reader.array(terms, "\"terms\"") {
        guard let members = reader.members(term, "a term") else { continue }
        let product = members.first { $0.key == "product" }?.node.value == .bool(true)
        let english = members.first { $0.key == "en-US" }?.node.value.stringValue
        guard let avoid = members.first(where: { $0.key == "avoid" })?.node else { continue }
        for (key, list) in reader.pairs(avoid, "\"avoid\"") {
          let form = members.first { $0.key == key || $0.key.hasPrefix(key + "-") }?.node.value.stringValue
          for item in reader.array(list, "\"avoid\" of \(key)") {
            if var rule = reader.rule(item, defaultWrite: form, defaultKind: product ? "product-name" : "vocabulary") {
              rule.meaning = product ? nil : english
              rules[key, default: []].append(rule)
            }
          }
        }
      }
    }
    if let style = top.first(where: { $0.key == "style" })?.node {
      for (key, list) in reader.pairs(style, "\"style\"") {
        for item in reader.array(list, "\"style\" of \(key)") {
          if let rule = reader.rule(item, defaultWrite: nil, defaultKind: nil) { rules[key, default: []].append(rule) }
        }
      }
    }
    return reader.diagnostics.isEmpty ? (StyleGlossary(rules: rules), []) : (nil, reader.diagnostics)
  }

  /// Reads JSON nodes into rules, collecting every problem.
  private struct Reader {
    let file: SourceFile
    var diagnostics: [Diagnostic] = []

    mutating func fail(_ offset: Int, _ message: String, fix: String? = nil) {
      diagnostics.append(file.diagnostic(.error, at: offset, kind: "glossary", message, fix: fix))
    }

    mutating func members(_ node: JSONNode, _ what: String) -> [JSONMember]? {
      guard let members = node.value.members else {
        fail(node.offset, "\(what) must be an object, found \(node.value.kindDescription)")
        return nil
      }
      return members
    }

    mutating func pairs(_ node: JSONNode, _ what: String) -> [(String, JSONNode)] {
      (members(node, what) ?? []).map { ($0.key, $0.node) }
    }

    mutating func array(_ node: JSONNode, _ what: String) -> [JSONNode] {
      guard case .array(let items) = node.value else {
        fail(node.offset, "\(what) must be an array, found \(node.value.kindDescription)")
        return []
      }
      return items
    }

    mutating func rule(_ node: JSONNode, defaultWrite: String?, defaultKind: String?) -> Rule? {
      guard let members = self.members(node, "an avoid entry") else { return nil }
      let allowed: Set<String> = ["text", "write", "except", "ignoreCase", "severity", "kind", "why"]
      for m in members where !allowed.contains(m.key) {
        fail(
          m.keyOffset, "an avoid entry has an unknown member \"\(m.key)\"",
          fix: "known members are \(allowed.sorted().joined(separator: ", "))")
      }
      func string(_ key: String) -> String? { members.first { $0.key == key }?.node.value.stringValue }
      guard let text = string("text"), !text.isEmpty else {
        fail(node.offset, "an avoid entry needs a non-empty \"text\"")
        return nil
      }
      guard let write = string("write") ?? defaultWrite else {
        fail(node.offset, "the avoid entry for \"\(text)\" needs \"write\"", fix: "say what to write instead")
        return nil
      }
      guard let kind = string("kind") ?? defaultKind else {
        fail(
          node.offset, "the style entry for \"\(text)\" needs \"kind\"", fix: "for example \"quotes\" or \"address\"")
        return nil
      }
      var rule = Rule(text: Array(text.unicodeScalars), write: write, kind: kind, why: string("why"))
      rule.ignoreCase = members.first { $0.key == "ignoreCase" }?.node.value == .bool(true)
      if let severity = members.first(where: { $0.key == "severity" }) {
        switch severity.node.value.stringValue {
        case "error": rule.severity = .error
        case "warning": rule.severity = .warning
        default: fail(severity.node.offset, "\"severity\" must be \"error\" or \"warning\"")
        }
      }
      if let except = members.first(where: { $0.key == "except" })?.node {
        for word in array(except, "\"except\"") {
          guard let s = word.value.stringValue,
            rule.ignoreCase ? s.lowercased().contains(text.lowercased()) : s.contains(text)
          else {
            fail(word.offset, "an exception of \"\(text)\" must be a string that contains it")
            continue
          }
          rule.except.append(Array(s.unicodeScalars))
        }
      }
      return rule
    }
  }
}
