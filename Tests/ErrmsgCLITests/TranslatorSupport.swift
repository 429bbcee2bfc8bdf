import ErrmsgTestSupport
import Foundation
import Testing

/// A temporary copy of the shipped `Catalog/` and `Locales/` for the translator commands.
struct TranslatorFolder {
  let root: URL

  init(locales: Bool = true) throws {
    let binary = ErrmsgProcess.binary.path
    try #require(
      FileManager.default.isExecutableFile(atPath: binary), "build errmsg first (swift build): \(binary) is missing")
    root = FileManager.default.temporaryDirectory.appendingPathComponent("errmsg-translator-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: ErrmsgProcess.packageRoot.appendingPathComponent("Catalog"), to: root.appendingPathComponent("Catalog"))
    if locales {
      try FileManager.default.copyItem(
        at: ErrmsgProcess.packageRoot.appendingPathComponent("Locales"), to: root.appendingPathComponent("Locales"))
    } else {
      try FileManager.default.createDirectory(
        at: root.appendingPathComponent("Locales"), withIntermediateDirectories: true)
    }
  }

  func remove() { try? FileManager.default.removeItem(at: root) }

  func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }
  func path(_ relative: String) -> String { url(relative).path }
  var locales: String { path("Locales") }
  var catalog: String { path("Catalog") }

  func read(_ relative: String) throws -> String { try String(contentsOf: url(relative), encoding: .utf8) }
  func data(_ relative: String) throws -> Data { try Data(contentsOf: url(relative)) }
  func write(_ relative: String, _ text: String) throws { try Data(text.utf8).write(to: url(relative)) }

  /// Replaces the first `old` (after `anchor`) and returns the 1-based line of the change.
  @discardableResult
  func replace(_ old: String, with new: String, after anchor: String? = nil, in relative: String) throws -> Int {
    var text = try read(relative)
    var start = text.startIndex
    if let anchor { start = try #require(text.range(of: anchor)).upperBound }
    let range = try #require(text.range(of: old, range: start..<text.endIndex), "\(old) not in \(relative)")
    text.replaceSubrange(range, with: new)
    try write(relative, text)
    return text[..<range.lowerBound].count { $0 == "\n" } + 1
  }

  /// Runs errmsg in this folder (so Catalog/ and Locales/ are the defaults).
  func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws
    -> ErrmsgProcess.Output
  {
    try ErrmsgProcess.run(arguments, stdin: Data(input.utf8), environment: environment, currentDirectory: root)
  }
}

/// An API 3.0 error response.
func errorEnvelope(_ code: String, message: String = "server text") -> String {
  #"{"Response":{"Error":{"Code":"\#(code)","Message":"\#(message)"},"RequestId":"req-1"}}"#
}
