import ZICore

/// The problems the employee import reports, each with its Indonesian message.
extension EmployeeImportProblem {
    static func missingNIP(row: Int) -> EmployeeImportProblem {
        EmployeeImportProblem(row: row, column: .nip, code: .missingNIP, message: "NIP kosong; isi NIP 18 digit pegawai ini.")
    }

    static func invalidNIP(row: Int, problem: NIP.Problem) -> EmployeeImportProblem {
        EmployeeImportProblem(row: row, column: .nip, code: .invalidNIP, message: problem.description)
    }

    static func nipStoredAsNumber(row: Int) -> EmployeeImportProblem {
        EmployeeImportProblem(
            row: row, column: .nip, code: .nipStoredAsNumber,
            message: "NIP tersimpan sebagai angka sehingga digit terakhirnya hilang; "
                + "ubah format kolom NIP menjadi Teks lalu ketik ulang NIP-nya.")
    }

    static func duplicateNIP(row: Int, nip: NIP, otherRows: [Int]) -> EmployeeImportProblem {
        EmployeeImportProblem(
            row: row, column: .nip, code: .duplicateNIP,
            message: "NIP \(nip.formatted) juga tertulis pada baris \(otherRows.map(String.init).joined(separator: ", ")); "
                + "setiap pegawai cukup satu baris, hapus baris yang salah.")
    }

    static func missingName(row: Int) -> EmployeeImportProblem {
        EmployeeImportProblem(row: row, column: .nama, code: .missingName, message: "Nama kosong; isi nama lengkap pegawai.")
    }

    static func unknownWajibLHKPN(row: Int, text: String) -> EmployeeImportProblem {
        EmployeeImportProblem(
            row: row, column: .wajibLHKPN, code: .unknownWajibLHKPN,
            message: "Nilai Wajib LHKPN “\(text)” tidak dikenali; isi Ya atau Tidak (1 atau 0), atau kosongkan.")
    }

    static func unknownStatus(row: Int, text: String) -> EmployeeImportProblem {
        EmployeeImportProblem(
            row: row, column: .status, code: .unknownStatus,
            message: "Status “\(text)” tidak dikenali; isi Aktif atau Tidak Aktif, atau kosongkan.")
    }
}
