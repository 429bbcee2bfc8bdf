import ErrmsgModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Turns a server message into typed arguments with the code's extraction templates.
enum ArgumentExtractor {
  /// Every value the templates find; the first template to capture a name wins.
  static func extract(
    from message: String, using templates: [ExtractionTemplate], declarations: [ArgumentDeclaration]
  ) -> [String: MessageArgument] {
    let bytes = Array(message.utf8)
    var out: [String: MessageArgument] = [:]
    for template in templates {
      guard let captures = template.match(bytes) else { continue }
      for (name, text) in captures where out[name] == nil {
        guard let type = declarations.first(where: { $0.name == name })?.type,
          let value = typed(text, as: type)
        else { continue }
        out[name] = value
      }
    }
    return out
  }

  /// Converts a captured text to its declared type; nil when it does not fit.
  static func typed(_ text: String, as type: ArgumentType) -> MessageArgument? {
    switch type {
    case .string: return .string(text)
    case .int: return Int(text).map(MessageArgument.int)
    case .double: return Double(text).map(MessageArgument.double)
    case .date:
      guard let seconds = Int64(text) else { return nil }
      return .date(Date(timeIntervalSince1970: Double(seconds)))
    }
  }
}
