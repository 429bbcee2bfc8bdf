/// Reads the members of one JSON object of a Catalog or Locales file, collecting
/// diagnostics (wrong types, unknown or duplicate members) instead of stopping
/// at the first problem.
struct ObjectReader {
  let file: SourceFile
  let members: [JSONMember]
  let offset: Int
  let code: String?
  private(set) var diagnostics: [Diagnostic] = []

  /// Nil (with a diagnostic) when `node` is not an object.
  init?(
    _ node: JSONNode, in file: SourceFile, what: String, code: String? = nil,
    diagnostics: inout [Diagnostic]
  ) {
    guard let members = node.value.members else {
      diagnostics.append(
        file.diagnostic(
          .error, at: node.offset, code: code, kind: "schema",
          "\(what) must be an object, found \(node.value.kindDescription)"))
      return nil
    }
    self.file = file
    self.members = members
    self.offset = node.offset
    self.code = code
    var seen: Set<String> = []
    for member in members where !seen.insert(member.key).inserted {
      diagnostics.append(
        file.diagnostic(
          .error, at: member.keyOffset, code: code, kind: "duplicate",
          "\"\(member.key)\" appears more than once in \(what)",
          fix: "keep one of them; JSON readers silently drop the others"))
    }
  }

  func member(_ key: String) -> JSONMember? {
    members.first { $0.key == key }
  }

  /// A string member; a diagnostic when present with another type, or when required and absent.
  mutating func string(_ key: String, required: Bool, what: String) -> (text: String, offset: Int)? {
    guard let m = member(key) else {
      if required {
        diagnostics.append(
          file.diagnostic(
            .error, at: offset, code: code, kind: "missing-field",
            "\(what) has no \"\(key)\""))
      }
      return nil
    }
    guard case .string(let s) = m.node.value else {
      diagnostics.append(
        file.diagnostic(
          .error, at: m.node.offset, code: code, kind: "schema",
          "\"\(key)\" must be a string, found \(m.node.value.kindDescription)"))
      return nil
    }
    return (s, m.node.offset)
  }

  /// A member whose string value must be one of an enumeration's raw values.
  mutating func enumeration<E: RawRepresentable & CaseIterable>(
    _ key: String, as: E.Type, required: Bool, what: String
  ) -> E? where E.RawValue == String {
    guard let (text, at) = string(key, required: required, what: what) else { return nil }
    if let value = E(rawValue: text) { return value }
    let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
    diagnostics.append(
      file.diagnostic(
        .error, at: at, code: code, kind: "schema",
        "\"\(text)\" is not a valid \(key)", fix: "use one of \(allowed)"))
    return nil
  }

  /// Warns about members this reader does not know (usually typos).
  mutating func warnUnknown(allowed: Set<String>, what: String) {
    for m in members where !allowed.contains(m.key) {
      diagnostics.append(
        file.diagnostic(
          .warning, at: m.keyOffset, code: code, kind: "unknown-field",
          "\(what) has an unknown member \"\(m.key)\"; it is ignored",
          fix: "known members are \(allowed.sorted().joined(separator: ", "))"))
    }
  }
}
