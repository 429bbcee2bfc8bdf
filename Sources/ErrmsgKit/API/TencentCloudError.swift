#if canImport(FoundationEssentials)
  public import FoundationEssentials
#else
  public import Foundation
#endif

/// An error returned by a Tencent Cloud API, ready to throw and show as is.
///
/// It conforms to Foundation's `LocalizedError`, so any code that shows
/// `error.localizedDescription` shows the localized message:
///
/// ```swift
/// throw TencentCloudError(code: "AuthFailure.SignatureExpire",
///                         serverMessage: "Signature expired…", requestId: "ed93…")
/// ```
public struct TencentCloudError: Error, LocalizedError, Sendable, Hashable {
  /// The code the server sent.
  public var code: ErrorCode
  /// The product whose API answered (`tke`, `cvm`, …), when known; nil looks the code up in every product.
  public var product: String?
  /// The server's own message (terse, one language); shown only as a reason of last resort.
  public var serverMessage: String?
  /// The request ID, which support asks for.
  public var requestId: String?
  /// The locale to explain the error in (a BCP 47 tag, POSIX locale or Accept-Language list).
  public var locale: String

  /// Creates the error; `locale` defaults to the process's current locale.
  public init(
    code: ErrorCode, product: String? = nil, serverMessage: String? = nil, requestId: String? = nil,
    locale: String = Locale.current.identifier
  ) {
    self.code = code
    self.product = product
    self.serverMessage = serverMessage
    self.requestId = requestId
    self.locale = locale
  }

  /// The error explained by the embedded catalog.
  public var localized: LocalizedMessage {
    MessageCatalog.embedded.localized(self, locale: locale)
  }

  /// What happened.
  public var errorDescription: String? { localized.message }

  /// Why: the detail sentence built from the server's values, when there is one.
  public var failureReason: String? { localized.detail }

  /// What the user can do next.
  public var recoverySuggestion: String? { localized.hint }
}
