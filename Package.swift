// swift-tools-version:6.2
import PackageDescription

let package = Package(
  name: "errmsg",
  products: [
    .library(name: "ErrmsgKit", targets: ["ErrmsgKit"]),
    .executable(name: "errmsg", targets: ["ErrmsgCLI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // ICU: the system library and the one C++ shim that talks to it.
    .systemLibrary(
      name: "CICU",
      pkgConfig: "icu-i18n",
      providers: [.apt(["libicu-dev"])]
    ),
    .target(
      name: "CErrmsgICU",
      dependencies: ["CICU"]
    ),
    // Safe Swift face of the shim: the only Swift code that touches pointers.
    .target(name: "ErrmsgICU", dependencies: ["CErrmsgICU"]),

    // Data layer: the vocabulary, JSON with positions, Catalog/ and Locales/ file schemas, diagnostics.
    .target(name: "ErrmsgModel"),

    // Checks of Catalog/ and Locales/ shared by the build (errmsg-embed) and `errmsg lint`.
    .target(name: "ErrmsgLint", dependencies: ["ErrmsgModel", "ErrmsgICU"]),

    // Build-time embedding of Catalog/ and Locales/ into ErrmsgKit.
    .executableTarget(
      name: "errmsg-embed",
      dependencies: ["ErrmsgModel", "ErrmsgLint"]
    ),
    .plugin(
      name: "EmbedCatalog",
      capability: .buildTool(),
      dependencies: ["errmsg-embed"]
    ),

    // The library apps use: MessageCatalog and friends.
    .target(
      name: "ErrmsgKit",
      dependencies: ["ErrmsgModel", "ErrmsgICU"],
      plugins: ["EmbedCatalog"]
    ),

    // The JSON-lines worker's engine: byte-level request scanning, reply writing, caches.
    .target(name: "ErrmsgWorker", dependencies: ["ErrmsgKit", "ErrmsgModel"]),

    // The command: one-shot, worker, translator tools.
    .executableTarget(
      name: "ErrmsgCLI",
      dependencies: [
        "ErrmsgKit",
        "ErrmsgLint",
        "ErrmsgWorker",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // The Swift runtime linked in: a copied binary runs with no Swift install,
      // and start-up skips most dynamic symbol binding (cold start ~4 ms faster).
      // (-static-stdlib leaves out Foundation's private static helpers; name them.)
      linkerSettings: [
        .unsafeFlags(
          [
            "-static-stdlib", "-Xlinker", "-l_FoundationCollections", "-Xlinker", "-l_FoundationCShims",
            "-Xclang-linker", "-no-pie",
          ],
          .when(platforms: [.linux]))
      ]
    ),

    // `swift run -c release errmsg-lookup-bench`: library lookup timings (Benchmarks/README.md).
    .executableTarget(name: "errmsg-lookup-bench", dependencies: ["ErrmsgKit"], path: "Benchmarks/Lookup"),

    // Tests
    // Shared by the test targets: the package root, the built binary, running it.
    .target(name: "ErrmsgTestSupport", path: "Tests/ErrmsgTestSupport"),
    .testTarget(name: "ErrmsgICUTests", dependencies: ["ErrmsgICU"]),
    .testTarget(name: "ErrmsgModelTests", dependencies: ["ErrmsgModel"]),
    .testTarget(name: "ErrmsgLintTests", dependencies: ["ErrmsgLint"]),
    .testTarget(name: "ErrmsgKitTests", dependencies: ["ErrmsgKit"]),
    .testTarget(name: "ErrmsgWorkerTests", dependencies: ["ErrmsgWorker", "ErrmsgTestSupport"]),
    .testTarget(name: "ErrmsgCLITests", dependencies: ["ErrmsgKit", "ErrmsgTestSupport"]),
  ],
  swiftLanguageModes: [.v6],
  cxxLanguageStandard: .cxx17
)

// Fuzzing (Fuzz/README.md): libFuzzer targets, only when ERRMSG_FUZZ is set, so
// ordinary builds never see them. `bash Fuzz/run.sh` builds and runs them.
if Context.environment["ERRMSG_FUZZ"] != nil {
  package.targets.append(
    .executableTarget(
      name: "errmsg-fuzz",
      dependencies: ["ErrmsgKit", "ErrmsgWorker", "ErrmsgModel"],
      path: "Fuzz/errmsg-fuzz",
      swiftSettings: [.unsafeFlags(["-sanitize=fuzzer", "-parse-as-library"])],
      linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]
    ))
  // The code under test carries coverage counters too, so libFuzzer steers by its branches.
  // (Not ErrmsgModel: the build tool errmsg-embed links it, and has no fuzzer runtime.) So under
  // ERRMSG_FUZZ only the errmsg-fuzz product links: build it alone, as Fuzz/run.sh does.
  for target in package.targets where ["ErrmsgKit", "ErrmsgWorker"].contains(target.name) {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-sanitize=fuzzer"])]
  }
}

// One place for the strictness every Swift target shares.
for target in package.targets
where target.type != .system && target.type != .plugin
  && target.name != "CErrmsgICU"
{
  var settings = target.swiftSettings ?? []
  settings.append(.enableUpcomingFeature("ExistentialAny"))
  settings.append(.enableUpcomingFeature("MemberImportVisibility"))
  settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
  target.swiftSettings = settings
}
