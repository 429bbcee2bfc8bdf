/// A Tencent Cloud API error code, such as `AuthFailure.SignatureExpire`.
///
/// Codes are open-world values: Tencent Cloud adds codes all the time, so any
/// string round-trips unchanged. Codes are hierarchical; ``parent`` drops the
/// last dot-separated part (`A.B.C` → `A.B` → `A`), which is how an unknown
/// sub-code finds the entry of its family.
public struct ErrorCode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The code exactly as the API sent it.
  public let rawValue: String

  /// Wraps a code string.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Wraps a code string.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// Wraps a code literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The code without its last part, or nil for a top-level code.
  public var parent: ErrorCode? {
    guard let dot = rawValue.utf8.lastIndex(of: UInt8(ascii: ".")) else { return nil }
    let head = String(rawValue[..<dot])
    return head.isEmpty ? nil : ErrorCode(head)
  }

  /// The first part of the code (`AuthFailure` for `AuthFailure.SignatureExpire`).
  public var family: ErrorCode {
    guard let dot = rawValue.utf8.firstIndex(of: UInt8(ascii: ".")) else { return self }
    return ErrorCode(String(rawValue[..<dot]))
  }

  /// The code itself, then each parent in turn.
  public var lookupChain: [ErrorCode] {
    var chain = [self]
    while let p = chain.last!.parent { chain.append(p) }
    return chain
  }

  /// The code.
  public var description: String { rawValue }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(rawValue)
  }
}
