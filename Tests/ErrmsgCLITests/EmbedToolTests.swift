import ErrmsgTestSupport
import Foundation
import Testing

/// The build step that compiles Catalog/ and Locales/ into the library refuses broken files
/// with `file:line:column`, so a broken translation is a build error, not a silent gap.
@Suite struct EmbedToolTests {
  static var tool: URL { ErrmsgProcess.binary.deletingLastPathComponent().appendingPathComponent("errmsg-embed") }

  func copyOfShippedFiles() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("errmsg-embed-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for sub in ["Catalog", "Locales"] {
      try FileManager.default.copyItem(
        at: ErrmsgProcess.packageRoot.appendingPathComponent(sub), to: dir.appendingPathComponent(sub))
    }
    return dir
  }

  func embed(_ dir: URL) throws -> (status: Int32, stderr: String, output: URL) {
    let output = dir.appendingPathComponent("Embedded.swift")
    let p = Process()
    p.executableURL = Self.tool
    p.arguments = [
      "--catalog", dir.appendingPathComponent("Catalog").path, "--locales", dir.appendingPathComponent("Locales").path,
      "--output", output.path,
    ]
    let err = Pipe()
    p.standardError = err
    try p.run()
    let data = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self), output)
  }

  /// The 1-based line of the first occurrence of `needle` in a file.
  func line(of needle: String, in file: URL) throws -> Int {
    let text = try String(contentsOf: file, encoding: .utf8)
    let lines = text.components(separatedBy: "\n")
    return try #require(lines.firstIndex { $0.contains(needle) }) + 1
  }

  @Test func shippedFilesEmbed() throws {
    let dir = try copyOfShippedFiles()
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try embed(dir)
    #expect(r.status == 0, "\(r.stderr)")
    let swift = try String(contentsOf: r.output, encoding: .utf8)
    #expect(swift.contains("enum EmbeddedCatalog"))
    #expect(swift.contains("(locale: \"zh-CN\""))
  }

  @Test func brokenPatternIsABuildErrorWithFileAndLine() throws {
    let dir = try copyOfShippedFiles()
    defer { try? FileManager.default.removeItem(at: dir) }
    let zh = dir.appendingPathComponent("Locales/zh-CN/common.json")
    var text = try String(contentsOf: zh, encoding: .utf8)
    let anchor = "\"InvalidAction\": {"
    let range = try #require(text.range(of: anchor))
    let messageRange = try #require(text.range(of: "\"message\": \"", range: range.upperBound..<text.endIndex))
    text.insert(contentsOf: "{unclosed ", at: messageRange.upperBound)
    try text.write(to: zh, atomically: true, encoding: .utf8)
    let expectedLine = try line(of: "{unclosed ", in: zh)
    let r = try embed(dir)
    #expect(r.status != 0)
    #expect(r.stderr.contains("Locales/zh-CN/common.json:\(expectedLine):"), "\(r.stderr)")
    #expect(r.stderr.contains("error:"))
    #expect(!FileManager.default.fileExists(atPath: r.output.path))
  }

  @Test func invalidJSONIsABuildErrorWithLineAndColumn() throws {
    let dir = try copyOfShippedFiles()
    defer { try? FileManager.default.removeItem(at: dir) }
    let en = dir.appendingPathComponent("Locales/en-US/common.json")
    let text = try String(contentsOf: en, encoding: .utf8)
    try text.replacingOccurrences(of: "\"ui\": {", with: "\"ui\" {").write(to: en, atomically: true, encoding: .utf8)
    let r = try embed(dir)
    #expect(r.status != 0)
    #expect(r.stderr.contains("Locales/en-US/common.json:4:8: error: expected ':'"), "\(r.stderr)")
  }

  @Test func sourceLocaleMissingACodeIsABuildError() throws {
    let dir = try copyOfShippedFiles()
    defer { try? FileManager.default.removeItem(at: dir) }
    let catalog = dir.appendingPathComponent("Catalog/tke.json")
    let text = try String(contentsOf: catalog, encoding: .utf8)
    try text.replacingOccurrences(
      of: "  \"codes\": {\n",
      with:
        "  \"codes\": {\n    \"Brand.NewCode\": {\"category\": \"internal\", \"retry\": \"unknown\", \"actor\": \"support\"},\n"
    ).write(to: catalog, atomically: true, encoding: .utf8)
    let r = try embed(dir)
    #expect(r.status != 0)
    #expect(r.stderr.contains("Locales/en-US/tke.json:2:"), "\(r.stderr)")
    #expect(r.stderr.contains("[Brand.NewCode] no entry for Brand.NewCode"), "\(r.stderr)")
  }
}

/// Embedded files are read an entry at a time at run time, unchecked: whatever the
/// readers would only warn about in a folder is a build error for them.
@Suite struct EmbedToolReadingTests {
  @Test func anUnknownMemberOrAWrongNameFailsTheBuildWithFileAndLine() throws {
    let t = EmbedToolTests()
    let dir = try t.copyOfShippedFiles()
    defer { try? FileManager.default.removeItem(at: dir) }
    let zh = dir.appendingPathComponent("Locales/zh-CN/common.json")
    let text = try String(contentsOf: zh, encoding: .utf8)
    try text.replacingOccurrences(of: "\"locale\": \"zh-CN\",", with: "\"locale\": \"zh-CN\",\n  \"comment\": \"x\",")
      .write(to: zh, atomically: true, encoding: .utf8)
    let r = try t.embed(dir)
    #expect(r.status != 0)
    #expect(r.stderr.contains("common.json:3:3: error:"), "\(r.stderr)")
    #expect(r.stderr.contains("an embedded file must not have"), "\(r.stderr)")

    try text.replacingOccurrences(of: "\"product\": \"common\"", with: "\"product\": \"tke\"")
      .write(to: zh, atomically: true, encoding: .utf8)
    let renamed = try t.embed(dir)
    #expect(renamed.status != 0)
    #expect(renamed.stderr.contains("common.json:3:14: error: the file declares product \"tke\""), "\(renamed.stderr)")
  }
}
