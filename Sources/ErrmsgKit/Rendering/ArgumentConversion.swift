import ErrmsgICU

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension MessageArgument {
  /// The value as ICU takes it.
  var icuValue: ICUArgumentValue {
    switch self {
    case .string(let s): .string(s)
    case .int(let i): .int(Int64(i))
    case .double(let d): .double(d)
    case .date(let date): .date(millisecondsSince1970: date.timeIntervalSince1970 * 1000)
    }
  }

  /// The widest date a server message may give, in seconds either side of
  /// 1970: ±8.64e12 s (±8.64e15 ms, ECMAScript's range, about ±273,790 years).
  /// A timestamp beyond it is not read as a date.
  static let dateLimitSeconds: Int64 = 8_640_000_000_000

  /// A date as whole milliseconds since 1970 (toward zero), as `arguments`
  /// writes it; nil for a date beyond ±8.64e15 ms (a library caller's
  /// `Date(timeIntervalSince1970: 1e300)`), which is written as `null`.
  static func wholeMilliseconds(_ date: Date) -> Int? {
    let ms = (date.timeIntervalSince1970 * 1000).rounded(.towardZero)
    guard ms.magnitude <= Double(dateLimitSeconds) * 1000 else { return nil }  // false for NaN
    return Int(exactly: ms)
  }
}
