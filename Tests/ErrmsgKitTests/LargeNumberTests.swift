import ErrmsgKit
import Foundation
import Testing

/// F2: no number from a server message or a caller traps; out-of-range dates are left out.
@Suite struct LargeNumberTests {
  static func expired(_ timestamp: String, _ server: String = "1") -> TencentCloudError {
    TencentCloudError(
      code: "AuthFailure.SignatureExpire",
      serverMessage: "Signature expired. Timestamp: \(timestamp), Server current timestamp \(server)")
  }

  @Test(arguments: [
    "9223372036854775", "9223372036854775807", "9223372036854775808", "170000090000000900",
    "8640000000001", "99999999999999999999999999",
  ])
  func aTimestampBeyondAnyDateIsNotReadAsOne(timestamp: String) {
    let m = MessageCatalog.embedded.localized(Self.expired(timestamp), locale: "en-US")
    #expect(m.arguments["requestTime"] == nil)
    #expect(m.arguments["serverTime"] == MessageArgument.date(Date(timeIntervalSince1970: 1)))
    #expect(m.detail == nil)
    #expect(m.jsonText.hasSuffix(#""arguments":{"serverTime":1000}}"#))
  }

  @Test func theWidestDateIsStillRead() {
    let m = MessageCatalog.embedded.localized(Self.expired("8640000000000"), locale: "en-US")
    #expect(m.jsonText.hasSuffix(#""arguments":{"requestTime":8640000000000000,"serverTime":1000}}"#))
  }

  @Test func aCallersHugeDateIsWrittenAsNull() {
    for seconds in [1e300, -1e300, Double.infinity, Double.nan, 9.3e15] {
      let m = MessageCatalog.embedded.localized(
        code: "AuthFailure.SignatureExpire", locale: "en-US",
        arguments: [
          "requestTime": .date(Date(timeIntervalSince1970: seconds)),
          "serverTime": .date(Date(timeIntervalSince1970: 1)),
        ])
      #expect(m.jsonText.hasSuffix(#""arguments":{"requestTime":null,"serverTime":1000}}"#), "\(seconds)")
    }
  }
}
