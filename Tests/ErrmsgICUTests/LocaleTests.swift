import ErrmsgICU
import Testing

extension ICUTests {
  @Suite struct Locales {
    @Test(arguments: [
      ("zh-CN", "zh-CN"),
      ("zh_CN.UTF-8", "zh-CN"),
      ("zh-Hans", "zh-Hans"),
      ("zh-Hans-CN", "zh-Hans-CN"),
      ("zh-hans-cn", "zh-Hans-CN"),
      ("zh-SG", "zh-SG"),
      ("ZH-cn", "zh-CN"),
      ("en", "en"),
      ("en-GB", "en-GB"),
      ("en_US@euro", "en-US"),
      ("en_US.UTF-8@euro", "en-US"),
      ("zh_TW.Big5", "zh-TW"),
      ("zh_Hant_HK", "zh-Hant-HK"),
    ])
    func canonicalTag(input: String, expected: String) {
      #expect(ICULocale.canonicalTag(input) == expected)
    }

    @Test(arguments: ["C", "POSIX", "", "C.UTF-8", "garbage", "!!", "12", "zh CN", "-", "und", "x-private"])
    func notALocale(input: String) {
      #expect(ICULocale.canonicalTag(input) == nil)
    }

    @Test(arguments: [
      ("zh-TW", "zh-Hant-TW"),
      ("zh-HK", "zh-Hant-HK"),
      ("zh-MO", "zh-Hant-MO"),
      ("zh-Hant", "zh-Hant-TW"),
      ("zh", "zh-Hans-CN"),
      ("zh-SG", "zh-Hans-SG"),
      ("en-GB", "en-Latn-GB"),
      ("en", "en-Latn-US"),
      ("zh_TW.UTF-8", "zh-Hant-TW"),
    ])
    func maximized(input: String, expected: String) {
      #expect(ICULocale.maximized(input) == expected)
    }

    @Test func maximizedRejectsGarbage() {
      #expect(ICULocale.maximized("C") == nil)
      #expect(ICULocale.maximized("") == nil)
    }

    @Test func parts() {
      #expect(ICULocale.parts("zh-Hans-CN") == ("zh", "Hans", "CN"))
      #expect(ICULocale.parts("zh-TW") == ("zh", "", "TW"))
      #expect(ICULocale.parts("en") == ("en", "", ""))
      #expect(ICULocale.parts("zh_CN.UTF-8") == ("zh", "", "CN"))
      #expect(ICULocale.parts("C") == ("", "", ""))
    }
  }
}
