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
  /// The product the entry belongs to: `common` for the platform codes every
  /// API can return, otherwise the SDK's product id (`tke`, `cvm`, …).
  public var product: String
  /// The API versions that declare the code (`2018-05-25`); empty for common codes.
  public var versions: [String]
  /// `curated` for codes with texts written for end users, `official` for codes
  /// known from the SDKs' descriptions (their category, retry advice and actor
  /// are their family's).
  public var tier: MessageTier = .curated
  /// The kind of problem.
  public var category: ErrorCategory
  /// Whether retrying can help.
  public var retry: RetryAdvice
  /// Who has to act.
  public var actor: ResponsibleParty
  /// The named arguments the code's texts may use (besides the built-in `code`).
  public var arguments: [Argument]
}
