import ErrmsgICU
package import ErrmsgModel

/// Applies a translated XLIFF 2.0 document to a target Locales file.
///
/// The target file is updated, not replaced: a segment with a `<target>` sets
/// that text, a `translator` note sets the entry's note, and the entry's state
/// follows its segments (see ``XLIFFVocabulary``); everything else in the file
/// stays as it was. New entries go where the catalog order puts them, new
/// fields where the file layout (`message`, `hint`, `detail`, `note`, `state`)
/// puts them. A translation made against a source text that has changed since
/// the export is imported as `needs-review`.
///
/// Nothing is applied when any unit is wrong: an id that is not a catalog code,
/// `:unknown` or `:ui.<label>`, an unknown segment id, duplicates, or languages
/// that do not fit the catalog.
package enum XLIFFImport {
  /// The outcome of an import.
  package struct Result: Sendable {
    /// The target locale (canonical BCP 47).
    package var locale: String
    /// The new file contents.
    package var value: JSONValue
    /// Entries added and entries changed.
    package var added: Int
    package var changed: Int
    /// Notices (not errors) such as translations of changed source texts.
    package var warnings: [Diagnostic]
  }

  /// The order of an entry's members in the shipped files.
  package static let entryOrder = ["message", "hint", "detail", "note", "state"]
  /// The order of a locale file's top-level members.
  package static let fileOrder = ["locale", "product", "ui", "unknown", "messages"]

  /// Applies `document` (read from `xliff`) to `existing` (the target file's
  /// JSON, nil when there is none yet). Errors come back as diagnostics in the XLIFF file.
  package static func apply(
    _ document: XLIFFDocument, from xliff: SourceFile, catalog: CatalogDocument, sourceLocale: String,
    source: LocaleDocument?, existing: JSONValue?
  ) -> Swift.Result<Result, Refusal> {
    let holdsLabels = catalog.product == "common"
    var errors: [Diagnostic] = []
    func fail(_ offset: Int, _ message: String, fix: String? = nil) {
      errors.append(xliff.diagnostic(.error, at: offset, kind: "xliff", message, fix: fix))
    }

    // Languages.
    let rootOffset = document.offset
    let sourceTag = ICULocale.canonicalTag(document.sourceLocale) ?? document.sourceLocale
    if sourceTag.lowercased() != sourceLocale.lowercased() {
      fail(
        rootOffset,
        "srcLang is \"\(document.sourceLocale)\" but the catalog's source locale is \(sourceLocale)",
        fix: "export with --source \(sourceLocale)")
    }
    guard let target = ICULocale.canonicalTag(document.targetLocale),
      target.lowercased() == document.targetLocale.lowercased()
    else {
      fail(rootOffset, "trgLang \"\(document.targetLocale)\" is not a BCP 47 locale tag such as ja or zh-TW")
      return .failure(Refusal(errors))
    }
    if target.lowercased() == sourceLocale.lowercased() {
      fail(
        rootOffset, "trgLang is the source locale \(sourceLocale); importing would overwrite the source texts",
        fix: "the source locale is edited in its JSON file, not imported")
    } else if let shadowed = TargetLocaleCheck.shadowedLocale(target, source: sourceLocale) {
      fail(
        rootOffset,
        "trgLang \"\(document.targetLocale)\" would shadow \(shadowed) (its file would answer the requests meant for that locale)",
        fix: "translate into another locale, such as ja or en-GB")
    }

    // Units.
    let codes = catalog.codes.map(\.code)
    let known = Set(codes)
    var seenUnits: Set<String> = []
    for unit in document.units {
      if !seenUnits.insert(unit.id).inserted { fail(unit.offset, "unit \(unit.id) appears more than once") }
      let allowed: [String]
      if !holdsLabels, unit.id.hasPrefix(XLIFFVocabulary.uiUnitPrefix) || unit.id == XLIFFVocabulary.unknownUnitID {
        fail(
          unit.offset, "unit \(unit.id): labels and the generic message belong to the common product",
          fix: "export them with --product common")
        continue
      } else if unit.id.hasPrefix(XLIFFVocabulary.uiUnitPrefix) {
        let key = String(unit.id.dropFirst(XLIFFVocabulary.uiUnitPrefix.count))
        guard LocaleDocument.uiKeys.contains(key) else {
          fail(
            unit.offset, "unit \(unit.id): there is no ui label \"\(key)\"",
            fix: "labels are \(LocaleDocument.uiKeys.joined(separator: ", "))")
          continue
        }
        allowed = [XLIFFVocabulary.uiSegmentID]
      } else if unit.id == XLIFFVocabulary.unknownUnitID {
        allowed = ["message", "hint"]
      } else if known.contains(unit.id) {
        allowed = XLIFFVocabulary.entryFields
      } else {
        fail(
          unit.offset, "unit \(unit.id): product \(catalog.product) has no curated code \(unit.id)",
          fix: "add the code to Catalog/\(catalog.product).json first, or remove the unit")
        continue
      }
      var seenSegments: Set<String> = []
      for segment in unit.segments {
        if !allowed.contains(segment.id) {
          fail(
            segment.offset, "unit \(unit.id): unknown segment id \"\(segment.id)\"",
            fix: "segments are \(allowed.joined(separator: ", "))")
        }
        if !seenSegments.insert(segment.id).inserted {
          fail(segment.offset, "unit \(unit.id): segment \(segment.id) appears more than once")
        }
      }
    }
    guard errors.isEmpty else { return .failure(Refusal(errors)) }

    // Apply.
    var warnings: [Diagnostic] = []
    var root =
      existing
      ?? .object(
        fileOrder.filter { holdsLabels || ($0 != "ui" && $0 != "unknown") }.map { key in
          .pair(
            key, key == "locale" ? .string(target) : key == "product" ? .string(catalog.product) : .object([]))
        })
    var ui = root.member("ui") ?? .object([])
    var unknown = root.member("unknown") ?? .object([])
    var messages = root.member("messages") ?? .object([])
    var added = 0
    var changed = 0
    let sourceEntries = Dictionary((source?.messages ?? []).map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })

    for unit in document.units {
      let translated = unit.segments.filter { $0.target != nil }
      if unit.id.hasPrefix(XLIFFVocabulary.uiUnitPrefix) {
        let key = String(unit.id.dropFirst(XLIFFVocabulary.uiUnitPrefix.count))
        if let text = translated.first?.target {
          ui = ui.setting(key, to: .string(text), order: LocaleDocument.uiKeys)
        }
        continue
      }
      if unit.id == XLIFFVocabulary.unknownUnitID {
        for s in translated { unknown = unknown.setting(s.id, to: .string(s.target!), order: entryOrder) }
        continue
      }
      let old = messages.member(unit.id)
      let note = unit.notes.last { $0.category == XLIFFVocabulary.targetNoteCategory }?.text
      guard !translated.isEmpty || (old != nil && note != nil) else { continue }
      var entry = old ?? .object([])
      for s in translated { entry = entry.setting(s.id, to: .string(s.target!), order: entryOrder) }
      if let note { entry = entry.setting("note", to: .string(note), order: entryOrder) }
      if let least = translated.map(\.state).min() {
        var state = least.translationState
        let current = sourceEntries[unit.id]
        let outdated = translated.first { s in
          let now = s.id == "message" ? current?.message : s.id == "hint" ? current?.hint : current?.detail
          return now.map { $0.pattern != s.source } ?? false
        }
        if let outdated, state == .translated {
          state = .needsReview
          warnings.append(
            xliff.diagnostic(
              .warning, at: outdated.offset, code: unit.id, kind: "outdated",
              "the \(sourceLocale) \(outdated.id) changed since this file was exported; imported as needs-review"
            ))
        }
        let hadState = old?.member("state") != nil
        if hadState || old == nil || state != .translated {
          entry = entry.setting("state", to: .string(state.rawValue), order: entryOrder)
        }
      }
      if old == nil {
        added += 1
      } else if let old, PrettyJSON.bytes(old) != PrettyJSON.bytes(entry) {
        changed += 1
      }
      messages = messages.setting(unit.id, to: entry, order: codes)
    }

    root = root.setting("product", to: .string(catalog.product), order: fileOrder)
    if holdsLabels {
      root = root.setting("ui", to: ui, order: fileOrder)
      root = root.setting("unknown", to: unknown, order: fileOrder)
    }
    root = root.setting("messages", to: messages, order: fileOrder)
    return .success(Result(locale: target, value: root, added: added, changed: changed, warnings: warnings))
  }
}
