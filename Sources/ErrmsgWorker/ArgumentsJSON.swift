#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
import ErrmsgKit
import ErrmsgModel

/// The `arguments` object of a result, written the way
/// ``ErrmsgKit/LocalizedMessage/writeJSON(into:)`` writes it: names sorted,
/// dates as milliseconds since 1970, non-finite numbers as `null`.
enum ArgumentsJSON {
  static func bytes(_ arguments: [String: MessageArgument]) -> [UInt8] {
    var w = JSONWriter(capacity: 64)
    w.raw("{")
    for (i, (name, value)) in arguments.sorted(by: { $0.key < $1.key }).enumerated() {
      if i > 0 { w.raw(",") }
      w.string(name)
      w.raw(":")
      switch value {
      case .string(let s): w.string(s)
      case .int(let n): w.int(n)
      case .double(let d): w.raw(d.isFinite ? String(d).utf8 : "null".utf8)
      case .date(let date): w.int(Int(date.timeIntervalSince1970 * 1000))
      }
    }
    w.raw("}")
    return w.bytes
  }
}
