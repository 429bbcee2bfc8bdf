/// One text of a Locales file: an ICU MessageFormat pattern and where it stands.
package struct TextRecord: Sendable, Hashable {
  /// The pattern, after JSON unescaping.
  package var pattern: String
  /// Byte offset of the opening quote of the JSON string.
  package var offset: Int

  package init(pattern: String, offset: Int) {
    self.pattern = pattern
    self.offset = offset
  }
}

/// The texts of one code in one locale.
package struct MessageRecord: Sendable {
  /// The code this entry translates.
  package var code: String
  /// Byte offset of the entry's key.
  package var offset: Int
  /// What happened, for an end user.
  package var message: TextRecord?
  /// What the user can do next.
  package var hint: TextRecord?
  /// An optional sentence that uses the code's arguments.
  package var detail: TextRecord?
  /// A note for translators.
  package var note: String?
  /// Where the translation stands.
  package var state: TranslationState
  /// Byte offset of the state value, when written.
  package var stateOffset: Int?

  /// The texts that are present, by field name, in a fixed order.
  package var texts: [(field: String, text: TextRecord)] {
    var out: [(String, TextRecord)] = []
    if let message { out.append(("message", message)) }
    if let hint { out.append(("hint", hint)) }
    if let detail { out.append(("detail", detail)) }
    return out
  }
}

/// A parsed `Locales/<locale>/<product>.json`.
package struct LocaleDocument: Sendable {
  /// The locale the file declares (`zh-CN`).
  package var locale: String
  /// Byte offset of the locale value.
  package var localeOffset: Int
  /// The product the file declares (`tke`); nil when it doesn't say.
  package var product: String?
  /// Byte offset of the product value.
  package var productOffset: Int?
  /// How the file was made when a converter made it (`opencc s2hk + Locales/glossary/zh-HK.json`);
  /// nil for texts people wrote.
  package var machineConverted: String?
  /// Labels used around messages in text output (`hint`, `code`, `requestId`, `noError`, `serverMessage`).
  package var ui: [String: TextRecord]
  /// The message for a code no entry covers; may use `{code}`.
  package var unknown: MessageRecord?
  /// One entry per code, in file order.
  package var messages: [MessageRecord]

  /// The known UI labels.
  package static let uiKeys: [String] = ["hint", "code", "requestId", "noError", "serverMessage", "inferred"]
  /// The fields a message entry may have.
  package static let entryFields: Set<String> = ["message", "hint", "detail", "note", "state"]

  /// Reads a locale file, leaving out (and reporting) entries with problems.
  package static func read(_ file: SourceFile) -> (LocaleDocument?, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let root: JSONNode
    do {
      root = try JSONParser.parse(file.bytes)
    } catch {
      diagnostics.append(file.diagnostic(.error, at: error.offset, kind: "syntax", error.message))
      return (nil, diagnostics)
    }
    guard var top = ObjectReader(root, in: file, what: "the locale file", diagnostics: &diagnostics)
    else { return (nil, diagnostics) }
    top.warnUnknown(
      allowed: ["locale", "product", "machineConverted", "ui", "unknown", "messages"], what: "the locale file")
    guard let (locale, localeOffset) = top.string("locale", required: true, what: "the locale file")
    else { return (nil, diagnostics + top.diagnostics) }
    let product = top.string("product", required: false, what: "the locale file")
    let machineConverted = top.string("machineConverted", required: false, what: "the locale file")?.text

    let ui = top.member("ui").map { readUI($0.node, in: file, diagnostics: &diagnostics) } ?? [:]

    var unknown: MessageRecord?
    if let u = top.member("unknown") {
      unknown = readEntry(code: "*", member: u, in: file, diagnostics: &diagnostics)
    }

    var messages: [MessageRecord] = []
    if let m = top.member("messages"),
      let table = ObjectReader(m.node, in: file, what: "\"messages\"", diagnostics: &diagnostics)
    {
      for member in table.members {
        if let entry = readEntry(code: member.key, member: member, in: file, diagnostics: &diagnostics) {
          messages.append(entry)
        }
      }
      diagnostics += table.diagnostics
    } else if top.member("messages") == nil {
      diagnostics.append(
        file.diagnostic(.error, at: root.offset, kind: "missing-field", "the locale file has no \"messages\""))
    }
    return (
      LocaleDocument(
        locale: locale, localeOffset: localeOffset, product: product?.text, productOffset: product?.offset,
        machineConverted: machineConverted, ui: ui, unknown: unknown, messages: messages),
      top.diagnostics + diagnostics
    )
  }

  /// Reads the `"ui"` labels.
  package static func readUI(
    _ node: JSONNode, in file: SourceFile, diagnostics: inout [Diagnostic]
  ) -> [String: TextRecord] {
    guard var reader = ObjectReader(node, in: file, what: "\"ui\"", diagnostics: &diagnostics) else { return [:] }
    var ui: [String: TextRecord] = [:]
    for key in uiKeys {
      if let (text, at) = reader.string(key, required: false, what: "\"ui\"") {
        ui[key] = TextRecord(pattern: text, offset: at)
      }
    }
    reader.warnUnknown(allowed: Set(uiKeys), what: "\"ui\"")
    diagnostics += reader.diagnostics
    return ui
  }

  /// Reads one entry: a member of `"messages"`, or `"unknown"` (code `*`).
  package static func readEntry(
    code: String, member: JSONMember, in file: SourceFile, diagnostics: inout [Diagnostic]
  ) -> MessageRecord? {
    let label = code == "*" ? nil : code
    guard
      var entry = ObjectReader(
        member.node, in: file, what: "the entry", code: label, diagnostics: &diagnostics)
    else { return nil }
    defer { diagnostics += entry.diagnostics }
    entry.warnUnknown(allowed: entryFields, what: "the entry")
    func text(_ key: String) -> TextRecord? {
      guard let (t, at) = entry.string(key, required: false, what: "the entry") else { return nil }
      return TextRecord(pattern: t, offset: at)
    }
    let message = text("message")
    let hint = text("hint")
    let detail = text("detail")
    let note = entry.string("note", required: false, what: "the entry")?.text
    var state = TranslationState.translated
    var stateOffset: Int?
    if let s = entry.member("state") {
      stateOffset = s.node.offset
      state = entry.enumeration("state", as: TranslationState.self, required: false, what: "the entry") ?? .new
    }
    return MessageRecord(
      code: code, offset: member.keyOffset, message: message, hint: hint, detail: detail, note: note,
      state: state, stateOffset: stateOffset)
  }
}
