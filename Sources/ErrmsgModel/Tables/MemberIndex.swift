/// Where the members of a curated JSON file stand, so that one entry is read
/// without parsing the rest of the file.
///
/// `errmsg-embed` writes one beside each embedded `Catalog/<product>.json` and
/// `Locales/<locale>/<product>.json` (the build has checked those files whole,
/// so what is read later holds no surprises). A lookup then parses only the
/// entries it touches: a program's first message no longer parses every text
/// of the product.
///
/// Lines are `key ⇥ key offset ⇥ value offset` (decimal byte offsets into the
/// file): the file's top-level members under `!name` (`!ui`, `!unknown`), and
/// the members of its table of entries (`codes` or `messages`) under their code.
/// A key written twice keeps its first place, as the readers do.
package struct MemberIndex: Sendable {
  /// The lines, searched in place.
  package let lines: SortedLines

  package init(lines: SortedLines) {
    self.lines = lines
  }

  /// The index of a parsed file whose entries are the members of `entriesKey`.
  package init(document root: JSONNode, entriesKey: String) {
    var out: [String] = []
    var seen: Set<String> = []
    func note(_ key: String, _ member: JSONMember) {
      // Tabs and line feeds cannot be written in a key of the index; such a key is refused by the checks anyway.
      guard !key.utf8.contains(0x09), !key.utf8.contains(0x0A), seen.insert(key).inserted else { return }
      out.append("\(key)\t\(member.keyOffset)\t\(member.node.offset)")
    }
    for member in root.value.members ?? [] {
      note(Self.topLevelPrefix + member.key, member)
      if member.key == entriesKey, let entries = member.node.value.members {
        for entry in entries where !entry.key.hasPrefix(Self.topLevelPrefix) { note(entry.key, entry) }
      }
    }
    self.init(lines: SortedLines(lines: out))
  }

  /// What marks a top-level member's key (codes never start with it).
  package static let topLevelPrefix = "!"

  /// Where the entry for `code` stands, or nil when the file has none.
  package func entry(_ code: String) -> (keyOffset: Int, valueOffset: Int)? {
    guard !code.hasPrefix(Self.topLevelPrefix), let f = lines.fields(forKey: code) else { return nil }
    return Self.offsets(f)
  }

  /// Where a top-level member (`ui`, `unknown`, `machineConverted`) stands, or nil.
  package func topLevel(_ name: String) -> (keyOffset: Int, valueOffset: Int)? {
    lines.fields(forKey: Self.topLevelPrefix + name).flatMap(Self.offsets)
  }

  /// Every entry's code, in file order.
  package var entryCodes: [String] {
    lines.lines(withPrefix: "")
      .compactMap { f -> (String, Int)? in
        guard f.count == 3, !f[0].hasPrefix(Self.topLevelPrefix), let at = Int(f[1]) else { return nil }
        return (String(f[0]), at)
      }
      .sorted { $0.1 < $1.1 }
      .map(\.0)
  }

  private static func offsets(_ f: [Substring]) -> (keyOffset: Int, valueOffset: Int)? {
    guard f.count == 2, let k = Int(f[0]), let v = Int(f[1]) else { return nil }
    return (k, v)
  }
}

extension SourceFile {
  /// Parses the member of this file that an index places at `offsets`, named `key`.
  package func member(
    _ key: String, at offsets: (keyOffset: Int, valueOffset: Int)
  ) -> Result<JSONMember, JSONSyntaxError> {
    do throws(JSONSyntaxError) {
      let node = try JSONParser.parseValue(in: bytes, at: offsets.valueOffset)
      return .success(JSONMember(key: key, keyOffset: offsets.keyOffset, node: node))
    } catch {
      return .failure(error)
    }
  }
}
