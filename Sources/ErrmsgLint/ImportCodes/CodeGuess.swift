package import ErrmsgModel

/// First guesses for a new code's category and actor, from its spelling.
/// A maintainer reviews them; `retry` always starts as `unknown`.
///
/// Category, by the code's family (its first word) and then by words in the sub-code:
///
/// | family or word | category |
/// |---|---|
/// | `AuthFailure` (`…Signature…`, `…Timestamp…`; `…Unauthorized…`) | authentication (clock-signature; permission) |
/// | `InvalidParameter*`, `MissingParameter`, `UnknownParameter` | parameter |
/// | `LimitExceeded*`, a sub-code with `Quota` | quota |
/// | `RequestLimitExceeded*` | rate-limit |
/// | `ResourceNotFound`, `ResourceInUse`, `ResourceUnavailable`, `ResourceInsufficient`, other `Resource*` | resource-state |
/// | `UnauthorizedOperation`, `OperationDenied` | permission |
/// | `InvalidAction`, `NoSuchVersion`, `UnsupportedRegion`, `UnsupportedProtocol`, `InvalidRegion` | region-version-protocol |
/// | `DryRunOperation` | dry-run |
/// | `FailedOperation`, `UnsupportedOperation` | resource-state (what the catalog uses for the families) |
/// | `InternalError` | internal |
/// | a sub-code of `InternalError`/`FailedOperation` with `Cidr`, `Vpc`, `Subnet`, `Route`, `Network` | network |
/// | … with `Param` | parameter |
/// | anything else | internal |
///
/// Actor, by category: administrator for authentication, permission and
/// quota; support for internal; the caller otherwise.
package enum CodeGuess {
  /// The guessed category.
  package static func category(of code: String) -> ErrorCategory {
    let parts = code.split(separator: ".").map(String.init)
    let family = parts.first ?? code
    let sub = parts.dropFirst().joined(separator: ".")
    switch family {
    case "AuthFailure":
      if sub.contains("Signature") || sub.contains("Timestamp") { return .clockSignature }
      if sub.contains("Unauthorized") { return .permission }
      return .authentication
    case "MissingParameter", "UnknownParameter": return .parameter
    case "RequestLimitExceeded": return .rateLimit
    case "UnauthorizedOperation", "OperationDenied": return .permission
    case "InvalidAction", "NoSuchVersion", "UnsupportedRegion", "UnsupportedProtocol", "InvalidRegion":
      return .regionVersionProtocol
    case "DryRunOperation": return .dryRun
    default: break
    }
    if family.hasPrefix("InvalidParameter") { return .parameter }
    if family.hasPrefix("LimitExceeded") || sub.contains("Quota") { return .quota }
    if family.hasPrefix("Resource") { return .resourceState }
    for word in ["Cidr", "CIDR", "Vpc", "VPC", "Subnet", "Route", "Network"] where sub.contains(word) {
      return .network
    }
    if sub.contains("Param") { return .parameter }
    switch family {
    case "FailedOperation", "UnsupportedOperation": return .resourceState
    default: return .internal
    }
  }

  /// The guessed actor for a category.
  package static func actor(for category: ErrorCategory) -> ResponsibleParty {
    switch category {
    case .authentication, .permission, .quota: .administrator
    case .internal: .support
    case .clockSignature, .parameter, .rateLimit, .resourceState, .network, .regionVersionProtocol, .dryRun, .client:
      .caller
    }
  }
}
