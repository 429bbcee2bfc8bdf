import ErrmsgKit

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `arguments` object of a result, written the way
/// ``ErrmsgKit/LocalizedMessage/writeJSON(into:)`` writes it: names sorted,
/// dates as milliseconds since 1970, non-finite numbers as `null`.
enum ArgumentsJSON {
  static func write(_ arguments: [String: MessageArgument], into out: ByteBuffer) {
    write(arguments.map { (name: $0.key, value: $0.value) }, into: out)
  }

  /// The same, with the arguments as a list of distinct names.
  static func write(_ arguments: [(name: String, value: MessageArgument)], into out: ByteBuffer) {
    let isSorted = zip(arguments, arguments.dropFirst()).allSatisfy { $0.name < $1.name }
    let ordered = isSorted ? arguments : arguments.sorted(by: { $0.name < $1.name })
    out.append(UInt8(ascii: "{"))
    for (i, (name, value)) in ordered.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      JSONString.append(name, to: out)
      out.append(UInt8(ascii: ":"))
      switch value {
      case .string(let s): JSONString.append(s, to: out)
      case .int(let n): integer(n, into: out)
      case .double(let d): out.appendUTF8(d.isFinite ? String(d) : "null")
      case .date(let date): integer(Int(date.timeIntervalSince1970 * 1000), into: out)
      }
    }
    out.append(UInt8(ascii: "}"))
  }

  /// An integer in decimal, as `String(n)` spells it.
  private static func integer(_ n: Int, into out: ByteBuffer) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
      var magnitude = n.magnitude
      var i = digits.count
      repeat {
        i -= 1
        digits[i] = UInt8(truncatingIfNeeded: 0x30 + magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      if n < 0 {
        i -= 1
        digits[i] = UInt8(ascii: "-")
      }
      out.append(digits.baseAddress! + i, count: digits.count - i)
    }
  }

  static func bytes(_ arguments: [String: MessageArgument]) -> [UInt8] {
    let out = ByteBuffer(capacity: 64)
    write(arguments, into: out)
    return out.bytes
  }
}
