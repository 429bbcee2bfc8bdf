import Foundation
import Testing

@testable import ErrmsgWorker

/// The fast path's reader on its own: what it finds, and the lines it leaves to the precise path.
@Suite struct RequestScannerTests {
  static let usual =
    #"{"id":17,"locale":"zh-CN","envelope":{"Response":{"Error":{"Code":"InternalError","Message":"An internal error has occurred. Retry your request."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}}"#

  /// What the scanner found in `line`, as text.
  struct Found: Equatable {
    var id, locale: String?
    var code: String
    var message, requestId: String?
    var messageHasDEL = false
    var requestIdHasDEL = false
  }

  /// Scans `line` placed in a block between `before` and `after` (so ranges and line ends are checked).
  static func scan(_ line: String, before: String = "", after: String = "") -> Found? {
    let block = Array((before + line + after).utf8)
    let start = before.utf8.count
    guard let s = RequestScanner.scan(block, line: start..<(start + line.utf8.count)) else { return nil }
    func text(_ r: Range<Int>?) -> String? { r.map { String(decoding: block[$0], as: UTF8.self) } }
    return Found(
      id: text(s.id), locale: text(s.locale), code: text(s.code)!, message: text(s.message),
      requestId: text(s.requestId), messageHasDEL: s.messageHasDEL, requestIdHasDEL: s.requestIdHasDEL)
  }

  static let usualFound = Found(
    id: "17", locale: "zh-CN", code: "InternalError",
    message: "An internal error has occurred. Retry your request.",
    requestId: "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6")

  @Test func usualLine() {
    #expect(Self.scan(Self.usual) == Self.usualFound)
    #expect(Self.scan(Self.usual, before: "{\"id\":0}\n", after: "\n{") == Self.usualFound)
  }

  @Test(arguments: [
    // Any white space.
    #" { "id" : 17 , "locale" : "zh-CN" , "envelope" : { "Response" : { "Error" : { "Code" : "InternalError" , "Message" : "An internal error has occurred. Retry your request." } , "RequestId" : "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6" } } } "#,
    "{\t\"id\":17,\r \"locale\":\"zh-CN\",\"envelope\":{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"An internal error has occurred. Retry your request.\"},\"RequestId\":\"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6\"}}}\r",
    // Any order, other members.
    #"{"envelope":{"Response":{"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6","Error":{"Message":"An internal error has occurred. Retry your request.","Code":"InternalError"}}},"locale":"zh-CN","id":17}"#,
    #"{"locale":"zh-CN","x":[1,{"Code":"no"}],"id":17,"envelope":{"Other":null,"Response":{"Error":{"Code":"InternalError","Message":"An internal error has occurred. Retry your request.","Detail":{}},"Extra":true,"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}}"#,
  ])
  func sameMembersInAnyOrderAndWhiteSpace(line: String) {
    #expect(Self.scan(line) == Self.usualFound)
  }

  @Test func aBlockIsScannedUpToTheLineBreak() throws {
    let block = Array((Self.usual + " \r\n" + Self.usual + "\n").utf8)
    let (first, end) = try #require(RequestScanner.scan(block, from: 0, limit: block.count))
    #expect(end == Self.usual.utf8.count + 2)
    #expect(block[end] == 0x0A)
    #expect(first.code == RequestScanner.scan(block, line: 0..<end)?.code)
    let (_, secondEnd) = try #require(RequestScanner.scan(block, from: end + 1, limit: block.count))
    #expect(secondEnd == block.count - 1)
    // The last line without its line break ends at the limit.
    #expect(RequestScanner.scan(block, from: end + 1, limit: block.count - 1)?.lineEnd == block.count - 1)
    // A line break is not white space inside a line: the value must end on its line.
    let split = Array("{\"Response\":\n{\"Error\":{\"Code\":\"A\"}}}".utf8)
    #expect(RequestScanner.scan(split, from: 0, limit: split.count) == nil)
    // Nor may anything but white space follow it there.
    let trailing = Array((Self.usual + " x\n").utf8)
    #expect(RequestScanner.scan(trailing, from: 0, limit: trailing.count) == nil)
  }

