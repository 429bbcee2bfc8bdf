package import ErrmsgKit

/// How `errmsg serve` works: the catalog, the default locale and the limits.
package struct WorkerOptions: Sendable {
  /// The texts to localize with.
  package var catalog: MessageCatalog
  /// The locale for requests that name none (`--locale`, else the environment's).
  package var defaultLocale: String
  /// The longest line answered; a longer one gets a `line_too_long` reply and is skipped.
  package var maxLineBytes: Int
  /// The number of threads that process lines (replies stay in input order).
  package var jobs: Int
  /// How much input is read at a time.
  package var blockSize: Int
  /// The smallest block of lines split between threads; smaller ones are processed on one.
  package var parallelThreshold: Int
  /// Whether common lines take the fast path (off only to check it against the precise path).
  package var fastPath: Bool

  package init(
    catalog: MessageCatalog = .embedded, defaultLocale: String = "en-US",
    maxLineBytes: Int = 1 << 20,
    jobs: Int = 1, blockSize: Int = 128 << 10, parallelThreshold: Int = 64 << 10,
    fastPath: Bool = true
  ) {
    self.catalog = catalog
    self.defaultLocale = defaultLocale
    self.maxLineBytes = max(1, maxLineBytes)
    self.jobs = max(1, jobs)
    self.blockSize = max(16, blockSize)
    self.parallelThreshold = max(0, parallelThreshold)
    self.fastPath = fastPath
  }
}
