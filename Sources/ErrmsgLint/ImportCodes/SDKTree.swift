package import ErrmsgModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// An SDK on disk: an unpacked wheel, a `site-packages` folder or a Go SDK checkout, with its
/// `tencentcloud/<product>/<version>/errorcodes.py` (Python) or `…/errors.go` (Go) files.
package struct SDKTree: Sendable {
  /// One error-code file.
  package struct CodeFile: Sendable {
    /// The product id (`tke`).
    package var product: String
    /// The API version as written in the catalog (`v20180525` → `2018-05-25`).
    package var version: String
    /// The file's path.
    package var path: String
  }

  /// The package and its version.
  package var source: OfficialCatalog.Source
  /// The error-code files, by product then version.
  package var files: [CodeFile]

  /// Finds the SDK in `root` (the folder holding `tencentcloud/`, or `tencentcloud/` itself).
  ///
  /// The version comes from the package's `*.dist-info/METADATA` (`Name:` and `Version:`), else
  /// `tencentcloud/__init__.py` (`__version__ = '3.1.195'`), else, for Go, the `SDK_GO_1.0.606` request
  /// client in `tencentcloud/common/http/request.go`.
  package static func find(_ root: String, language: OfficialLanguage) -> Result<SDKTree, Refusal> {
    let fm = FileManager.default
    var base = root
    while base.count > 1, base.hasSuffix("/") { base.removeLast() }
    let tencentcloud: String
    if isDirectory(base + "/tencentcloud") {
      tencentcloud = base + "/tencentcloud"
    } else if base.hasSuffix("tencentcloud"), isDirectory(base) {
      tencentcloud = base
      base = String(base.dropLast("tencentcloud".count))
      if base.hasSuffix("/") { base.removeLast() }
      if base.isEmpty { base = "." }
    } else {
      return .failure(
        problem(
          root, "no tencentcloud/ folder here",
          fix:
            "give an unpacked wheel (unzip tencentcloud_sdk_python-….whl), a site-packages folder or a Go SDK checkout"
        ))
    }

    var files: [CodeFile] = []
    var kinds: Set<String> = []
    let products = ((try? fm.contentsOfDirectory(atPath: tencentcloud)) ?? []).sorted()
    for product in products where isProductName(product) && product != "common" {
      let productPath = tencentcloud + "/" + product
      guard isDirectory(productPath) else { continue }
      let versions = ((try? fm.contentsOfDirectory(atPath: productPath)) ?? []).sorted()
      for folder in versions {
        guard let version = apiVersion(folder) else { continue }
        for name in ["errorcodes.py", "errors.go"] {
          let path = productPath + "/" + folder + "/" + name
          if fm.fileExists(atPath: path) {
            let id = name == "errorcodes.py" ? pythonPackageProducts[product] ?? product : product
            files.append(CodeFile(product: id, version: version, path: path))
            kinds.insert(name)
          }
        }
      }
    }
    if files.isEmpty {
      return .failure(
        problem(
          tencentcloud, "no tencentcloud/<product>/<version>/errorcodes.py or errors.go files",
          fix: "is this the SDK's package folder?"))
    }
    let isGo = kinds == ["errors.go"]
    guard let source = version(base: base, tencentcloud: tencentcloud, language: language, go: isGo) else {
      return .failure(
        problem(
          base,
          "cannot tell the SDK's version (no *.dist-info/METADATA, no __version__ in tencentcloud/__init__.py, "
            + "no SDK_GO_ version in tencentcloud/common/http/request.go)"))
    }
    return .success(SDKTree(source: source, files: files))
  }

  /// Python packages named differently from their product: `as` is a Python keyword, so the Python
  /// SDKs call Auto Scaling's package `autoscaling` (the Go SDK and the API call the product `as`).
  package static let pythonPackageProducts = ["autoscaling": "as"]

  /// `v20180525` → `2018-05-25`.
  package static func apiVersion(_ folder: String) -> String? {
    let u = Array(folder.utf8)
    guard u.count == 9, u[0] == UInt8(ascii: "v"), u[1...].allSatisfy({ (0x30...0x39).contains($0) }) else {
      return nil
    }
    let d = String(decoding: u[1...], as: UTF8.self)
    return "\(d.prefix(4))-\(d.dropFirst(4).prefix(2))-\(d.suffix(2))"
  }

  /// Lowercase letters and digits, starting with a letter.
  package static func isProductName(_ s: String) -> Bool {
    guard let f = s.utf8.first, (0x61...0x7A).contains(f) else { return false }
    return s.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
  }

  static func isDirectory(_ path: String) -> Bool {
    let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    return type == .typeDirectory
  }

  static func problem(_ path: String, _ message: String, fix: String? = nil) -> Refusal {
    Refusal(Diagnostic(severity: .error, file: path, line: 0, column: 0, kind: "sdk", message: message, fix: fix))
  }

  static func version(base: String, tencentcloud: String, language: OfficialLanguage, go: Bool) -> OfficialCatalog
    .Source?
  {
    let fm = FileManager.default
    let defaultName: String =
      switch (go, language) {
      case (false, .zh): "tencentcloud-sdk-python"
      case (false, .en): "tencentcloud-sdk-python-intl-en"
      case (true, .zh): "tencentcloud-sdk-go"
      case (true, .en): "tencentcloud-sdk-go-intl-en"
      }
    if !go {
      // dist-info METADATA of a tencentcloud-sdk-python* package
      let entries = ((try? fm.contentsOfDirectory(atPath: base)) ?? []).sorted()
      for entry in entries where entry.hasSuffix(".dist-info") && entry.hasPrefix("tencentcloud_sdk_python") {
        guard let data = fm.contents(atPath: base + "/" + entry + "/METADATA") else { continue }
        var name: String?
        var version: String?
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
          if line.isEmpty { break }
          if line.hasPrefix("Name: ") { name = trimmed(line.dropFirst(6)) }
          if line.hasPrefix("Version: ") {
            version = trimmed(line.dropFirst(9))
          }
        }
        if let name, let version, name.lowercased().map({ $0 == "_" ? "-" : $0 }) == Array(defaultName) {
          return OfficialCatalog.Source(package: defaultName, version: version, language: language)
        }
      }
      if let data = fm.contents(atPath: tencentcloud + "/__init__.py"),
        let v = quotedValue(after: "__version__", in: String(decoding: data, as: UTF8.self))
      {
        return OfficialCatalog.Source(package: defaultName, version: v, language: language)
      }
      return nil
    }
    guard let data = fm.contents(atPath: tencentcloud + "/common/http/request.go") else { return nil }
    let text = String(decoding: data, as: UTF8.self)
    guard let r = text.firstRange(of: "\"SDK_GO_") else { return nil }
    let v = text[r.upperBound...].prefix { $0.isNumber || $0 == "." }
    return v.isEmpty ? nil : OfficialCatalog.Source(package: defaultName, version: String(v), language: language)
  }

  static func trimmed(_ s: Substring) -> String {
    String(s.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }

  /// `name = '1.2.3'` or `name = "1.2.3"` → `1.2.3`.
  static func quotedValue(after name: String, in text: String) -> String? {
    for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix(name) {
      let rest = line.dropFirst(name.count).drop { $0 == " " || $0 == "=" }
      guard let q = rest.first, q == "'" || q == "\"" else { continue }
      let value = rest.dropFirst().prefix { $0 != q }
      if !value.isEmpty { return String(value) }
    }
    return nil
  }
}
