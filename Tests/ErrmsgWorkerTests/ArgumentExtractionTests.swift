import ErrmsgKit
import ErrmsgModel
import ErrmsgWorker
import Foundation
import Testing

/// The byte-level extraction the worker uses (capture ranges, values typed
/// from bytes) reads what ``ExtractionTemplate/match(_:)``'s captured texts
/// typed as the catalog types them give, for every template.
@Suite struct ArgumentExtractionTests {
  /// Messages made of the templates' own pieces, values, spaces and line breaks.
  static func messages(for rules: ExtractionRules, count: Int, seed: UInt64) -> [String] {
    var rng = SplitMix(seed: seed)
    var pieces: [String] = [
      "0", "7", "42", "-3", "1,234", "12,34,", "3.5", "1700000000", "99999999999999999999", "abc",
      "ins-1a2b",
      "v1.2.", "x/y:z", " ", "  ", "\n", "\t", "`", "[", "]", "(", ")", ",", ".", "中文",
      "10.0.0.0/16", "cls-9",
      "=", "ap-guangzhou", "2017-03-12",
    ]
    for template in rules.templates {
      // The template's text with its placeholders left out, and cut at spaces.
      var literal = ""
      for segment in template.segments {
        if case .literal(let bytes) = segment { literal += String(decoding: bytes, as: UTF8.self) }
      }
      pieces.append(literal)
      pieces += literal.split(separator: " ").map(String.init)
      pieces.append(template.source)
    }
    var out: [String] = []
    for template in rules.templates {
      // Whole templates with values in the placeholders, and damaged copies.
      for _ in 0..<count {
        var text = ""
        for segment in template.segments {
          switch segment {
          case .literal(let bytes):
            var s = String(decoding: bytes, as: UTF8.self)
            if rng.next() % 9 == 0 {
              s = s.replacingOccurrences(of: " ", with: rng.next() % 2 == 0 ? "\n" : "   ")
            }
            if rng.next() % 13 == 0, !s.isEmpty { s.removeLast() }
            text += s
          case .capture:
            text += pieces[Int(rng.next() % UInt64(pieces.count))]
            if rng.next() % 4 == 0 { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
          }
        }
        if rng.next() % 3 == 0 { text = pieces[Int(rng.next() % UInt64(pieces.count))] + text }
        if rng.next() % 3 == 0 { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
        out.append(text)
      }
    }
    for _ in 0..<count {
      var text = ""
      for _ in 0..<(rng.next() % 8) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
      out.append(text)
    }
    return out
  }

  /// The reference: the captured texts of each template, typed as `Int(_:)`,
  /// `Double(_:)` and `Int64(_:)` read them; the first template to capture a name wins.
  static func reference(_ rules: ExtractionRules, _ message: String) -> [String: MessageArgument] {
    var out: [String: MessageArgument] = [:]
    for template in rules.templates {
      guard let captures = template.match(Array(message.utf8)) else { continue }
      for (name, text) in captures where out[name] == nil {
        guard
          case .capture(_, let type)? = template.segments.first(where: {
            if case .capture(name, _) = $0 { true } else { false }
          })
        else { continue }
        let value: MessageArgument? =
          switch type {
          case .string: .string(text)
          case .int: Int(text).map(MessageArgument.int)
          case .double: Double(text).map(MessageArgument.double)
          case .date: Int64(text).map { .date(Date(timeIntervalSince1970: Double($0))) }
          }
        if let value { out[name] = value }
      }
    }
    return out
  }

  @Test func bytePathMatchesTheTextPathForEveryTemplate() throws {
    let catalog = MessageCatalog.embedded
    var checked = 0
    var withValues = 0
    for info in catalog.codes {
      guard let rules = catalog.extractionRules(code: info.code.rawValue) else { continue }
      let all = Array(rules.templates.indices)
      for message in Self.messages(for: rules, count: 300, seed: UInt64(checked + 1)) {
        let expected = Self.reference(rules, message)
        let found = rules.extract(Array(message.utf8).span, only: all)
        let got = Dictionary(found.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(got == expected, "\(info.code.rawValue): \(message.debugDescription)")
        #expect(found.count == got.count)
        #expect(rules.extract(from: message) == expected)
        if !expected.isEmpty { withValues += 1 }
        checked += 1
      }
    }
    #expect(checked > 1000)
    #expect(withValues > checked / 10)
  }
}
