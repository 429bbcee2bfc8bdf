#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes several files all or none.
///
/// 1. Every new content is written to a temporary file beside its target (`.<name>.errmsg-new`) and every
///    existing target gets a hard-linked backup (`.<name>.errmsg-old`); nothing a reader sees has changed yet.
/// 2. The temporary files are renamed over their targets, one by one (each rename is atomic).
/// 3. If any step fails, the renames already done are undone from the backups, files that did not exist
///    are removed again, and folders created for the run are removed; the error names the file that failed.
/// 4. On success the backups are removed.
package enum FileTransaction {
  /// One file to write.
  package struct Write: Sendable {
    package var path: String
    package var bytes: [UInt8]
    package init(path: String, bytes: [UInt8]) {
      self.path = path
      self.bytes = bytes
    }
  }

  /// Why nothing was written (or, if the undo itself failed, what is left).
  package struct Failure: Error, Sendable, CustomStringConvertible {
    /// The file that failed and why.
    package var message: String
    /// Files that could not be restored (empty when everything was undone).
    package var notRestored: [String]
    package var description: String {
      notRestored.isEmpty
        ? "\(message); nothing was changed"
        : "\(message); these files could not be restored: \(notRestored.joined(separator: ", "))"
    }
  }

  /// Writes every file or none. `directories` are created first when missing (and removed again on failure).
  package static func commit(_ writes: [Write], creating directories: [String] = []) -> Result<Void, Failure> {
    let fm = FileManager.default
    var createdDirectories: [String] = []
    var temporaries: [String] = []
    var backups: [(target: String, backup: String?)] = []
    var renamed = 0

    func undo(_ message: String) -> Result<Void, Failure> {
      var notRestored: [String] = []
      for (target, backup) in backups.prefix(renamed).reversed() {
        if let backup {
          if rename(backup, target) != 0 { notRestored.append(target) }
        } else if unlink(target) != 0 {
          notRestored.append(target)
        }
      }
      for (_, backup) in backups.dropFirst(renamed) { if let backup { _ = unlink(backup) } }
      for temporary in temporaries { _ = unlink(temporary) }
      for directory in createdDirectories.reversed() { _ = rmdir(directory) }
      return .failure(Failure(message: message, notRestored: notRestored))
    }

    for directory in directories where !fm.fileExists(atPath: directory) {
      do {
        try fm.createDirectory(atPath: directory, withIntermediateDirectories: false)
        createdDirectories.append(directory)
      } catch {
        return undo("\(directory): cannot create the folder (\(error))")
      }
    }
    // 1. temporaries and backups
    for write in writes {
      let (temporary, backup) = sideNames(write.path)
      _ = unlink(temporary)
      guard fm.createFile(atPath: temporary, contents: Data(write.bytes)) else {
        return undo("\(write.path): cannot write the file (\(String(cString: strerror(errno))))")
      }
      temporaries.append(temporary)
      if fm.fileExists(atPath: write.path), !isDirectory(write.path) {
        _ = unlink(backup)
        guard link(write.path, backup) == 0 else {
          return undo("\(write.path): cannot keep a backup (\(String(cString: strerror(errno))))")
        }
        backups.append((write.path, backup))
      } else {
        backups.append((write.path, nil))
      }
    }
    // 2. renames
    for (i, write) in writes.enumerated() {
      guard rename(temporaries[i], write.path) == 0 else {
        let reason = String(cString: strerror(errno))
        return undo("\(write.path): cannot replace the file (\(reason))")
      }
      renamed += 1
    }
    // 4. done
    for (_, backup) in backups { if let backup { _ = unlink(backup) } }
    return .success(())
  }

  static func isDirectory(_ path: String) -> Bool {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType == .typeDirectory
  }

  /// `.<name>.errmsg-new` and `.<name>.errmsg-old` beside `path`.
  static func sideNames(_ path: String) -> (String, String) {
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    return (directory + "." + name + ".errmsg-new", directory + "." + name + ".errmsg-old")
  }
}
