import Foundation

/// Why a whistleblowing operation failed; ``message`` is the Indonesian text to show.
///
/// A wrong receipt, password or recovery code each has exactly one case and one message, whatever
/// the reason inside, so an answer never tells an attacker more than "wrong".
public enum WhistleblowingError: Error, Equatable, Sendable, LocalizedError {
    /// The typed receipt has the wrong number of digits (the number found is attached).
    case malformedReceipt(digitCount: Int)
    /// The typed receipt contains something other than digits, spaces and dashes.
    case receiptHasInvalidCharacters
    /// No report belongs to this receipt (the server's lookup failed, or the receipt does not open the report).
    case unknownReceipt
    /// The password does not open the handler's private key.
    case wrongPassword
    /// A handler's private key cannot be sealed under an empty password.
    case passwordRequired
    /// The typed recovery code is not 32 characters of A–Z and 2–7.
    case malformedRecoveryCode
    /// The recovery code does not open the handler's private key.
    case wrongRecoveryCode
    /// The handler is not among those the report key was wrapped for.
    case notARecipient
    /// The only handler who holds a report's key cannot be removed from it.
    case lastHandler
    /// A stored ciphertext or wrapped key was damaged or altered.
    case damagedCiphertext
    /// An encrypted attachment was damaged, truncated, extended or reordered.
    case damagedAttachment
    /// A stored public key is not a valid Curve25519 key.
    case invalidPublicKey
    /// Stored scrypt parameters or salt are outside what this version accepts.
    case invalidScryptParameters
    /// The cryptographic library failed while encrypting (not expected to happen).
    case encryptionFailed

    /// The explanation in Indonesian.
    public var message: String {
        switch self {
        case .malformedReceipt(let count):
            "Nomor resi terdiri dari 16 angka, tetapi yang dimasukkan berisi \(count) angka. Periksa kembali nomor resi Anda."
        case .receiptHasInvalidCharacters:
            "Nomor resi hanya berisi angka 0–9 (spasi dan tanda hubung boleh dipakai sebagai pemisah)."
        case .unknownReceipt:
            "Nomor resi tidak dikenal. Periksa kembali nomor resi Anda."
        case .wrongPassword:
            "Kata sandi salah; kunci pribadi pengelola WBS tidak dapat dibuka."
        case .passwordRequired:
            "Kata sandi tidak boleh kosong."
        case .malformedRecoveryCode:
            "Kode pemulihan terdiri dari 32 karakter: huruf A–Z dan angka 2–7 (spasi dan tanda hubung boleh dipakai sebagai pemisah)."
        case .wrongRecoveryCode:
            "Kode pemulihan salah; kunci pribadi pengelola WBS tidak dapat dibuka."
        case .notARecipient:
            "Anda tidak termasuk pengelola WBS yang ditunjuk untuk laporan ini."
        case .lastHandler:
            "Pengelola terakhir laporan ini tidak dapat dilepas; tambahkan pengelola lain lebih dahulu."
        case .damagedCiphertext:
            "Data terenkripsi rusak atau telah diubah sehingga tidak dapat dibuka."
        case .damagedAttachment:
            "Lampiran terenkripsi rusak, terpotong, atau urutannya diubah sehingga tidak dapat dibuka."
        case .invalidPublicKey:
            "Kunci publik pengelola WBS yang tersimpan tidak valid."
        case .invalidScryptParameters:
            "Parameter derivasi kunci (scrypt) yang tersimpan tidak valid."
        case .encryptionFailed:
            "Enkripsi gagal karena kesalahan internal. Silakan coba lagi."
        }
    }

    /// The Indonesian message, for `localizedDescription`.
    public var errorDescription: String? { message }
}
