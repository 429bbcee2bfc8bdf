// The only Swift file that imports the C shim. Every Unsafe*/OpaquePointer use
// of the ErrmsgICU module stays in this file.

import CErrmsgICU

// MARK: - Buffers

/// Runs a shim call that follows the "returns needed length" convention: first
/// into a temporary buffer of `capacity` bytes (on the stack when small), and once
/// more with exactly the needed size if that was too small. Returns the UTF-8 text
/// written (also on failure, where the shim may write an argument name) and the status.
/// The text lives in a String the caller owns; no buffer outlives the call.
private func readText(
  capacity: Int = 256,
  _ call: (UnsafeMutablePointer<CChar>, Int32, UnsafeMutablePointer<Int32>) -> Int32
) -> (text: String, status: Int32) {
  var size = max(capacity, 16)
  // The shim reports the exact size on overflow, so the second round fits; the
  // third is only a guard against a misbehaving callee.
  for _ in 0..<3 {
    let result: (text: String, status: Int32)? = withUnsafeTemporaryAllocation(
      of: CChar.self, capacity: size
    ) { buffer in
      var status: Int32 = 0
      let needed = Int(call(buffer.baseAddress!, Int32(clamping: buffer.count), &status))
      if status == ERRMSG_ICU_BUFFER_OVERFLOW {
        size = needed + 1
        return nil
      }
      let count = min(max(needed, 0), buffer.count)
      let text = UnsafeRawBufferPointer(start: buffer.baseAddress, count: count)
        .withMemoryRebound(to: UInt8.self) { String(decoding: $0, as: UTF8.self) }
      return (text, status)
    }
    if let result { return result }
  }
  return ("", ERRMSG_ICU_BUFFER_OVERFLOW)
}

/// True for ICU success and warnings (status <= 0).
private func succeeded(_ status: Int32) -> Bool { status <= 0 }

/// ICU's name for a status code (u_errorName plus the shim's own codes).
private func statusName(_ status: Int32) -> String {
  guard let name = errmsg_icu_status_name(status) else { return "U_ERROR_\(status)" }
  return String(cString: name)
}

/// Runs `body` with the string's UTF-8 bytes and byte length.
private func withUTF8Bytes<R>(
  _ text: String, _ body: (UnsafePointer<CChar>, Int32) -> R
) -> R {
  text.withCString { body($0, Int32(clamping: text.utf8.count)) }
}

// MARK: - ICUMessageFormat

