import ErrmsgModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `opencc` command (Debian package `opencc`), run on many texts at once.
///
/// The texts go to a temporary file, one per line, and `opencc -c CONFIG -i IN -o OUT` converts them in one
/// run. It is only used by the maintainer commands (`import-codes`, `convert-locale`); the library and the
/// shipped binary never run it.
package enum OpenCC {
  /// The diagnostic kind of "opencc is not installed" (the commands exit 74 on it).
  package static let missingKind = "opencc-missing"

  /// The `opencc` executable on `PATH`, if any.
  package static func executable(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
    for directory in (path ?? "/usr/bin:/bin").split(separator: ":") where !directory.isEmpty {
      let candidate = String(directory) + "/opencc"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Converts lines (none may hold a line break) with a configuration (`s2twp`, `s2hk`).
  package static func convert(lines: [String], config: String) -> Result<[String], Refusal> {
    guard !lines.isEmpty else { return .success([]) }
    guard let opencc = executable() else { return .failure(missing) }
    let fm = FileManager.default
    let directory = fm.temporaryDirectory.path + "/errmsg-opencc-" + UUID().uuidString
    do {
      try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      return .failure(problem("cannot create a temporary folder \(directory)"))
    }
    defer { try? fm.removeItem(atPath: directory) }
    let input = directory + "/in.txt"
    let output = directory + "/out.txt"
    let errors = directory + "/err.txt"
    var text = lines.joined(separator: "\n")
    text.append("\n")
    guard fm.createFile(atPath: input, contents: Data(text.utf8)) else {
      return .failure(problem("cannot write \(input)"))
    }
    let command = [opencc, "-c", config + ".json", "-i", input, "-o", output].map(quoted).joined(separator: " ")
    let status = system(command + " 2>" + quoted(errors))
    guard status == 0, let data = fm.contents(atPath: output) else {
      let said = fm.contents(atPath: errors).map { String(decoding: $0, as: UTF8.self) } ?? ""
      let firstLine = said.split(whereSeparator: \.isNewline).first.map(String.init) ?? "exit status \(status >> 8)"
      return .failure(problem("opencc -c \(config).json failed: \(firstLine)"))
    }
    var converted = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    if converted.last == "" { converted.removeLast() }
    guard converted.count == lines.count else {
      return .failure(problem("opencc returned \(converted.count) lines for \(lines.count)"))
    }
    return .success(converted)
  }

  /// "opencc is not installed".
  static let missing = Refusal(
    Diagnostic(
      severity: .error, file: "opencc", line: 0, column: 0, kind: missingKind,
      message: "the opencc command is not installed", fix: "apt-get install opencc"))

  static func problem(_ message: String) -> Refusal {
    Refusal(Diagnostic(severity: .error, file: "opencc", line: 0, column: 0, kind: "opencc", message: message))
  }

  /// A word for `sh`, single-quoted.
  static func quoted(_ s: String) -> String {
    "'" + s.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
  }
}
