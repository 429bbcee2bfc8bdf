import ErrmsgKit
import Testing

/// Ordinary log lines (service logs, stack traces, HTTP access logs) are not
/// Tencent Cloud errors: none may be recognized, one by one or all together.
@Suite struct OrdinaryLogTests {
  static func recognized(_ text: String) -> Bool {
    if case .success(let r) = ErrorInputReader.read(Array(text.utf8)),
      r.items.contains(where: { if case .error = $0 { true } else { false } })
    {
      return true
    }
    return false
  }

  @Test func noLineIsAnError() {
    let lines = OrdinaryLogCorpus.lines
    let falsePositives = lines.filter(Self.recognized)
    print("false recognitions on ordinary log lines: \(falsePositives.count)/\(lines.count)")
    #expect(falsePositives.isEmpty, "\(falsePositives)")
    #expect(lines.count >= 100)
  }

  /// The known limit: a catalogued code followed by `: text` reads as an error
  /// wherever it stands, even in prose; the shape is the same as a log line's.
  @Test func aCodeAndColonInProseStillReadsAsAnError() {
    #expect(Self.recognized("git commit -m \"InvalidParameter: tidy up\""))
  }

  @Test func theWholeLogIsNoError() {
    #expect(!Self.recognized(OrdinaryLogCorpus.lines.joined(separator: "\n")))
  }
}
