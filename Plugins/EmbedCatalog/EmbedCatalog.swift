import Foundation
import PackagePlugin

/// Compiles the package's `Catalog/` and `Locales/` into the library at build time.
///
/// `errmsg-embed` validates every file (JSON syntax, schema, ICU patterns) and
/// writes `EmbeddedCatalog.swift`. Problems print as `file:line:column: error:`
/// and fail the build, so a broken Locales file never ships. Adding a
/// `Locales/<locale>.json` needs no Swift change: the file list is read on every
/// build.
@main
struct EmbedCatalog: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
    let root = context.package.directoryURL
    let catalog = root.appending(path: "Catalog")
    let locales = root.appending(path: "Locales")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedCatalog.swift")
    let inputs = jsonFiles(in: catalog) + jsonFiles(in: locales)
    return [
      .buildCommand(
        displayName: "Embedding Catalog/ and Locales/ (\(inputs.count) files)",
        executable: try context.tool(named: "errmsg-embed").url,
        arguments: [
          "--catalog", catalog.path(percentEncoded: false),
          "--locales", locales.path(percentEncoded: false),
          "--output", output.path(percentEncoded: false),
        ],
        inputFiles: inputs + [catalog, locales],
        outputFiles: [output]
      )
    ]
  }

  private func jsonFiles(in directory: URL) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path(percentEncoded: false))) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().map { directory.appending(path: $0) }
  }
}
