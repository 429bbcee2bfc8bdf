import ErrmsgICU
package import ErrmsgModel

/// `errmsg format`: formats any ICU MessageFormat pattern the way the catalog
/// does (``ICUMessageFormat`` with the locale's canonical tag), so a translator
/// can try a plural before committing it.
package enum PatternTrial {
  /// A typed value for one argument.
  package struct Argument: Sendable, Equatable {
    package var name: String
    package var type: ArgumentType
    fileprivate var value: ICUArgumentValue

    /// `name:type=value` (type `string`, `int`, `double` or `date` as epoch
    /// milliseconds), or `name=value` for a string.
    package init(parsing text: String) throws(Problem) {
      guard let equals = text.firstIndex(of: "=") else {
        throw Problem("--arg \(text): write name:type=value, for example count:int=3")
      }
      let head = text[..<equals]
      let raw = String(text[text.index(after: equals)...])
      let name: String
      let type: ArgumentType
      if let colon = head.firstIndex(of: ":") {
        name = String(head[..<colon])
        let typeName = String(head[head.index(after: colon)...])
        guard let t = ArgumentType(rawValue: typeName) else {
          throw Problem("--arg \(text): unknown type '\(typeName)'; use string, int, double or date")
        }
        type = t
      } else {
        name = String(head)
        type = .string
      }
      guard !name.isEmpty else { throw Problem("--arg \(text): the argument has no name") }
      try self.init(name: name, type: type, text: raw)
    }

    /// The widest date accepted: ±8.64e15 ms around 1970 (ECMAScript's range).
    static let dateLimitMilliseconds = 8.64e15

    /// A value given as text for an argument of a known type.
    package init(name: String, type: ArgumentType, text raw: String) throws(Problem) {
      self.name = name
      self.type = type
      switch type {
      case .string:
        value = .string(raw)
      case .int:
        guard let v = Int64(raw) else {
          throw Problem("--arg \(name): '\(raw)' is not a whole number from -2^63 to 2^63-1")
        }
        value = .int(v)
      case .double:
        guard let v = Double(raw), v.isFinite else { throw Problem("--arg \(name): '\(raw)' is not a number") }
        value = .double(v)
      case .date:
        guard let v = Double(raw), v.isFinite else {
          throw Problem("--arg \(name): '\(raw)' is not a date; give milliseconds since 1970 (1700000000000)")
        }
        guard v.magnitude <= Self.dateLimitMilliseconds else {
          throw Problem(
            "--arg \(name): '\(raw)' is out of range; a date is at most 8640000000000000 milliseconds either side of 1970"
          )
        }
        value = .date(millisecondsSince1970: v)
      }
    }

    /// The value as text, for showing what was used.
    package var text: String {
      switch value {
      case .string(let s): s
      case .int(let i): String(i)
      case .double(let d): String(d)
      case .date(let ms): Int64(exactly: ms.rounded(.towardZero)).map { String($0) } ?? String(ms)
      }
    }
  }

  /// Why a pattern could not be formatted.
  package struct Problem: Error, Sendable, Equatable {
    /// A sentence for people.
    package var message: String
    /// The pattern's line with a caret under the fault, when the pattern does not compile.
    package var pointer: String?

    package init(_ message: String, pointer: String? = nil) {
      self.message = message
      self.pointer = pointer
    }
  }

  /// The canonical tag ICU formats for, as the catalog negotiates it (`zh_CN.UTF-8` → `zh-CN`).
  package static func formattingLocale(_ requested: String) -> String? {
    ICULocale.canonicalTag(requested)
  }

  /// Formats a pattern with typed arguments.
  package static func format(pattern: String, locale: String, arguments: [Argument]) throws(Problem) -> String {
    let compiled: ICUMessageFormat
    do {
      compiled = try ICUMessageFormat(pattern: pattern, locale: locale)
    } catch {
      // ICU's own error name and where, then the sentence: `(ICU U_PATTERN_SYNTAX_ERROR at line 1, column 12)`.
      let place = error.line > 0 ? " at line \(error.line), column \(error.column)" : ""
      throw Problem(
        "the pattern does not compile (ICU \(error.status)\(place)): \(error.message)",
        pointer: pointer(at: error, in: pattern))
    }
    do {
      return try compiled.format(arguments.map { ($0.name, $0.value) })
    } catch {
      var message = "\(error.message) (ICU \(error.status))"
      if error.status == "U_ARGUMENT_MISSING", let name = error.argument {
        message += "; give it with --arg \(name):TYPE=VALUE"
      }
      throw Problem(message)
    }
  }

  /// The faulty line of the pattern and a caret under the column.
  private static func pointer(at error: ICUPatternError, in pattern: String) -> String? {
    guard error.line > 0 else { return nil }
    let lines = pattern.split(separator: "\n", omittingEmptySubsequences: false)
    guard error.line <= lines.count else { return nil }
    let line = String(lines[error.line - 1])
    let pad = line.unicodeScalars.prefix(max(0, error.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
    return line + "\n" + pad + "^"
  }
}
