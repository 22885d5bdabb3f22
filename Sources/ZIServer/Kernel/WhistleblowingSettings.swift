import Foundation
import ZICore

/// The whistleblowing system's part of ``Settings`` (README "Whistleblowing System").
public struct WhistleblowingSettings: Sendable {
    /// The scrypt cost of new receipts. Always ``ScryptParameters/standard`` in production; the
    /// test application sets a cheap one (there is no environment variable for it).
    public var scrypt: ScryptParameters = .standard
    /// The scrypt cost of new seals of handlers' private keys (``ScryptParameters/keySeal``; cheap in tests).
    /// Seals keep their own parameters, so keys sealed at the older cost still open.
    public var keySealScrypt: ScryptParameters = .keySeal
    /// Receipt derivations and key unlocks computed at once (`SIZI_WBS_SCRYPT_CONCURRENCY`, default 2):
    /// each takes 32 MiB and about 70 ms of a core at the standard cost.
    public var scryptConcurrency = 2
    /// Derivations that may wait for a turn; more are refused as busy (`SIZI_WBS_SCRYPT_QUEUE`, default 32).
    public var scryptQueue = 32
    /// The largest file attached to a report or a follow-up (`SIZI_WBS_ATTACHMENT_MAX_MB`, default 20).
    public var attachmentMaxBytes: Int64 = 20 << 20
    /// Months a closed report's content is kept unless its handlers choose otherwise (`SIZI_WBS_RETENTION_MONTHS`, default 24).
    public var retentionMonths = 24
    /// Minutes an unlocked handler key stays in memory without use (`SIZI_WBS_UNLOCK_MINUTES`, default 30).
    public var unlockMinutes = 30
    /// Where an attachment's plaintext waits between arriving and being encrypted
    /// (`SIZI_WBS_UPLOAD_DIR`, default `$SIZI_DATA_DIR/wbs-incoming`): put it on a RAM disk (tmpfs).
    public var uploadDirectory: String?

    public init() {}

    /// Reads the `SIZI_WBS_*` variables; `integer(key, fallback, range)` is ``Settings``' checked reader.
    init(_ env: [String: String], integer: (String, Int, ClosedRange<Int>) throws -> Int) throws {
        scryptConcurrency = try integer("SIZI_WBS_SCRYPT_CONCURRENCY", scryptConcurrency, 1...64)
        scryptQueue = try integer("SIZI_WBS_SCRYPT_QUEUE", scryptQueue, 0...10_000)
        attachmentMaxBytes = Int64(try integer("SIZI_WBS_ATTACHMENT_MAX_MB", Int(attachmentMaxBytes >> 20), 1...1024)) << 20
        retentionMonths = try integer(
            "SIZI_WBS_RETENTION_MONTHS", retentionMonths,
            WhistleblowingRetention.months.lowerBound...WhistleblowingRetention.months.upperBound)
        unlockMinutes = try integer("SIZI_WBS_UNLOCK_MINUTES", unlockMinutes, 1...1440)
        if let directory = env["SIZI_WBS_UPLOAD_DIR"], !directory.isEmpty { uploadDirectory = directory }
    }
}

extension Settings {
    /// Where whistleblowing attachments wait, in plaintext, to be encrypted (see ``WhistleblowingSettings/uploadDirectory``).
    var whistleblowingUploadDirectory: URL {
        whistleblowing.uploadDirectory.map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: dataDirectory).appendingPathComponent("wbs-incoming")
    }
}
