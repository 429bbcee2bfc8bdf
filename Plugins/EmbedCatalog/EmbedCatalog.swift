import Foundation
import PackagePlugin

/// Compiles the package's `Catalog/` and `Locales/` into the library at build time.
///
/// `errmsg-embed` validates every file (JSON syntax, schema, ICU patterns) and
/// writes `EmbeddedCatalog.swift`. Problems print as `file:line:column: error:`
/// and fail the build, so a broken Locales file never ships. Adding a
/// `Locales/<locale>/<product>.json` needs no Swift change: the file list is read on every
/// build.
@main
struct EmbedCatalog: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
    let root = context.package.directoryURL
    let catalog = root.appending(path: "Catalog")
    let locales = root.appending(path: "Locales")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedCatalog.swift")
    let inputs = jsonFiles(in: catalog) + jsonFiles(in: locales)
    // The build reruns when a file in a folder is added, removed or changed
    // (the folders are inputs too, for additions and removals).
    let folders = [catalog, locales] + subfolders(of: catalog) + subfolders(of: locales)
    return [
      .buildCommand(
        displayName: "Embedding Catalog/ and Locales/ (\(inputs.count) files)",
        executable: try context.tool(named: "errmsg-embed").url,
        arguments: [
          "--catalog", catalog.path(percentEncoded: false),
          "--locales", locales.path(percentEncoded: false),
          "--output", output.path(percentEncoded: false),
        ],
        inputFiles: inputs + folders,
        outputFiles: [output]
      )
    ]
  }

  /// The `.json` files of a folder and of its subfolders (one level: `Locales/zh-CN/tke.json`, `Catalog/official/cvm.json`).
  private func jsonFiles(in directory: URL) -> [URL] {
    let here = names(in: directory).filter { $0.hasSuffix(".json") }.map { directory.appending(path: $0) }
    let below = subfolders(of: directory).flatMap { folder in
      names(in: folder).filter { $0.hasSuffix(".json") }.map { folder.appending(path: $0) }
    }
    return here + below
  }

  private func subfolders(of directory: URL) -> [URL] {
    names(in: directory).map { directory.appending(path: $0) }.filter {
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: $0.path(percentEncoded: false), isDirectory: &isDirectory)
        && isDirectory.boolValue
    }
  }

  private func names(in directory: URL) -> [String] {
    let all = (try? FileManager.default.contentsOfDirectory(atPath: directory.path(percentEncoded: false))) ?? []
    return all.filter { !$0.hasPrefix(".") }.sorted()
  }
}
