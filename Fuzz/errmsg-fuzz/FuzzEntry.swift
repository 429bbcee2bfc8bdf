// libFuzzer's entry points: the only pointer use of the fuzz targets.

/// libFuzzer's driver (compiler-rt), run from the executable's `main`.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The executable's `main` (SwiftPM links `main` to `<module>_main`): hands
/// the command line to libFuzzer.
@_cdecl("errmsg_fuzz_main")
public func errmsgFuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
  var count = argc
  var arguments = argv
  return runFuzzerDriver(&count, &arguments, errmsgFuzzOneInput)
}

/// Called by libFuzzer with each input; runs the target named by
/// `ERRMSG_FUZZ_TARGET` (`scanner`, `sdk-text`, `envelope`, `redactor`).
@_cdecl("LLVMFuzzerTestOneInput")
public func errmsgFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  FuzzTargets.run(FuzzTargets.selected, bytes)
  return 0
}