/// A compiled ICU MessageFormat pattern for one locale. Compile once, format many times.
///
/// Apostrophe quoting is ICU's default (DOUBLE_OPTIONAL): `'{'` is a literal brace and `''`
/// one apostrophe. Formatting is thread-safe: ICU's MessageFormat lazily creates plural rules
/// and number formats inside const methods, so the C++ shim guards each handle with a mutex.
///
/// `@unchecked Sendable`: the only mutable state is the C++ object behind `handle`, which
/// the shim only touches under that handle's mutex; the stored properties are immutable.
package final class ICUMessageFormat: @unchecked Sendable {
  /// The pattern as given.
  package let pattern: String
  /// The locale as given (BCP 47 or POSIX; unknown locales format as ICU's root locale).
  package let locale: String
  /// The Olson time zone id for date/time arguments, nil for ICU's default zone.
  package let timeZone: String?
  private let handle: OpaquePointer

  /// Compiles `pattern` for `locale`; dates format in ICU's default time zone.
  package convenience init(pattern: String, locale: String) throws(ICUPatternError) {
    try self.init(pattern: pattern, locale: locale, timeZone: nil)
  }

  /// Compiles `pattern` for `locale`, formatting `{x, date …}`/`{x, time …}` arguments
  /// (nested ones too) in `timeZone`, e.g. "UTC" or "Asia/Shanghai".
  /// Wraps icu::MessageFormat(pattern, locale, parseError, status); syntax errors carry
  /// the scalar offset, line and column of the fault.
  package init(pattern: String, locale: String, timeZone: String?) throws(ICUPatternError) {
    if let beyond = PatternLimits.violation(in: pattern) { throw beyond }
    var status: Int32 = 0
    var parseError = errmsg_icu_parse_error(offset: -1, utf16_offset: -1)
    let opened = withUTF8Bytes(pattern) { patternBytes, patternLength in
      withUTF8Bytes(locale) { localeBytes, localeLength in
        withUTF8Bytes(timeZone ?? "") { zoneBytes, zoneLength in
          errmsg_icu_message_format_open(
            patternBytes, patternLength, localeBytes, localeLength,
            zoneBytes, zoneLength, &parseError, &status)
        }
      }
    }
    guard let opened, succeeded(status) else {
      errmsg_icu_message_format_close(opened)
      let name = statusName(status)
      var error = ICUPatternError(status: name, scalarOffset: Int(parseError.offset), in: pattern)
      if status == ERRMSG_ICU_UNKNOWN_TIME_ZONE {
        error.message = "unknown time zone id '\(timeZone ?? "")'"
      }
      throw error
    }
    self.pattern = pattern
    self.locale = locale
    self.timeZone = timeZone
    self.handle = opened
  }

  deinit {
    errmsg_icu_message_format_close(handle)
  }

  /// Number of live handles in the process (message formats, transliterators and
  /// transient pattern parsers), for leak tests.
  package static var liveHandleCount: Int { Int(errmsg_icu_live_handle_count()) }

  /// Formats with named arguments (wraps icu::MessageFormat::format with argument names).
  ///
  /// An argument the pattern uses (in any branch) but that is not given throws
  /// "U_ARGUMENT_MISSING" instead of leaving "{name}" in the text; extra arguments are
  /// ignored; a repeated name uses the last value.
  package func format(
    _ arguments: [(name: String, value: ICUArgumentValue)]
  ) throws(ICUFormatError) -> String {
    try render(arguments) { ($0.name, $0.value) }
  }

  /// Formats with named arguments; see `format(_:)` for the array form.
  package func format(_ arguments: [String: ICUArgumentValue]) throws(ICUFormatError) -> String {
    try render(arguments) { ($0.key, $0.value) }
  }

  /// Packs the arguments into one UTF-8 blob plus C descriptors (both in temporary,
  /// usually stack, memory), formats, and maps failures to ICUFormatError.
  private func render<C: Collection>(
    _ arguments: C, _ pair: (C.Element) -> (String, ICUArgumentValue)
  ) throws(ICUFormatError) -> String {
    var blobSize = 0
    for element in arguments {
      let (name, value) = pair(element)
      blobSize += name.utf8.count
      if case .string(let text) = value { blobSize += text.utf8.count }
    }
    // The shim counts in 32 bits: arguments beyond 2 GiB in all are refused, not truncated.
    guard blobSize < Int(Int32.max), arguments.count < Int(Int32.max) else {
      throw ICUFormatError(status: "U_INDEX_OUTOFBOUNDS_ERROR", message: "the arguments are larger than 2 GiB")
    }
    let count = arguments.count
    let outcome: (text: String, status: Int32) = withUnsafeTemporaryAllocation(
      of: errmsg_icu_argument.self, capacity: max(count, 1)
    ) { descriptors in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(blobSize, 1)) { blob in
        var cursor = 0
        func append(_ text: String) -> (start: Int32, length: Int32) {
          let start = cursor
          let end = UnsafeMutableBufferPointer(rebasing: blob[cursor...])
            .initialize(fromContentsOf: text.utf8)
          cursor += end
          return (Int32(start), Int32(end))
        }
        var index = 0
        for element in arguments {
          let (name, value) = pair(element)
          let nameRange = append(name)
          var descriptor = errmsg_icu_argument(
            name_start: nameRange.start, name_length: nameRange.length,
            type: Int32(ERRMSG_ICU_VALUE_STRING), text_start: 0, text_length: 0,
            int_value: 0, double_value: 0)
          switch value {
          case .string(let text):
            let textRange = append(text)
            descriptor.text_start = textRange.start
            descriptor.text_length = textRange.length
          case .int(let number):
            descriptor.type = Int32(ERRMSG_ICU_VALUE_INT)
            descriptor.int_value = number
          case .double(let number):
            descriptor.type = Int32(ERRMSG_ICU_VALUE_DOUBLE)
            descriptor.double_value = number
          case .date(let milliseconds):
            descriptor.type = Int32(ERRMSG_ICU_VALUE_DATE)
            descriptor.double_value = milliseconds
          }
          descriptors.initializeElement(at: index, to: descriptor)
          index += 1
        }
        defer { descriptors.baseAddress!.deinitialize(count: index) }
        let blobBase = UnsafeRawPointer(blob.baseAddress!).assumingMemoryBound(to: CChar.self)
        return readText(capacity: 1024) { out, capacity, status in
          errmsg_icu_message_format_format(
            handle, blobBase, Int32(cursor), descriptors.baseAddress, Int32(index),
            out, capacity, status)
        }
      }
    }
    guard succeeded(outcome.status) else {
      throw Self.formatError(status: outcome.status, detail: outcome.text)
    }
    return outcome.text
  }

  private static func formatError(status: Int32, detail: String) -> ICUFormatError {
    let name = statusName(status)
    switch status {
    case ERRMSG_ICU_ARGUMENT_MISSING:
      return ICUFormatError(
        status: name,
        message: "missing argument '\(detail)': the pattern uses it but no value was given",
        argument: detail)
    case ERRMSG_ICU_ARGUMENT_TYPE_MISMATCH:
      return ICUFormatError(
        status: name,
        message: "argument '\(detail)' has the wrong kind of value: plural, selectordinal, "
          + "choice and number arguments need a number, date and time arguments a number "
          + "or date, select arguments text",
        argument: detail)
    default:
      return ICUFormatError(status: name, message: "ICU could not format the message (\(name))")
    }
  }
}

