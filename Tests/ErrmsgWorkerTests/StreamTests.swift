import ErrmsgKit
import ErrmsgWorker
import Foundation
import Testing

/// Framing: line breaks, blank lines, limits, bad bytes, reads that split lines, and threads.
@Suite struct StreamTests {
  typealias H = WorkerHarness

  static let good =
    #"{"id":1,"locale":"en-US","envelope":{"Response":{"Error":{"Code":"InternalError","Message":"m"},"RequestId":"r"}}}"#

  static func good(_ id: Int) -> String {
    good.replacingOccurrences(of: #""id":1"#, with: #""id":\#(id)"#)
  }

  @Test(arguments: [1, 3, 7, 64, Int.max])
  func invalidJSONLineThenTheNextIsFine(pieceSize: Int) throws {
    let input =
      Self.good(1) + "\n{\"id\":2,\"envelope\":\n" + "{'single':'quotes'}\n" + Self.good(4) + "\n"
    let replies = H.replies(input, pieceSize: pieceSize)
    try #require(replies.count == 4)
    #expect(H.result(replies[0]) != nil)
    #expect(H.error(replies[1])?.kind == "invalid_json")
    #expect(H.rawId(replies[1]) == "null")
    #expect(H.error(replies[1])?.message.contains("column") == true)
    #expect(H.error(replies[2])?.kind == "invalid_json")
    #expect(H.rawId(replies[3]) == "4")
    #expect(H.result(replies[3]) != nil)
  }

  @Test(arguments: [1, 5, 100, 4096, Int.max])
  func lineOverTheLimitThenTheNextIsFine(pieceSize: Int) throws {
    let limit = 200
    let options = WorkerOptions(maxLineBytes: limit, blockSize: 64)
    let long =
      #"{"id":2,"envelope":{"Response":{"Error":{"Code":"InternalError","Message":""#
      + String(repeating: "x", count: 5000) + #""}}}}"#
    let exactly = String(repeating: " ", count: limit - 1) + "7"
    let input =
      Self.good(1) + "\n" + long + "\n" + Self.good(3) + "\n" + exactly + "\n" + long + "\n"
    let replies = H.replies(input, options: options, pieceSize: pieceSize)
    try #require(replies.count == 5, "\(replies)")
    #expect(H.rawId(replies[0]) == "1")
    #expect(H.error(replies[1])?.kind == "line_too_long")
    #expect(H.rawId(replies[1]) == "null")
    #expect(H.rawId(replies[2]) == "3")
    #expect(H.result(replies[2]) != nil)
    #expect(H.error(replies[3])?.kind == "not_an_envelope")
    #expect(H.error(replies[4])?.kind == "line_too_long")
  }

  @Test func overlongLineIsNeverHeldWhole() throws {
    // 8 MiB without a line break, through a 1 KiB limit: one reply, then the next line.
    let options = WorkerOptions(maxLineBytes: 1024, blockSize: 4096)
    var input = [UInt8](repeating: UInt8(ascii: "a"), count: 8 << 20)
    input += Array(("\n" + Self.good(2) + "\n").utf8)
    let replies = H.lines(Worker(options: options).replies(to: input, pieceSize: 4096))
    try #require(replies.count == 2)
    #expect(H.error(replies[0])?.kind == "line_too_long")
    #expect(H.rawId(replies[1]) == "2")
  }

  @Test func invalidUTF8GetsAnErrorReplyAndNoRawBytes() throws {
    var input = Array(
      #"{"id":"\#u{E9}t\#u{E9}","envelope":{"Response":{"Error":{"Code":"InternalError","Message":"ab"#
        .utf8)
    input += [0xC3, 0x28, 0xFF]
    input += Array(#""}}}}"#.utf8) + [0x0A]
    input += [0xFE, 0xFF, 0x0A]
    input += Array((Self.good(3) + "\n").utf8)
    let out = Worker(options: WorkerOptions()).replies(to: input)
    #expect(String(validating: out, as: UTF8.self) != nil)
    let replies = H.lines(out)
    try #require(replies.count == 3)
    #expect(H.error(replies[0])?.kind == "invalid_utf8")
    #expect(H.rawId(replies[0]) == "null")
    #expect(H.error(replies[1])?.kind == "invalid_utf8")
    #expect(H.rawId(replies[2]) == "3")
  }

  @Test func blankLinesAreSkippedAndCRLFIsFine() throws {
    let input = "\n   \n\t\r\n" + Self.good(1) + "\r\n\n\n" + Self.good(2) + "\n \n"
    let replies = H.replies(input)
    try #require(replies.count == 2)
    #expect(H.rawId(replies[0]) == "1")
    #expect(H.rawId(replies[1]) == "2")
  }

  @Test(arguments: [1, 2, 9, Int.max])
  func finalLineWithoutLineBreakCounts(pieceSize: Int) throws {
    let replies = H.replies(Self.good(1) + "\n" + Self.good(2), pieceSize: pieceSize)
    try #require(replies.count == 2)
    #expect(H.rawId(replies[1]) == "2")
    #expect(H.replies("").isEmpty)
    #expect(H.replies("\n\n").isEmpty)
    #expect(H.error(H.replies("{")[0])?.kind == "invalid_json")
  }

  @Test func repliesAreWrittenAfterEveryRead() throws {
    // Each read holds whole lines: each gets its own write (a waiting client is answered at once).
    let lines = (0..<5).map { Self.good($0) + "\n" }
    let pieceSize = lines[0].utf8.count
    var input = MemoryInput(Array(lines.joined().utf8), pieceSize: pieceSize)
    var output = MemoryOutput()
    #expect(Worker(options: WorkerOptions()).run(input: &input, output: &output) == .endOfInput)
    #expect(output.writes.count == 5)
  }

  @Test func closedOutputStopsTheWorker() throws {
    struct Closed: WorkerOutput {
      var calls = 0
      mutating func write(_ bytes: [UInt8]) -> Bool {
        calls += 1
        return false
      }
    }
    var input = MemoryInput(
      Array(String(repeating: Self.good(1) + "\n", count: 1000).utf8), pieceSize: 4096)
    var output = Closed()
    #expect(Worker(options: WorkerOptions()).run(input: &input, output: &output) == .outputClosed)
    #expect(output.calls == 1)
  }

  @Test(arguments: [2, 3, 4])
  func threadsGiveTheSameBytes(jobs: Int) throws {
    let input = Array(TestStream.lines(count: 3000).utf8)
    let one = Worker(options: WorkerOptions(blockSize: 16 << 10)).replies(to: input)
    let many = Worker(options: WorkerOptions(jobs: jobs, blockSize: 16 << 10, parallelThreshold: 0))
      .replies(to: input)
    #expect(one == many)
    #expect(H.lines(one).count == 3000 - TestStream.blankCount(in: 3000))
  }

  @Test func fastPathWritesWhatThePrecisePathWrites() throws {
    let input = Array(TestStream.lines(count: 4000).utf8)
    let fast = Worker(options: WorkerOptions(defaultLocale: "zh-CN")).replies(
      to: input, pieceSize: 5000)
    let precise = Worker(options: WorkerOptions(defaultLocale: "zh-CN", fastPath: false)).replies(
      to: input)
    let a = H.lines(fast)
    let b = H.lines(precise)
    try #require(a.count == b.count)
    for (x, y) in zip(a, b) where x != y {
      Issue.record("fast: \(x)\nprecise: \(y)")
      break
    }
  }

  @Test func generatedBenchmarkStreamFastEqualsPrecise() throws {
    guard let stream = TestStream.benchmarkStream(count: 20000) else { return }
    let fast = Worker(options: WorkerOptions()).replies(to: stream)
    let precise = Worker(options: WorkerOptions(fastPath: false)).replies(to: stream)
    #expect(fast == precise)
    let lines = H.lines(fast)
    #expect(lines.count == 20000)
    #expect(lines.allSatisfy { H.object($0) != nil })
  }

  /// Over the whole catalog most keys come once: those lines are rendered
  /// whole, the keys that come back get templates; either way the bytes are
  /// the precise path's, on one thread or two.
  @Test func productsStreamFastEqualsPrecise() throws {
    guard let stream = TestStream.productsStream(count: 6000) else { return }
    let precise = Worker(options: WorkerOptions(fastPath: false)).replies(to: stream)
    let fast = Worker(options: WorkerOptions()).replies(to: stream)
    let two = Worker(options: WorkerOptions(jobs: 2, blockSize: 32 << 10, parallelThreshold: 0)).replies(to: stream)
    let (a, b, c) = (H.lines(fast), H.lines(precise), H.lines(two))
    try #require(a.count == b.count && a.count == c.count)
    #expect(a.count > 5900)
    for (x, y) in zip(a, b) where x != y {
      Issue.record("fast: \(x)\nprecise: \(y)")
      break
    }
    #expect(fast == two)
  }

  @Test func everyReplyIsJSONWhateverTheInput() throws {
    var generator = SplitMix(seed: 42)
    var input: [UInt8] = []
    var nonBlank = 0
    let pieces: [[UInt8]] = [
      Array(Self.good.utf8), Array(#"{"id":{"a":"#.utf8), [0xFF, 0xC0, 0x80], Array("\"\\u12".utf8),
      [0x00, 0x01, 0x1F],
      Array(#""\u0000""#.utf8), Array("{}[]:,".utf8), Array("中文".utf8),
      Array(#"{"Response":{"Error":{"Code":"A.B"}}}"#.utf8),
    ]
    for _ in 0..<3000 {
      var line: [UInt8] = []
      for _ in 0..<(generator.next() % 4) {
        var piece = pieces[Int(generator.next() % UInt64(pieces.count))]
        if generator.next() % 3 == 0, !piece.isEmpty {
          piece = Array(piece.prefix(Int(generator.next() % UInt64(piece.count))))
        }
        line += piece
      }
      line.removeAll { $0 == 0x0A }
      if line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) { nonBlank += 1 }
      input += line + [0x0A]
    }
    let out = Worker(options: WorkerOptions()).replies(to: input)
    #expect(String(validating: out, as: UTF8.self) != nil)
    let lines = H.lines(out)
    #expect(lines.count == nonBlank)
    for line in lines where H.object(line) == nil {
      Issue.record("not JSON: \(line)")
      break
    }
  }

  @Test func redactionPrecheckNeverMissesASecret() throws {
    var generator = SplitMix(seed: 7)
    let parts = [
      "AKID", "AKIDz8krbsJ5yKBZ", "Token", "token", "X-TC-Token", "secret_key", "SecretKey",
      "Signature",
      "authorization", "Password", "Credential", "SessionToken", "=", ":", " ", "\"", "'", "abc",
      "-", "_", "&",
      "中", "a1", ",",
    ]
    for _ in 0..<20000 {
      var text = ""
      for _ in 0..<(1 + generator.next() % 6) {
        text += parts[Int(generator.next() % UInt64(parts.count))]
      }
      let may = Redactor.mayRedact(Array(text.utf8).span)
      if !may { #expect(Redactor.redact(text) == text, "\(text)") }
    }
  }
}

/// A small deterministic random number generator for the tests.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

extension StreamTests {
  /// Found by a review of session 4: the fast path copied request IDs the
  /// readers clean (`null`, placeholders, Go's `%!d(string=…)`) and answered
  /// the SDKs' client-side codes without their `sdk` product. Each line twice
  /// (a first sighting, then a key that came back), with and without a product.
  @Test func cleanedRequestIdsAndClientSideCodesAsThePrecisePathWrites() throws {
    var lines: [String] = []
    for id in ["null", "None", "%!d(string=abc-123)", "", "xxxxxxxx-xxxx-xxxx", "undefined", "ok-1234567890"] {
      for _ in 0..<2 {
        lines.append(#"{"Response":{"Error":{"Code":"AuthFailure","Message":"m"},"RequestId":"\#(id)"}}"#)
      }
    }
    for code in ["ClientNetworkError", "ClientError.NetworkError", "InvalidCredential"] {
      for product in ["", #","product":"cvm""#] {
        for _ in 0..<2 {
          lines.append(
            #"{"id":1\#(product),"envelope":{"Response":{"Error":{"Code":"\#(code)","Message":"m"},"RequestId":"r-1234567890"}}}"#
          )
        }
      }
    }
    let input = Array((lines.joined(separator: "\n") + "\n").utf8)
    let fast = H.lines(Worker(options: WorkerOptions()).replies(to: input))
    let precise = H.lines(Worker(options: WorkerOptions(fastPath: false)).replies(to: input))
    try #require(fast.count == lines.count && precise.count == lines.count)
    for (k, (x, y)) in zip(fast, precise).enumerated() {
      #expect(x == y, "line \(k + 1): \(lines[k])")
    }
    #expect(precise[0].contains(#""requestId":null"#))
    #expect(precise[lines.count - 1].contains(#""product":"sdk""#))
  }
}
