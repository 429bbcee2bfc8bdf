import ErrmsgICU
import Testing

extension ICUTests {
  /// ``ICUDateFormat`` formats one date argument as MessageFormat does, also
  /// when it cuts the pattern into a day part (kept per day) and a time part.
  @Suite struct DateFormat {
    /// Instants over decades, both sides of daylight-saving switches, midnights
    /// and the ends of years, and a deterministic scatter of others.
    static let instants: [Double] = {
      var out: [Double] = [0, -1, 86_399_999, 86_400_000, 951_782_400_000, 1_009_843_199_999]
      // Around the 2024 switches in Europe and North America (local and UTC midnights too).
      for base in [1_711_846_800_000.0, 1_729_987_200_000, 1_710_054_000_000, 1_730_613_600_000] {
        for minutes in stride(from: -180.0, through: 180, by: 30) { out.append(base + minutes * 60_000) }
      }
      var x: UInt64 = 0x9E37_79B9_7F4A_7C15
      for _ in 0..<1500 {
        x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        out.append(Double(x >> 24 % 4_000_000_000_000) - 1_000_000_000_000 + Double(x % 1000))
      }
      return out
    }()

    @Test(arguments: [
      ("en-US", "UTC"), ("zh-CN", "Asia/Shanghai"), ("de-DE", "Europe/Berlin"), ("en-US", "America/New_York"),
      ("ja-JP", "Asia/Tokyo"), ("ar-EG", "Africa/Cairo"), ("fr-FR", "Europe/Paris"), ("zh-TW", "Asia/Taipei"),
    ])
    func matchesMessageFormat(locale: String, zone: String) throws {
      for skeleton in ["yMMMdHHmmss", "yMMMd", "HHmmss", "yMMMMEEEEdjmmssz", "yMd"] {
        let own = try ICUDateFormat(skeleton: skeleton, locale: locale, timeZone: zone)
        let reference = try ICUMessageFormat(pattern: "{d, date, ::\(skeleton)}", locale: locale, timeZone: zone)
        for t in Self.instants {
          let expected = try reference.format([(name: "d", value: .date(millisecondsSince1970: t))])
          #expect(try own.format(millisecondsSince1970: t) == expected, "\(locale) \(zone) \(skeleton) \(t)")
        }
      }
    }

    @Test func theUsualPatternsAreCut() throws {
      for locale in ["en-US", "zh-CN"] {
        #expect(try ICUDateFormat(skeleton: "yMMMdHHmmss", locale: locale, timeZone: "UTC").isSplit)
      }
      // Day only, or time only: nothing to cut.
      #expect(try !ICUDateFormat(skeleton: "yMMMd", locale: "en-US", timeZone: "UTC").isSplit)
      #expect(try !ICUDateFormat(skeleton: "HHmmss", locale: "en-US", timeZone: "UTC").isSplit)
    }

    @Test func refusals() {
      #expect(throws: ICUFormatError.self) {
        try ICUDateFormat(skeleton: "yMd", locale: "en", timeZone: "No/Such_Zone")
      }
    }
  }
}
