import ArgumentParser
import ErrmsgModel

/// `--product P`: the product whose API answered, as the SDKs name it (`tke`, `cvm`, `common`).
struct ProductOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The product whose API answered (tke, cvm, … as in the SDKs' package names); the same code can mean different things in different products.",
      valueName: "product"))
  var product: String?

  func validate() throws {
    if let product, !ProductName.isValid(product) {
      throw ValidationError(
        "'\(product)' is not a product id; use the SDK's name in lowercase letters and digits, like tke or cvm")
    }
  }
}