// MARK: - ICUDateFormat

/// A date format as ICU's MessageFormat builds one for `{x, date, ::skeleton}`
/// (icu::DateFormat::createInstanceForSkeleton), for formatting one date
/// argument without a MessageFormat around it.
///
/// When the locale's pattern for the skeleton is a run of day fields and a run
/// of time-of-day fields ("MMM d, y, HH:mm:ss"), the shim cuts it there and
/// keeps the day part's text for recent days, so a timestamp costs ICU only
/// its time of day; the cut is used only if it formats a set of sample
/// instants exactly as the whole pattern does (see ``isSplit``).
///
/// `@unchecked Sendable`: the C++ object behind `handle` is only used under its
/// mutex in the shim; the stored properties are immutable.
package final class ICUDateFormat: @unchecked Sendable {
  /// The skeleton (without `::`), locale and time zone as given.
  package let skeleton: String
  package let locale: String
  package let timeZone: String?
  private let handle: OpaquePointer

  /// Builds the format; throws for a skeleton ICU refuses or an unknown time zone.
  package init(skeleton: String, locale: String, timeZone: String?) throws(ICUFormatError) {
    var status: Int32 = 0
    let opened = withUTF8Bytes(skeleton) { skeletonBytes, skeletonLength in
      withUTF8Bytes(locale) { localeBytes, localeLength in
        withUTF8Bytes(timeZone ?? "") { zoneBytes, zoneLength in
          errmsg_icu_date_format_open(
            skeletonBytes, skeletonLength, localeBytes, localeLength, zoneBytes, zoneLength, &status)
        }
      }
    }
    guard let opened, succeeded(status) else {
      errmsg_icu_date_format_close(opened)
      let name = statusName(status)
      throw ICUFormatError(status: name, message: "ICU could not build a date format for '\(skeleton)' (\(name))")
    }
    self.skeleton = skeleton
    self.locale = locale
    self.timeZone = timeZone
    self.handle = opened
  }

  deinit {
    errmsg_icu_date_format_close(handle)
  }

  /// Whether the pattern is cut into a day part and a time part.
  package var isSplit: Bool { errmsg_icu_date_format_is_split(handle) != 0 }

  /// The text for a point in time (milliseconds since 1970-01-01T00:00Z).
  package func format(millisecondsSince1970: Double) throws(ICUFormatError) -> String {
    let result = readText(capacity: 128) {
      errmsg_icu_date_format_format(handle, millisecondsSince1970, $0, $1, $2)
    }
    guard succeeded(result.status) else {
      let name = statusName(result.status)
      throw ICUFormatError(status: name, message: "ICU could not format the date (\(name))")
    }
    return result.text
  }
}

// MARK: - ICUPattern

