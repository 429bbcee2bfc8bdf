/// What kind of problem an error code reports.
///
/// The raw values are the words used in `Catalog/codes.json`.
public enum ErrorCategory: String, Sendable, Hashable, Codable, CaseIterable {
  /// Keys, tokens, MFA: who the caller is could not be established.
  case authentication
  /// The request signature or its timestamp is wrong or expired.
  case clockSignature = "clock-signature"
  /// The caller is known but not allowed to do this.
  case permission
  /// A request parameter is missing, unknown or has a bad value.
  case parameter
  /// An account or product quota is used up.
  case quota
  /// Too many requests in a short time.
  case rateLimit = "rate-limit"
  /// A resource is missing, busy, unavailable or in the wrong state.
  case resourceState = "resource-state"
  /// Networking: VPCs, routes, CIDR ranges.
  case network
  /// The region, API version, action or protocol is not supported.
  case regionVersionProtocol = "region-version-protocol"
  /// A dry run that would have succeeded.
  case dryRun = "dry-run"
  /// Something went wrong inside Tencent Cloud.
  case `internal`
  /// The SDK's own side: the request never got an answer from Tencent Cloud, or credentials are missing locally.
  case client
}

/// Whether sending the same request again can help.
public enum RetryAdvice: String, Sendable, Hashable, Codable, CaseIterable {
  /// Retrying cannot help.
  case never
  /// Retry once the cause has been fixed.
  case afterFix = "after-fix"
  /// A passing condition: retry with exponential backoff.
  case backoff
  /// Nothing is known either way.
  case unknown
}

/// Who has to act to resolve an error.
public enum ResponsibleParty: String, Sendable, Hashable, Codable, CaseIterable {
  /// The developer or user who made the request.
  case caller
  /// The account administrator (keys, CAM permissions, quotas, MFA).
  case administrator
  /// Tencent Cloud support.
  case support
}

/// The type of a named argument that a code's texts may use.
public enum ArgumentType: String, Sendable, Hashable, Codable, CaseIterable {
  /// Text, inserted as is (never parsed as a pattern).
  case string
  /// A whole number; formatted and pluralized per locale.
  case int
  /// A decimal number.
  case double
  /// A point in time (milliseconds since 1970 through the API; Unix seconds in server messages).
  case date
}

/// Where a translation stands.
public enum TranslationState: String, Sendable, Hashable, Codable, CaseIterable {
  /// Added but not translated yet (the text may be a copy of the source).
  case new
  /// Translated and reviewed.
  case translated
  /// Translated, but the source changed or a reviewer asked for another look.
  case needsReview = "needs-review"
}
