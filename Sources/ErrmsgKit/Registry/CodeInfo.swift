/// What the catalog knows about one error code, independent of any locale.
public struct CodeInfo: Sendable, Hashable {
  /// A named, typed argument the code's texts may use.
  public struct Argument: Sendable, Hashable {
    /// The name used in patterns, such as `limit` in `{limit, number}`.
    public var name: String
    /// The value type.
    public var type: ArgumentType
    /// What the value is, for translators and developers.
    public var description: String
  }

  /// The code, exactly as the API sends it.
  public var code: ErrorCode
  /// Where the code is documented (`common`, `tke`, …) with the official Chinese description there, verbatim.
  public var origins: [String: String]
  /// The kind of problem.
  public var category: ErrorCategory
  /// Whether retrying can help.
  public var retry: RetryAdvice
  /// Who has to act.
  public var actor: ResponsibleParty
  /// The named arguments the code's texts may use (besides the built-in `code`).
  public var arguments: [Argument]
}