/// Pattern structure as ICU's MessagePattern sees it, for linting translations.
package enum ICUPattern {
  /// Parses `pattern` with icu::MessagePattern; the caller closes the handle.
  private static func openPattern(_ pattern: String) throws(ICUPatternError) -> OpaquePointer {
    if let beyond = PatternLimits.violation(in: pattern) { throw beyond }
    var status: Int32 = 0
    var parseError = errmsg_icu_parse_error(offset: -1, utf16_offset: -1)
    let opened = withUTF8Bytes(pattern) { bytes, length in
      errmsg_icu_pattern_open(bytes, length, &parseError, &status)
    }
    guard let handle = opened, succeeded(status) else {
      errmsg_icu_pattern_close(opened)
      throw ICUPatternError(
        status: statusName(status), scalarOffset: Int(parseError.offset), in: pattern)
    }
    return handle
  }

  /// Every argument occurrence (including nested ones inside plural/select branches), in
  /// pattern order. Parses with icu::MessagePattern (no locale needed); throws the same
  /// positions as `ICUMessageFormat` for syntax errors.
  package static func arguments(in pattern: String) throws(ICUPatternError) -> [ICUArgumentUse] {
    let handle = try openPattern(pattern)
    defer { errmsg_icu_pattern_close(handle) }

    let count = errmsg_icu_pattern_argument_count(handle)
    var uses: [ICUArgumentUse] = []
    uses.reserveCapacity(Int(count))
    for index in 0..<count {
      let name = readText { errmsg_icu_pattern_argument_name(handle, index, $0, $1, $2) }.text
      let kind: ICUArgumentUse.Kind
      switch Int(errmsg_icu_pattern_argument_kind(handle, index)) {
      case Int(ERRMSG_ICU_ARG_SIMPLE): kind = .simple
      case Int(ERRMSG_ICU_ARG_CHOICE): kind = .choice
      case Int(ERRMSG_ICU_ARG_PLURAL): kind = .plural
      case Int(ERRMSG_ICU_ARG_SELECT): kind = .select
      case Int(ERRMSG_ICU_ARG_SELECTORDINAL): kind = .selectordinal
      default: kind = .none
      }
      let style =
        kind == .simple
        ? readText { errmsg_icu_pattern_argument_type(handle, index, $0, $1, $2) }.text : nil
      let keywordCount = errmsg_icu_pattern_argument_keyword_count(handle, index)
      var keywords: [String] = []
      keywords.reserveCapacity(Int(keywordCount))
      for keyword in 0..<keywordCount {
        keywords.append(
          readText { errmsg_icu_pattern_argument_keyword(handle, index, keyword, $0, $1, $2) }
            .text)
      }
      uses.append(
        ICUArgumentUse(
          name: name, kind: kind, style: style, keywords: keywords,
          offset: Int(errmsg_icu_pattern_argument_offset(handle, index))))
    }
    return uses
  }
}

extension ICUPattern {
  /// The pattern cut at its top-level arguments: runs of literal text and
  /// whole `{…}` arguments, in order, as written. Each piece is a pattern of
  /// its own, and formatting the pieces one by one and joining the results
  /// gives what formatting the whole pattern gives (MessageFormat formats the
  /// top level piece by piece); the apostrophe quoting of a literal run never
  /// spans an argument, which only starts at an unquoted `{`.
  /// Parses with icu::MessagePattern; throws as ``arguments(in:)`` does.
  package static func pieces(in pattern: String) throws(ICUPatternError) -> [ICUPatternPiece] {
    let handle = try openPattern(pattern)
    defer { errmsg_icu_pattern_close(handle) }

    let scalars = Array(pattern.unicodeScalars)
    func text(_ range: Range<Int>) -> String {
      var out = String.UnicodeScalarView()
      out.append(contentsOf: scalars[range])
      return String(out)
    }
    var pieces: [ICUPatternPiece] = []
    var position = 0
    for index in 0..<errmsg_icu_pattern_argument_count(handle) {
      let name = readText { errmsg_icu_pattern_argument_name(handle, index, $0, $1, $2) }.text
      guard errmsg_icu_pattern_argument_depth(handle, index) == 0 else {
        // Nested: the enclosing (last) piece uses this name too.
        if !pieces[pieces.count - 1].argumentNames.contains(name) {
          pieces[pieces.count - 1].argumentNames.append(name)
        }
        continue
      }
      let start = Int(errmsg_icu_pattern_argument_offset(handle, index))
      let limit = Int(errmsg_icu_pattern_argument_limit(handle, index))
      guard position <= start, start < limit, limit <= scalars.count else {
        throw ICUPatternError(status: "U_INTERNAL_PROGRAM_ERROR", scalarOffset: start, in: pattern)
      }
      if position < start { pieces.append(ICUPatternPiece(pattern: text(position..<start))) }
      var piece = ICUPatternPiece(pattern: text(start..<limit), argumentNames: [name])
      if errmsg_icu_pattern_argument_kind(handle, index) == Int32(ERRMSG_ICU_ARG_SIMPLE) {
        let type = readText { errmsg_icu_pattern_argument_type(handle, index, $0, $1, $2) }.text
        let style = readText { errmsg_icu_pattern_argument_style(handle, index, $0, $1, $2) }.text
        if type == "date" || type == "time", style.hasPrefix("::"), style.count > 2 {
          piece.dateSkeleton = String(style.dropFirst(2))
        }
      }
      pieces.append(piece)
      position = limit
    }
    if position < scalars.count { pieces.append(ICUPatternPiece(pattern: text(position..<scalars.count))) }
    return pieces
  }
}

// MARK: - ICUPluralRules

