import ErrmsgICU
import Testing

extension ICUTests {
  @Suite struct Sharing {
    @Test func concurrentFormattingIsConsistent() async throws {
      let message = try ICUMessageFormat(
        pattern: "{n, plural, one {# file} other {# files}} in {dir} ({size, number, ::compact-short})",
        locale: "en")
      let hansHant = try ICUTransliterator(id: "Hans-Hant")
      let results = await withTaskGroup(of: [String].self) { group in
        for task in 0..<16 {
          group.addTask {
            var seen: [String] = []
            for i in 0..<300 {
              let n = Int64((task * 300 + i) % 5)
              let text =
                (try? message.format(["n": .int(n), "dir": .string("d\(n)"), "size": .int(1_500_000)]))
                ?? "error"
              seen.append(text)
              seen.append(hansHant.transliterate("签名\(n)"))
            }
            return seen
          }
        }
        var all: [String] = []
        for await chunk in group { all += chunk }
        return all
      }
      #expect(results.count == 16 * 300 * 2)
      let expected = Set(
        (0..<5).map { n in n == 1 ? "1 file in d1 (1.5M)" : "\(n) files in d\(n) (1.5M)" }
          + (0..<5).map { "簽名\($0)" })
      #expect(Set(results) == expected)
    }

    @Test func handlesAreReleased() async throws {
      // The count is process-wide; other test targets may create handles meanwhile, so
      // accept the first quiet round.
      var balanced = false
      for _ in 0..<20 where !balanced {
        let baseline = ICUMessageFormat.liveHandleCount
        do {
          var formats: [ICUMessageFormat] = []
          for i in 0..<25 {
            formats.append(try ICUMessageFormat(pattern: "{n, number} #\(i)", locale: "en"))
          }
          let hansHant = try ICUTransliterator(id: "Hans-Hant")
          #expect(ICUMessageFormat.liveHandleCount >= baseline + 26)
          _ = try formats.map { try $0.format(["n": .int(1)]) }
          _ = hansHant.transliterate("简体")
          _ = try ICUPattern.arguments(in: "{a}{b}")
          _ = try? ICUMessageFormat(pattern: "{broken", locale: "en")
          _ = try? ICUTransliterator(id: "No-Such-Thing")
        }
        balanced = ICUMessageFormat.liveHandleCount == baseline
        if !balanced { try await Task.sleep(nanoseconds: 10_000_000) }
      }
      #expect(balanced)
    }
  }
}
