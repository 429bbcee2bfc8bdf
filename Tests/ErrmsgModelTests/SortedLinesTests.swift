import ErrmsgModel
import Foundation
import Testing

/// The sorted tables the official tier and the code index are searched in.
@Suite struct SortedLinesTests {
  @Test func everyKeyIsFoundAndNoOther() {
    // Keys that are prefixes of one another, a key with a tab, codes that differ by one letter.
    let keys = [
      "A", "A.B", "A.B.C", "AB", "InternalError.CidrInvali", "InternalError.CidrInvalid", "tke\tFailedOperation",
      "tke\tFailedOperation.ClusterNotFound", "tkex\tA", "zz",
    ]
    let table = SortedLines(
      lines: keys.reversed().map { $0 + "\tvalue of " + $0.replacingOccurrences(of: "\t", with: "/") })
    #expect(table.count == keys.count)
    for key in keys {
      #expect(
        table.fields(forKey: key)?.map(String.init) == ["value of " + key.replacingOccurrences(of: "\t", with: "/")],
        "\(key)")
    }
    // (A key is looked up with as many fields as the table's keys have: "tke" alone would
    // be the first field of the product lines.)
    for absent in ["", "A.", "A.B.C.D", "InternalError.CidrInval", "tk", "tke\tFailed", "tke\t", "zzz", "0"] {
      #expect(table.fields(forKey: absent) == nil, "\(absent)")
      #expect(!table.contains(key: absent))
    }
  }

  @Test func aProductsLinesByPrefix() {
    let table = SortedLines(lines: ["tke\tB\t2", "cvm\tA\t1", "tke\tA\t1", "tkex\tA\t1", "tk\tZ\t1"])
    #expect(table.lines(withPrefix: "tke\t").map { $0.joined(separator: "|") } == ["tke|A|1", "tke|B|2"])
    #expect(table.lines(withPrefix: "none\t").isEmpty)
    #expect(table.lines(withPrefix: "cvm\t").count == 1)
  }

  @Test func emptyFieldsAreKept() {
    let table = SortedLines(lines: ["cvm\tInvalidZone\t2017-03-12\t\t可用区无效。\t\t\t"])
    #expect(table.fields(forKey: "cvm\tInvalidZone")?.map(String.init) == ["2017-03-12", "", "可用区无效。", "", "", ""])
  }

  @Test func anEmptyTable() {
    let table = SortedLines(text: "")
    #expect(table.fields(forKey: "A") == nil)
    #expect(table.count == 0)
  }
}

extension SortedLinesTests {
  @Test func aLastLineWithoutItsLineFeed() {
    let table = SortedLines(text: "a\t1\nb\t2")
    #expect(table.count == 2)
    #expect(table.fields(forKey: "a")?.map(String.init) == ["1"])
    #expect(table.fields(forKey: "b")?.map(String.init) == ["2"])
    #expect(table.fields(forKey: "c") == nil)
  }

  @Test func startsWrittenBesideTheTextFindTheSameLines() {
    let text = SortedLines(lines: ["cvm\tA\t1", "tke\tB\t2", "tke\tA\t3"]).text
    let table = SortedLines(text: text, starts: SortedLines.startsText(of: text))
    #expect(table.fields(forKey: "tke\tB")?.map(String.init) == ["2"])
    #expect(table.starts.utf8.count == 3 * 8)
  }
}