  @Test func bareEnvelopeAndMissingMembers() {
    #expect(
      Self.scan(#"{"Response":{"Error":{"Code":"A","Message":"m"},"RequestId":"r"}}"#)
        == Found(code: "A", message: "m", requestId: "r"))
    #expect(Self.scan(#"{"Response":{"Error":{"Code":"A"}}}"#) == Found(code: "A"))
    #expect(
      Self.scan(#"{"id":[1,{"a":"\n"}],"envelope":{"Response":{"Error":{"Code":"A"}}}}"#)
        == Found(id: #"[1,{"a":"\n"}]"#, code: "A"))
    #expect(
      Self.scan(#"{"locale":"","envelope":{"Response":{"Error":{"Code":"A","Message":""}}}}"#)
        == Found(locale: "", code: "A", message: ""))
  }

  @Test(arguments: [
    "-0", "1e5", "1E+5", "-12.50E-02", "0", "\"x\"", "true", "false", "null", "{}", "[]",
    String(repeating: "[", count: 63) + String(repeating: "]", count: 63),
  ])
  func anyIdValue(id: String) {
    let line = Self.usual.replacingOccurrences(of: #""id":17"#, with: #""id":\#(id)"#)
    var found = Self.usualFound
    found.id = id
    #expect(Self.scan(line) == found)
  }

  @Test func delIsNoted() {
    for (message, requestId) in [("a\u{7F}", "r"), ("m", "\u{7F}"), ("\u{7F}中文\u{7F}", "x\u{7F}y")] {
      for long in ["", String(repeating: "long text ", count: 5)] {
        let m = long + message + long
        let r = long + requestId
        for line in [
          #"{"Response":{"Error":{"Code":"A","Message":"\#(m)"},"RequestId":"\#(r)"}}"#,
          #"{"Response":{"RequestId":"\#(r)","Error":{"Message":"\#(m)","Code":"A"}}}"#,
        ] {
          let found = Self.scan(line)
          #expect(found?.message == m)
          #expect(found?.messageHasDEL == message.contains("\u{7F}"))
          #expect(found?.requestIdHasDEL == requestId.contains("\u{7F}"))
        }
      }
    }
    #expect(Self.scan(Self.usual)?.messageHasDEL == false)
  }

  @Test(arguments: [
    // Escapes in the strings it extracts, and escaped names.
    #"{"Response":{"Error":{"Code":"A","Message":"a\nb"}}}"#,
    #"{"Response":{"Error":{"Code":"\u0041"}}}"#,
    #"{"Response":{"Error":{"\u0043ode":"A"}}}"#,
    #"{"id":1,"locale":"z\"h","envelope":{"Response":{"Error":{"Code":"A"}}}}"#,
    // Duplicates it cares about.
    #"{"id":1,"id":2,"envelope":{"Response":{"Error":{"Code":"A"}}}}"#,
    #"{"Response":{"Error":{"Code":"A","Code":"B"}}}"#,
    #"{"Response":{"Error":{"Code":"A"},"Error":{"Code":"A"}}}"#,
    #"{"Response":{"Error":{"Code":"A"},"RequestId":"r","RequestId":"r"}}"#,
    // Requests it does not handle, other shapes.
    #"{"id":1,"text":"[TencentCloudSDKError] Code=A, Message=b","envelope":{"Response":{"Error":{"Code":"A"}}}}"#,
    #"{"id":1,"args":{},"envelope":{"Response":{"Error":{"Code":"A"}}}}"#,
    #"{"id":1,"envelope":{"Response":{"Error":{"Code":""}}}}"#,
    #"{"id":1,"envelope":{"Response":{"Error":{}}}}"#,
    #"{"id":1,"envelope":{}}"#,
    #"{"id":1}"#,
    #"{"Response":{"Error":{"Code":1}}}"#,
    #"{"Response":{"Error":{"Code":"A","Message":null}}}"#,
    #"[{"Response":{"Error":{"Code":"A"}}}]"#,
    // Invalid JSON.
    #"{"id":01,"envelope":{"Response":{"Error":{"Code":"A"}}}}"#,
    #"{"id":1.,"envelope":{"Response":{"Error":{"Code":"A"}}}}"#,
    #"{"id":-,"envelope":{"Response":{"Error":{"Code":"A"}}}}"#,
    #"{"id":tru,"envelope":{"Response":{"Error":{"Code":"A"}}}}"#,
    #"{"Response":{"Error":{"Code":"A"}}} x"#,
    #"{"Response":{"Error":{"Code":"A"}}"#,
    #"{"Response":{"Error":{"Code":"A",}}}"#,
    "{\"Response\":{\"Error\":{\"Code\":\"A\tB\"}}}",
    "{\"Response\":{\"Error\":{\"Code\":\"A\"}}}\u{0}",
    // Too deep.
    #"{"id":"# + String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
      + #","envelope":{"Response":{"Error":{"Code":"A"}}}}"#,
  ])
  func leftToThePrecisePath(line: String) {
    #expect(Self.scan(line) == nil)
  }

  @Test func invalidUTF8IsLeftToThePrecisePath() {
    let head = Array(#"{"Response":{"Error":{"Code":"A","Message":""#.utf8)
    let tail = Array(#""}}}"#.utf8)
    for bad: [UInt8] in [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80, 0xAF]] {
      let block = head + bad + tail
      #expect(RequestScanner.scan(block, line: 0..<block.count) == nil)
    }
    let good = head + Array("é中😀".utf8) + tail
    #expect(RequestScanner.scan(good, line: 0..<good.count) != nil)
  }

  @Test func readsNothingPastTheLine() {
    // Cut short, the line is invalid, whatever the block holds after it.
    let line = #"{"Response":{"Error":{"Code":"A","Message":"m"#
    #expect(Self.scan(line, after: #""}}}"#) == nil)
    #expect(Self.scan(#"{"Response":{"Error":{"Code":"A"}}"#, after: "}") == nil)
  }

  @Test func valueEnd() {
    let line = Array(#"{"id":[1,{"a":"\""}] ,"x":-2.5e3}"#.utf8)
    #expect(RequestScanner.valueEnd(in: line, at: 6) == 20)
    #expect(RequestScanner.valueEnd(in: line, at: 26) == 32)
    #expect(RequestScanner.valueEnd(in: line, at: 5) == nil)
  }
}
