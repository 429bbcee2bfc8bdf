package import ErrmsgModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Simplified → Traditional Chinese for texts nobody has translated: OpenCC, then a glossary.
///
/// | target | OpenCC configuration | glossary |
/// |---|---|---|
/// | zh-TW | `s2twp` (Taiwan phrases) | `Locales/glossary/zh-TW.json` |
/// | zh-HK | `s2hk` | `Locales/glossary/zh-HK.json` |
/// | zh-MO | `s2hk` | `Locales/glossary/zh-HK.json` |
///
/// A glossary is an ordered list of replacements applied to OpenCC's output, for the cloud terms the
/// converter gets wrong (`例項` → `執行個體`). Replacements hold no ASCII, and OpenCC only changes Chinese,
/// so ICU syntax (`{count, plural, …}`, `'` quoting) and ASCII words are never touched: a text whose ASCII
/// characters OpenCC changed anyway (a phrase like `U盘`) is converted again piece by piece, between ASCII.
package struct ChineseConversion: Sendable {
  /// One replacement.
  package struct Replacement: Sendable, Equatable {
    package var from: String
    package var to: String
  }

  /// The target locale (`zh-TW`).
  package var target: String
  /// `s2twp`, `s2hk`.
  package var config: String
  /// The glossary's replacements, in order.
  package var replacements: [Replacement]
  /// What a converted file says it was made with: `opencc s2hk + Locales/glossary/zh-HK.json`.
  package var label: String

  /// The targets and their configuration and glossary locale.
  package static let targets: [String: (config: String, glossary: String)] = [
    "zh-TW": ("s2twp", "zh-TW"), "zh-HK": ("s2hk", "zh-HK"), "zh-MO": ("s2hk", "zh-HK"),
  ]

  /// The conversion to `target`, with its glossary read from `<localesDirectory>/glossary/<locale>.json`.
  package static func load(target: String, localesDirectory: String) -> Result<ChineseConversion, Refusal> {
    guard let (config, glossaryLocale) = targets[target] else {
      return .failure(
        Refusal(
          Diagnostic(
            severity: .error, file: target, line: 0, column: 0, kind: "usage",
            message: "cannot convert to \(target): the targets are zh-TW, zh-HK and zh-MO")))
    }
    if OpenCC.executable() == nil { return .failure(OpenCC.missing) }
    let path = (localesDirectory.isEmpty ? "" : localesDirectory + "/") + "glossary/" + glossaryLocale + ".json"
    let file: SourceFile
    switch CatalogFolders.read(path) {
    case .success(let f): file = f
    case .failure(let p): return .failure(Refusal(p.diagnostic))
    }
    // The label names the glossary by its place in a Locales folder, not by the path given: the
    // generated files say the same however the command was run.
    let label = "opencc \(config) + Locales/glossary/\(glossaryLocale).json"
    return readGlossary(file).map {
      ChineseConversion(target: target, config: config, replacements: $0, label: label)
    }
  }

  /// Reads `{"locale": …, "replacements": [{"from": "例項", "to": "執行個體", "why": "…"}, …]}`.
  package static func readGlossary(_ file: SourceFile) -> Result<[Replacement], Refusal> {
    let root: JSONNode
    do {
      root = try JSONParser.parse(file.bytes)
    } catch {
      return .failure(Refusal(file.diagnostic(.error, at: error.offset, kind: "syntax", error.message)))
    }
    guard case .array(let items)? = root.value["replacements"]?.value else {
      return .failure(
        Refusal(file.diagnostic(.error, at: root.offset, kind: "schema", "\"replacements\" is missing or not an array"))
      )
    }
    var out: [Replacement] = []
    for item in items {
      guard let from = item.value["from"]?.value.stringValue, let to = item.value["to"]?.value.stringValue,
        !from.isEmpty, !from.unicodeScalars.contains(where: \.isASCII), !to.unicodeScalars.contains(where: \.isASCII)
      else {
        return .failure(
          Refusal(
            file.diagnostic(
              .error, at: item.offset, kind: "schema",
              "a replacement is {\"from\": …, \"to\": …} with Chinese text only (no ASCII, so ICU syntax is never touched)"
            )))
      }
      out.append(Replacement(from: from, to: to))
    }
    return .success(out)
  }

  /// Converts texts (line breaks allowed); texts without Han characters come back as they are.
  package func convert(_ texts: [String]) -> Result<[String], Refusal> {
    // Whole texts first: phrases need their context.
    var unique: [String: Int] = [:]
    var lines: [String] = []
    for text in texts where needsConversion(text) && unique[text] == nil {
      unique[text] = lines.count
      lines.append(text)
    }
    let encoded = lines.map { $0.contains(where: { $0 == "\u{E000}" || $0 == "\u{E001}" }) ? "" : encode($0) }
    var converted: [String]
    switch OpenCC.convert(lines: encoded, config: config) {
    case .success(let c): converted = c.map(decode)
    case .failure(let r): return .failure(r)
    }
    // Texts whose ASCII changed (or that could not be encoded): piece by piece between ASCII characters.
    var retry: [Int] = []
    for i in lines.indices where encoded[i].isEmpty || asciiSkeleton(converted[i]) != asciiSkeleton(lines[i]) {
      retry.append(i)
    }
    if !retry.isEmpty {
      var runs: [String: Int] = [:]
      var runLines: [String] = []
      for i in retry {
        for run in nonASCIIRuns(lines[i]) where runs[run] == nil {
          runs[run] = runLines.count
          runLines.append(run)
        }
      }
      let convertedRuns: [String]
      switch OpenCC.convert(lines: runLines, config: config) {
      case .success(let c): convertedRuns = c
      case .failure(let r): return .failure(r)
      }
      for i in retry {
        var out = ""
        var run = ""
        for ch in lines[i].unicodeScalars {
          if ch.isASCII {
            if !run.isEmpty { out += convertedRuns[runs[run]!] }
            run = ""
            out.unicodeScalars.append(ch)
          } else {
            run.unicodeScalars.append(ch)
          }
        }
        if !run.isEmpty { out += convertedRuns[runs[run]!] }
        converted[i] = out
      }
    }
    return .success(
      texts.map { text in
        guard let i = unique[text] else { return text }
        return applyGlossary(converted[i])
      })
  }

  /// The glossary's replacements, in order.
  package func applyGlossary(_ text: String) -> String {
    var out = text
    for r in replacements where out.contains(r.from) { out = out.replacing(r.from, with: r.to) }
    return out
  }

  func needsConversion(_ text: String) -> Bool {
    text.unicodeScalars.contains { !$0.isASCII }
  }

  /// Line breaks as private-use characters, so that a text is one line for OpenCC.
  func encode(_ text: String) -> String { Self.swap(text, Self.lineBreaks) }

  func decode(_ text: String) -> String { Self.swap(text, Self.lineBreaks.map { ($0.1, $0.0) }) }

  private static let lineBreaks: [(Unicode.Scalar, Unicode.Scalar)] = [("\n", "\u{E000}"), ("\r", "\u{E001}")]

  private static func swap(_ text: String, _ pairs: [(Unicode.Scalar, Unicode.Scalar)]) -> String {
    var out = String.UnicodeScalarView()
    for ch in text.unicodeScalars { out.append(pairs.first { $0.0 == ch }?.1 ?? ch) }
    return String(out)
  }

  func asciiSkeleton(_ text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.filter(\.isASCII)
  }

  func nonASCIIRuns(_ text: String) -> [String] {
    var runs: [String] = []
    var run = ""
    for ch in text.unicodeScalars {
      if ch.isASCII {
        if !run.isEmpty { runs.append(run) }
        run = ""
      } else {
        run.unicodeScalars.append(ch)
      }
    }
    if !run.isEmpty { runs.append(run) }
    return runs
  }
}
