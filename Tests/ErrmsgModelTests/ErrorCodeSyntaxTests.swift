import ErrmsgModel
import Testing

/// What a catalog accepts as a code: words of letters, digits and `_`, joined by dots.
@Suite struct ErrorCodeSyntaxTests {
  @Test(arguments: [
    "AuthFailure", "AuthFailure.SignatureExpire", "InternalError.CidrInvali", "A.B.C", "LimitExceeded.VPC_Quota",
    "X1.y_2",
  ])
  func valid(_ code: String) { #expect(ErrorCodeSyntax.isValid(code)) }

  @Test(arguments: ["", ".", "A.", ".A", "A..B", "A.B-C", "A B", "集群", "A.B.", "Auth\u{0}Failure"])
  func invalid(_ code: String) { #expect(!ErrorCodeSyntax.isValid(code)) }
}
