import ErrmsgICU

/// Which target locales an import must refuse besides the source itself.
enum TargetLocaleCheck {
  /// The pseudo-locales made from the source locale at run time (ErrmsgKit's `PseudoLocale`).
  static let pseudoLocales = ["en-XA", "ar-XB"]

  /// The locale a file for `target` would shadow, if any: the source locale
  /// when `target` is the same language, script and region once maximized
  /// (`en`, `en-Latn-US`, `en-US-x-foo` for `en-US`), or a pseudo-locale
  /// (`en-XA`, `ar-XB`, in any case or with extensions). nil for a real
  /// translation target (`ja`, `en-GB`).
  static func shadowedLocale(_ target: String, source: String) -> String? {
    let targetParts = parts(target)
    if targetParts == parts(source) { return "the source locale \(source)" }
    for pseudo in pseudoLocales where targetParts == parts(pseudo) { return "the pseudo-locale \(pseudo)" }
    return nil
  }

  private static func parts(_ tag: String) -> [String] {
    let p = ICULocale.parts(ICULocale.maximized(tag) ?? tag)
    return [p.language.lowercased(), p.script.lowercased(), p.region.lowercased()]
  }
}
