#if canImport(FoundationEssentials)
  public import FoundationEssentials
#else
  public import Foundation
#endif

/// A value for a named argument of a code's texts.
///
/// Values are data: a string containing `{`, `}`, `'` or `#` appears literally
/// and is never read as pattern syntax.
public enum MessageArgument: Sendable, Hashable {
  /// Text, shown as is.
  case string(String)
  /// A whole number; pluralized and formatted for the locale.
  case int(Int)
  /// A decimal number, formatted for the locale.
  case double(Double)
  /// A point in time, formatted for the locale.
  case date(Date)
}

extension MessageArgument: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral
{
  /// A string argument.
  public init(stringLiteral value: String) { self = .string(value) }
  /// An integer argument.
  public init(integerLiteral value: Int) { self = .int(value) }
  /// A decimal argument.
  public init(floatLiteral value: Double) { self = .double(value) }
}