/// CLDR plural rules as ICU has them.
package enum ICUPluralRules {
  /// CLDR plural categories ICU has for a locale, sorted alphabetically, e.g.
  /// en -> ["one", "other"], zh -> ["other"],
  /// ar -> ["few", "many", "one", "other", "two", "zero"].
  /// `ordinal: true` gives the selectordinal categories (en -> ["few", "one", "other", "two"]).
  /// Unknown locales get the root rules (["other"]). Wraps icu::PluralRules::forLocale +
  /// getKeywords.
  package static func categories(locale: String, ordinal: Bool) -> [String] {
    let result = withUTF8Bytes(locale) { bytes, length in
      readText { errmsg_icu_plural_categories(bytes, length, ordinal ? 1 : 0, $0, $1, $2) }
    }
    guard succeeded(result.status) else { return ["other"] }
    return result.text.split(separator: " ").map(String.init)
  }
}

// MARK: - ICUTransliterator

/// An ICU transliterator such as "Hans-Hant" (Simplified -> Traditional Chinese).
///
/// `@unchecked Sendable`: the C++ transliterator behind `handle` is only used under the
/// handle's mutex in the shim; the stored properties are immutable.
package final class ICUTransliterator: @unchecked Sendable {
  /// The transliterator id as given.
  package let id: String
  private let handle: OpaquePointer

  /// Wraps icu::Transliterator::createInstance(id, UTRANS_FORWARD); an unknown id throws
  /// (usually "U_INVALID_ID").
  package init(id: String) throws(ICUFormatError) {
    var status: Int32 = 0
    let opened = withUTF8Bytes(id) { bytes, length in
      errmsg_icu_transliterator_open(bytes, length, &status)
    }
    guard let opened, succeeded(status) else {
      errmsg_icu_transliterator_close(opened)
      let name = statusName(status)
      throw ICUFormatError(status: name, message: "no ICU transliterator '\(id)' (\(name))")
    }
    self.id = id
    self.handle = opened
  }

  deinit {
    errmsg_icu_transliterator_close(handle)
  }

  /// Transliterates the text (icu::Transliterator::transliterate); returns the input
  /// unchanged if ICU fails.
  package func transliterate(_ text: String) -> String {
    let result = withUTF8Bytes(text) { bytes, length in
      readText(capacity: max(256, Int(length) + Int(length) / 2 + 16)) {
        errmsg_icu_transliterator_transliterate(handle, bytes, length, $0, $1, $2)
      }
    }
    return succeeded(result.status) ? result.text : text
  }
}

// MARK: - ICULocale

/// Locale identifier helpers over ICU's uloc_* functions.
package enum ICULocale {
  /// Canonical BCP 47 tag for a BCP 47 or POSIX locale string: "zh_CN.UTF-8" -> "zh-CN",
  /// "ZH-cn" -> "zh-CN", "zh-hans-cn" -> "zh-Hans-CN", "en_US@euro" -> "en-US".
  /// "C", "POSIX", "" and anything whose language ICU does not know -> nil.
  /// (Drops the POSIX codeset and modifier, then uloc_forLanguageTag, uloc_canonicalize,
  /// uloc_toLanguageTag.)
  package static func canonicalTag(_ identifier: String) -> String? {
    let result = withUTF8Bytes(identifier) { bytes, length in
      readText { errmsg_icu_locale_canonical_tag(bytes, length, $0, $1, $2) }
    }
    return succeeded(result.status) && !result.text.isEmpty ? result.text : nil
  }

  /// Likely-subtags maximization: "zh-TW" -> "zh-Hant-TW", "zh" -> "zh-Hans-CN",
  /// "zh-SG" -> "zh-Hans-SG", "en" -> "en-Latn-US" (uloc_addLikelySubtags). Accepts what
  /// `canonicalTag` accepts; nil otherwise.
  package static func maximized(_ tag: String) -> String? {
    let result = withUTF8Bytes(tag) { bytes, length in
      readText { errmsg_icu_locale_maximize(bytes, length, $0, $1, $2) }
    }
    return succeeded(result.status) && !result.text.isEmpty ? result.text : nil
  }

  /// (language, script, region) of a tag as written (not maximized), each "" when absent
  /// or when the tag is not a locale (uloc_getLanguage / uloc_getScript / uloc_getCountry).
  package static func parts(_ tag: String) -> (language: String, script: String, region: String) {
    withUTF8Bytes(tag) { bytes, length in
      func part(_ which: Int32) -> String {
        let result = readText { errmsg_icu_locale_part(bytes, length, which, $0, $1, $2) }
        return succeeded(result.status) ? result.text : ""
      }
      return (part(0), part(1), part(2))
    }
  }
}
