import Testing

@testable import ErrmsgModel

/// The index `errmsg-embed` writes beside each embedded file: one entry is read without the rest.
@Suite struct MemberIndexTests {
  let text = """
    {
      "locale": "xx",
      "ui": {"hint": "Hint"},
      "messages": {
        "B.Second": {"message": "two", "hint": "2"},
        "A.First": {"message": "one \\"quoted\\"", "hint": "1"},
        "B.Second": {"message": "again", "hint": "twice"},
        "C": {"message": "three"}
      }
    }
    """

  func indexed() throws -> (SourceFile, MemberIndex) {
    let file = SourceFile(name: "Locales/xx/common.json", bytes: Array(text.utf8))
    return (file, MemberIndex(document: try JSONParser.parse(file.bytes), entriesKey: "messages"))
  }

  @Test func anEntryIsReadAloneWithTheFilesOffsets() throws {
    let (file, index) = try indexed()
    let at = try #require(index.entry("A.First"))
    let member = try file.member("A.First", at: at).get()
    var diagnostics: [Diagnostic] = []
    let record = try #require(
      LocaleDocument.readEntry(code: "A.First", member: member, in: file, diagnostics: &diagnostics))
    #expect(record.message?.pattern == "one \"quoted\"")
    #expect(diagnostics.isEmpty)
    // The same offsets as a whole read: positions in diagnostics do not change.
    let whole = try #require(LocaleDocument.read(file).0)
    let same = try #require(whole.messages.first { $0.code == "A.First" })
    #expect(record.offset == same.offset)
    #expect(record.message == same.message)
    #expect(record.hint == same.hint)
  }

  @Test func aCodeWrittenTwiceKeepsItsFirstEntryAsTheReadersDo() throws {
    let (file, index) = try indexed()
    let member = try file.member("B.Second", at: try #require(index.entry("B.Second"))).get()
    #expect(member.node.value["message"]?.value.stringValue == "two")
  }

  @Test func entriesInFileOrderAndTopLevelMembersApart() throws {
    let (file, index) = try indexed()
    #expect(index.entryCodes == ["B.Second", "A.First", "C"])
    #expect(index.entry("Missing") == nil)
    #expect(index.entry("!ui") == nil)  // a top-level member is not an entry
    let ui = try file.member("ui", at: try #require(index.topLevel("ui"))).get()
    #expect(ui.node.value["hint"]?.value.stringValue == "Hint")
    #expect(index.topLevel("unknown") == nil)
  }

  @Test func aDamagedFileGivesASyntaxErrorAtItsOwnOffset() throws {
    let (_, index) = try indexed()
    // The file changed under the index (bytes cut short): an error, not a trap.
    let cut = SourceFile(name: "x.json", bytes: Array(text.utf8.prefix(60)))
    let at = try #require(index.entry("C"))
    guard case .failure(let error) = cut.member("C", at: at) else {
      Issue.record("a value past the end was read")
      return
    }
    #expect(error.offset == 60)
  }
}
