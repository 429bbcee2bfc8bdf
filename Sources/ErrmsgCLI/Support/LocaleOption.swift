/// The locale a command runs in: `--locale`, else `LC_ALL`, `LC_MESSAGES`,
/// `LANG` (the POSIX order), else `en-US`.
enum LocaleChoice {
  static func resolve(_ flag: String?) -> String {
    if let flag, !flag.isEmpty { return flag }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = StandardStreams.environment(name), !value.isEmpty { return value }
    }
    return "en-US"
  }
}
