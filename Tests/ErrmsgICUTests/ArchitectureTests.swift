import Foundation
import Testing

/// The unsafe layer stays in one place: only ICUShim.swift imports the C++ shim,
/// and pointers appear only in the files that bridge to C, to file descriptors
/// and to raw memory.
@Suite struct ArchitectureTests {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

  @Test func onlyTheShimFileImportsTheCTarget() throws {
    var importers: [String] = []
    let files = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)!
    for case let url as URL in files where url.pathExtension == "swift" {
      let text = try String(contentsOf: url, encoding: .utf8)
      if text.split(separator: "\n").contains(where: {
        $0.trimmingCharacters(in: .whitespaces).hasSuffix("import CErrmsgICU")
          || $0.trimmingCharacters(in: .whitespaces).hasSuffix("import CICU")
      }) {
        importers.append(url.lastPathComponent)
      }
    }
    #expect(importers == ["ICUShim.swift"])
  }

  @Test func pointersOnlyInTheBridgeFiles() throws {
    var users: [String] = []
    let files = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)!
    for case let url as URL in files where url.pathExtension == "swift" {
      let text = try String(contentsOf: url, encoding: .utf8)
      if text.contains("Unsafe") || text.contains("unsafe") || text.contains("OpaquePointer") {
        users.append(url.lastPathComponent)
      }
    }
    #expect(users.sorted() == ["ByteCopy.swift", "ICUShim.swift", "StandardStreams.swift"])
  }
}

extension ArchitectureTests {
  /// The fuzz targets (Fuzz/, built only by Fuzz/run.sh) keep pointers to libFuzzer's entry points.
  @Test func fuzzTargetsUsePointersOnlyAtTheirEntry() throws {
    let fuzz = Self.sources.deletingLastPathComponent().appendingPathComponent("Fuzz")
    var users: [String] = []
    let files = try #require(FileManager.default.enumerator(at: fuzz, includingPropertiesForKeys: nil))
    for case let url as URL in files where url.pathExtension == "swift" {
      let text = try String(contentsOf: url, encoding: .utf8)
      if text.contains("Unsafe") || text.contains("unsafe") || text.contains("OpaquePointer") {
        users.append(url.lastPathComponent)
      }
    }
    #expect(users == ["FuzzEntry.swift"])
  }
}
