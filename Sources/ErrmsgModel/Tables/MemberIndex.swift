/// Where the members of a curated JSON file stand, so that one entry is read
/// without parsing the rest of the file.
///
/// `errmsg-embed` writes one beside each embedded `Catalog/<product>.json` and
/// `Locales/<locale>/<product>.json` (the build has checked those files whole,
/// so what is read later holds no surprises). A lookup then parses only the
/// entries it touches (``IndexedFile``): a program's first message no longer
/// parses every text of the product.
///
/// Lines are `key ⇥ key offset ⇥ value start ⇥ value end` (decimal byte
/// offsets into the file): the file's top-level members under `!name` (`!ui`,
/// `!unknown`), and the members of its table of entries (`codes` or
/// `messages`) under their code. A key written twice keeps its first place, as
/// the readers do.
package struct MemberIndex: Sendable {
  /// Where one member stands.
  package struct Place: Sendable, Equatable {
    /// The offset of the member name's opening quote.
    package var keyOffset: Int
    /// The bytes of the value.
    package var value: Range<Int>
  }

  /// The lines, searched in place.
  package let lines: SortedLines

  package init(lines: SortedLines) {
    self.lines = lines
  }

  /// The index of a file (its bytes and their parse) whose entries are the members of `entriesKey`.
  package init(document root: JSONNode, bytes: [UInt8], entriesKey: String) throws(JSONSyntaxError) {
    var out: [String] = []
    var seen: Set<String> = []
    func note(_ key: String, _ member: JSONMember) throws(JSONSyntaxError) {
      // Tabs and line feeds cannot stand in a key of the index; the checks refuse such keys anyway.
      guard !key.utf8.contains(0x09), !key.utf8.contains(0x0A), seen.insert(key).inserted else { return }
      let end = try JSONParser.parseValue(in: bytes, at: member.node.offset).end
      out.append("\(key)\t\(member.keyOffset)\t\(member.node.offset)\t\(end)")
    }
    var readEntries = false
    for member in root.value.members ?? [] {
      try note(Self.topLevelPrefix + member.key, member)
      // The first table of entries, as the readers take the first member of a name.
      if member.key == entriesKey, !readEntries, let entries = member.node.value.members {
        readEntries = true
        for entry in entries where !entry.key.hasPrefix(Self.topLevelPrefix) { try note(entry.key, entry) }
      }
    }
    self.init(lines: SortedLines(lines: out))
  }

  /// What marks a top-level member's key (codes never start with it).
  package static let topLevelPrefix = "!"

  /// Where the entry for `code` stands, or nil when the file has none.
  package func entry(_ code: String) -> Place? {
    guard !code.hasPrefix(Self.topLevelPrefix), let f = lines.fields(forKey: code) else { return nil }
    return Self.place(f)
  }

  /// Where a top-level member (`ui`, `unknown`, `machineConverted`) stands, or nil.
  package func topLevel(_ name: String) -> Place? {
    lines.fields(forKey: Self.topLevelPrefix + name).flatMap(Self.place)
  }

  /// Every entry's code, in file order.
  package var entryCodes: [String] {
    lines.lines(withPrefix: "")
      .compactMap { f -> (String, Int)? in
        guard f.count == 4, !f[0].hasPrefix(Self.topLevelPrefix), let at = Int(f[1]) else { return nil }
        return (String(f[0]), at)
      }
      .sorted { $0.1 < $1.1 }
      .map(\.0)
  }

  private static func place(_ f: [Substring]) -> Place? {
    guard f.count == 3, let k = Int(f[0]), let start = Int(f[1]), let end = Int(f[2]), 0 <= start, start <= end else {
      return nil
    }
    return Place(keyOffset: k, value: start..<end)
  }
}

/// A file kept as its text with a ``MemberIndex`` (an embedded file): one
/// member at a time is copied out and parsed; the whole file is never copied,
/// except when a member has problems — it is then read again against the whole
/// file, so that every position in a diagnostic is the file's. (The build
/// refuses embedded files with problems, so that path is for an index that
/// does not fit its file.)
package struct IndexedFile: Sendable {
  /// The name used in diagnostics (`Locales/zh-CN/common.json`).
  package let name: String
  /// The file's text.
  package let text: String
  package let members: MemberIndex

  package init(name: String, text: String, members: MemberIndex) {
    self.name = name
    self.text = text
    self.members = members
  }

  /// A file as `errmsg-embed` writes it: its text, and its index's lines and line starts.
  package init(name: String, text: String, members: String, memberStarts: String) {
    self.init(name: name, text: text, members: MemberIndex(lines: SortedLines(text: members, starts: memberStarts)))
  }

  /// Reads the member at `place` named `key` with `read` (handed the member and
  /// the file for diagnostics); nil and the problems when it cannot be used.
  /// `code` names the entry in a syntax error's diagnostic.
  package func read<T>(
    _ key: String, at place: MemberIndex.Place, code: String?,
    _ read: (JSONMember, SourceFile, inout [Diagnostic]) -> T?
  ) -> (T?, [Diagnostic]) {
    let utf8 = text.utf8
    if place.value.upperBound <= utf8.count {
      let start = utf8.index(utf8.startIndex, offsetBy: place.value.lowerBound)
      let end = utf8.index(start, offsetBy: place.value.count)
      let bytes = Array(utf8[start..<end])
      if let node = try? JSONParser.parse(bytes) {
        let member = JSONMember(key: key, keyOffset: place.keyOffset, node: node.shifted(by: place.value.lowerBound))
        var diagnostics: [Diagnostic] = []
        // The member's own bytes stand in for the file while nothing is wrong.
        let made = read(member, SourceFile(name: name, bytes: bytes), &diagnostics)
        if diagnostics.isEmpty { return (made, []) }
      }
    }
    // Something is wrong (the text, or the index does not fit the file): again, against the whole file.
    let whole = SourceFile(name: name, bytes: Array(utf8))
    var diagnostics: [Diagnostic] = []
    do throws(JSONSyntaxError) {
      let node = try JSONParser.parseValue(in: whole.bytes, at: place.value.lowerBound).node
      let made = read(JSONMember(key: key, keyOffset: place.keyOffset, node: node), whole, &diagnostics)
      return (made, diagnostics)
    } catch {
      return (nil, [whole.diagnostic(.error, at: error.offset, code: code, kind: "syntax", error.message)])
    }
  }
}
