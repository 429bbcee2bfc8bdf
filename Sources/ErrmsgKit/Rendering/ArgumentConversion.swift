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
}
