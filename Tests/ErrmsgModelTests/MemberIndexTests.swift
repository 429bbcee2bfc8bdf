import Testing

@testable import ErrmsgModel

/// The index `errmsg-embed` writes beside each embedded file: one entry is read without the rest.
@Suite struct MemberIndexTests {
  static let text = """
    {
      "locale": "xx",
      "ui": {"hint": "Hint"},
      "messages": {
        "B.Second": {"message": "two", "hint": "2"},
        "A.First": {"message": "one \\"quoted\\"", "hint": "1"},
        "B.Second": {"message": "again", "hint": "twice"},
        "C": {"message": "three", "hint": 3}
      }
    }
    """
  static let name = "Locales/xx/common.json"

  func indexed(_ text: String = Self.text) throws -> IndexedFile {
    let bytes = Array(text.utf8)
    let index = try MemberIndex(document: try JSONParser.parse(bytes), bytes: bytes, entriesKey: "messages")
    return IndexedFile(name: Self.name, text: text, members: index)
  }

  func entry(_ file: IndexedFile, _ code: String) throws -> (MessageRecord?, [Diagnostic]) {
    let place = try #require(file.members.entry(code))
    return file.read(code, at: place, code: code) { member, source, diagnostics in
      LocaleDocument.readEntry(code: code, member: member, in: source, diagnostics: &diagnostics)
    }
  }

  @Test func anEntryIsReadAloneWithTheFilesOffsets() throws {
    let file = try indexed()
    let (record, diagnostics) = try entry(file, "A.First")
    #expect(diagnostics.isEmpty)
    #expect(record?.message?.pattern == "one \"quoted\"")
    // The same offsets as a whole read: positions in later messages do not change.
    let whole = try #require(LocaleDocument.read(SourceFile(name: Self.name, bytes: Array(Self.text.utf8))).0)
    let same = try #require(whole.messages.first { $0.code == "A.First" })
    #expect(record?.offset == same.offset)
    #expect(record?.message == same.message)
    #expect(record?.hint == same.hint)
  }

  @Test func aCodeWrittenTwiceKeepsItsFirstEntryAsTheReadersDo() throws {
    #expect(try entry(indexed(), "B.Second").0?.message?.pattern == "two")
  }

  @Test func entriesInFileOrderAndTopLevelMembersApart() throws {
    let file = try indexed()
    #expect(file.members.entryCodes == ["B.Second", "A.First", "C"])
    #expect(file.members.entry("Missing") == nil)
    #expect(file.members.entry("!ui") == nil)  // a top-level member is not an entry
    let place = try #require(file.members.topLevel("ui"))
    let (ui, _) = file.read("ui", at: place, code: nil) { member, source, diagnostics in
      LocaleDocument.readUI(member.node, in: source, diagnostics: &diagnostics)
    }
    #expect(ui?["hint"]?.pattern == "Hint")
    #expect(file.members.topLevel("unknown") == nil)
  }

  @Test func aProblemIsReportedAtItsLineInTheWholeFile() throws {
    let (record, diagnostics) = try entry(indexed(), "C")
    #expect(record?.message?.pattern == "three")
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.file == Self.name)
    #expect(diagnostics.first?.line == 8)  // "hint": 3 — a position in the file, not in the entry's own bytes
    #expect(diagnostics.first?.code == "C")
  }

  @Test func offsetsHoldWithABOMCRLFAndChineseBeforeTheEntries() throws {
    let text =
      "\u{FEFF}{\r\n  \"locale\": \"zh-CN\",\r\n  \"ui\": {\"hint\": \"处理建议\"},\r\n  \"messages\": {\r\n"
      + "    \"A\": {\"message\": \"腾讯云内部出错。\", \"hint\": \"请稍后重试。\"},\r\n"
      + "    \"B\": {\"message\": \"第二条\", \"hint\": 2}\r\n  }\r\n}\r\n"
    let file = try indexed(text)
    let whole = try #require(LocaleDocument.read(SourceFile(name: Self.name, bytes: Array(text.utf8))).0)
    let (a, none) = try entry(file, "A")
    #expect(none.isEmpty)
    #expect(a?.message == whole.messages[0].message)
    #expect(a?.hint == whole.messages[0].hint)
    #expect(a?.offset == whole.messages[0].offset)
    let (b, problems) = try entry(file, "B")
    #expect(b?.message?.pattern == "第二条")
    #expect(problems.first?.line == 6)
    #expect(problems.first?.column == 37)  // the `2` of "hint": 2, counted in scalars
  }

  @Test func anIndexThatDoesNotFitTheFileGivesADiagnosticNotATrap() throws {
    let file = try indexed()
    // The same index over a shorter text (a file changed under it).
    let cut = IndexedFile(name: "x.json", text: String(Self.text.prefix(60)), members: file.members)
    let (record, diagnostics) = try entry(cut, "C")
    #expect(record == nil)
    #expect(diagnostics.first?.kind == "syntax")
    // A line of the index with a negative or reversed range is no place at all.
    let bad = MemberIndex(lines: SortedLines(lines: ["C\t1\t-5\t3", "D\t1\t9\t3"]))
    #expect(bad.entry("C") == nil)
    #expect(bad.entry("D") == nil)
  }
}
