import Foundation
import XCTest
@testable import ZICore

/// A report's key, keyring and sealed content, from submission to a handler added later.
final class WBSReportTests: XCTestCase {
    private var derivation = WBSFixtures.derivation()

    /// A submitted report: its receipt, what the server stores, and the report key for checking.
    private struct Submission {
        let receipt: Receipt
        let lookupIdentifier: Data
        let keyring: ReportKeyring
        let sealedReport: Data
        let reportKey: ReportKey
    }

    private func submit(_ report: WhistleblowingReport = WBSFixtures.report, to handlers: [HandlerKeySet]) throws -> Submission {
        let receipt = Receipt.generate()
        let secrets = try derivation.secrets(for: receipt)
        let reportKey = ReportKey.generate()
        let keyring = try ReportKeyring(reportKey: reportKey, receipt: secrets, handlers: handlers.map(\.publicKey))
        return Submission(
            receipt: receipt, lookupIdentifier: secrets.lookupIdentifier, keyring: keyring,
            sealedReport: try reportKey.seal(report), reportKey: reportKey)
    }

    func testReporterAndEveryDesignatedHandlerReadTheReport() throws {
        let first = try WBSFixtures.handler(password: "PertamaWBS1")
        let second = try WBSFixtures.handler(password: "KeduaWBS22")
        let submission = try submit(to: [first, second])
        XCTAssertEqual(submission.keyring.handlers, [first.publicKey, second.publicKey])

        let returning = try derivation.secrets(for: Receipt(submission.receipt.grouped))
        XCTAssertEqual(returning.lookupIdentifier, submission.lookupIdentifier, "the server finds the report")
        let reporterKey = try submission.keyring.reportKey(receipt: returning)
        XCTAssertEqual(try reporterKey.open(WhistleblowingReport.self, from: submission.sealedReport), WBSFixtures.report)

        for (handler, password) in [(first, "PertamaWBS1"), (second, "KeduaWBS22")] {
            let privateKey = try handler.passwordSealed.unlock(password: password)
            let handlerKey = try submission.keyring.reportKey(handler: privateKey)
            XCTAssertEqual(try handlerKey.open(WhistleblowingReport.self, from: submission.sealedReport), WBSFixtures.report)
        }
    }

    func testMessagesFlowBothWaysUnderTheReportKey() throws {
        let handler = try WBSFixtures.handler()
        let submission = try submit(to: [handler])
        let handlerKey = try submission.keyring.reportKey(handler: handler.passwordSealed.unlock(password: "Rahasia2026"))
        let question = WhistleblowingMessage(
            author: .handler, kind: .question, text: "Apakah ada bukti transfer?",
            sentAt: Date(timeIntervalSince1970: 1_750_000_000.25))
        let sealedQuestion = try handlerKey.seal(question)

        let reporterKey = try submission.keyring.reportKey(receipt: derivation.secrets(for: submission.receipt))
        XCTAssertEqual(try reporterKey.open(WhistleblowingMessage.self, from: sealedQuestion), question)
        let answer = WhistleblowingMessage(
            author: .reporter, kind: .answer, text: "Ada, saya lampirkan.",
            sentAt: Date(timeIntervalSince1970: 1_750_003_600), inReplyTo: question.id)
        XCTAssertEqual(try handlerKey.open(WhistleblowingMessage.self, from: reporterKey.seal(answer)), answer)

        let description = AttachmentDescription(fileName: "bukti-transfer.pdf", mediaType: "application/pdf", byteCount: 48_213)
        XCTAssertEqual(try handlerKey.open(AttachmentDescription.self, from: reporterKey.seal(description)), description)
    }

    func testWrongReceiptFindsNothingAndOpensNothing() throws {
        let submission = try submit(to: [])
        var wrong = Receipt.generate()
        while wrong == submission.receipt { wrong = Receipt.generate() }
        let wrongSecrets = try derivation.secrets(for: wrong)
        XCTAssertNotEqual(wrongSecrets.lookupIdentifier, submission.lookupIdentifier)
        assertThrows(.unknownReceipt, try submission.keyring.reportKey(receipt: wrongSecrets))
        let otherInstallation = try WBSFixtures.derivation().secrets(for: submission.receipt)
        assertThrows(.unknownReceipt, try submission.keyring.reportKey(receipt: otherInstallation))
    }

    func testHandlerOutsideTheKeyringCannotOpenTheKey() throws {
        let designated = try WBSFixtures.handler()
        let outsider = try WBSFixtures.handler(password: "OrangLuar99")
        let submission = try submit(to: [designated])
        let outsiderKey = try outsider.passwordSealed.unlock(password: "OrangLuar99")
        assertThrows(.notARecipient, try submission.keyring.reportKey(handler: outsiderKey))

        // Even an entry claiming the outsider's public key does not open with their private key.
        var forged = try JSONSerialization.jsonObject(with: JSONEncoder().encode(submission.keyring)) as! [String: Any]
        var entries = forged["handlerWrappedKeys"] as! [[String: Any]]
        entries[0]["recipient"] = ["rawRepresentation": outsider.publicKey.rawRepresentation.base64EncodedString()]
        forged["handlerWrappedKeys"] = entries
        let forgedKeyring = try JSONDecoder().decode(ReportKeyring.self, from: JSONSerialization.data(withJSONObject: forged))
        assertThrows(.damagedCiphertext, try forgedKeyring.reportKey(handler: outsiderKey))
    }

    func testHandlerAddedLaterIsGrantedByAHandlerWhoHoldsTheKey() throws {
        let designated = try WBSFixtures.handler()
        let newcomer = try WBSFixtures.handler(password: "PendatangBaru1")
        let outsider = try WBSFixtures.handler(password: "OrangLuar99")
        let submission = try submit(to: [designated])
        var keyring = submission.keyring

        let outsiderKey = try outsider.passwordSealed.unlock(password: "OrangLuar99")
        assertThrows(
            .notARecipient, try keyring.addHandler(newcomer.publicKey, grantedBy: outsiderKey),
            "only a holder of the key can grant it")

        try keyring.addHandler(newcomer.publicKey, grantedBy: designated.passwordSealed.unlock(password: "Rahasia2026"))
        try keyring.addHandler(newcomer.publicKey, grantedBy: designated.passwordSealed.unlock(password: "Rahasia2026"))
        XCTAssertEqual(keyring.handlers, [designated.publicKey, newcomer.publicKey], "adding twice keeps one entry")
        let newcomerKey = try keyring.reportKey(handler: newcomer.passwordSealed.unlock(password: "PendatangBaru1"))
        XCTAssertEqual(try newcomerKey.open(WhistleblowingReport.self, from: submission.sealedReport), WBSFixtures.report)
    }

    func testTamperingWithAnyStoredByteIsDetected() throws {
        let handler = try WBSFixtures.handler()
        let submission = try submit(to: [handler])
        let privateKey = try handler.passwordSealed.unlock(password: "Rahasia2026")
        let receiptSecrets = try derivation.secrets(for: submission.receipt)

        for index in 0..<submission.sealedReport.count {
            assertThrows(
                .damagedCiphertext,
                try submission.reportKey.open(
                    WhistleblowingReport.self, from: WBSFixtures.flipping(submission.sealedReport, at: index)), "report byte \(index)")
        }
        let wrappedReceipt = submission.keyring.receiptWrappedKey
        let wrappedHandler = submission.keyring.handlerWrappedKeys[0]
        for index in 0..<wrappedReceipt.count {
            let keyring = try keyring(receiptWrappedKey: WBSFixtures.flipping(wrappedReceipt, at: index), handlerKeys: [wrappedHandler])
            assertThrows(.unknownReceipt, try keyring.reportKey(receipt: receiptSecrets), "receipt-wrapped byte \(index)")
        }
        for index in 0..<wrappedHandler.sealedKey.count {
            let entry = HandlerWrappedKey(
                recipient: wrappedHandler.recipient, ephemeralPublicKey: wrappedHandler.ephemeralPublicKey,
                sealedKey: WBSFixtures.flipping(wrappedHandler.sealedKey, at: index))
            assertThrows(
                .damagedCiphertext,
                try keyring(receiptWrappedKey: wrappedReceipt, handlerKeys: [entry])
                    .reportKey(handler: privateKey), "handler-wrapped byte \(index)")
        }
        for index in 0..<wrappedHandler.ephemeralPublicKey.count {
            let entry = HandlerWrappedKey(
                recipient: wrappedHandler.recipient,
                ephemeralPublicKey: WBSFixtures.flipping(wrappedHandler.ephemeralPublicKey, at: index),
                sealedKey: wrappedHandler.sealedKey)
            assertThrows(
                .damagedCiphertext,
                try keyring(receiptWrappedKey: wrappedReceipt, handlerKeys: [entry])
                    .reportKey(handler: privateKey), "ephemeral key byte \(index)")
        }
    }

    func testContentSealedForOnePurposeDoesNotOpenAsAnother() throws {
        let reportKey = ReportKey.generate()
        let message = WhistleblowingMessage(author: .reporter, kind: .additionalInformation, text: "Tambahan", sentAt: Date())
        assertThrows(.damagedCiphertext, try reportKey.open(WhistleblowingReport.self, from: reportKey.seal(message)))
        assertThrows(
            .damagedCiphertext, try ReportKey.generate().open(WhistleblowingMessage.self, from: reportKey.seal(message)),
            "another report's key")
    }

    func testSameContentGivesDifferentCiphertexts() throws {
        let first = try submit(to: [])
        let second = try submit(to: [])
        XCTAssertNotEqual(first.sealedReport, second.sealedReport)
        XCTAssertNotEqual(try first.reportKey.seal(WBSFixtures.report), first.sealedReport, "even under the same key")
        let handler = try WBSFixtures.handler()
        let twice = try ReportKeyring(
            reportKey: first.reportKey, receipt: derivation.secrets(for: first.receipt),
            handlers: [handler.publicKey])
        let again = try ReportKeyring(
            reportKey: first.reportKey, receipt: derivation.secrets(for: first.receipt),
            handlers: [handler.publicKey])
        XCTAssertNotEqual(twice.receiptWrappedKey, again.receiptWrappedKey)
        XCTAssertNotEqual(twice.handlerWrappedKeys[0].ephemeralPublicKey, again.handlerWrappedKeys[0].ephemeralPublicKey)
        XCTAssertNotEqual(twice.handlerWrappedKeys[0].sealedKey, again.handlerWrappedKeys[0].sealedKey)
    }

    func testStoredArtefactsRevealNeitherReceiptNorContentNorKeys() throws {
        let handler = try WBSFixtures.handler()
        let submission = try submit(to: [handler])
        let secrets = try derivation.secrets(for: submission.receipt)
        let sealedMessage = try submission.reportKey.seal(
            WhistleblowingMessage(author: .reporter, kind: .message, text: "Nomor rekening 1234567890", sentAt: Date()))
        let stored =
            [
                submission.lookupIdentifier, submission.sealedReport, sealedMessage,
                submission.keyring.receiptWrappedKey, try JSONEncoder().encode(submission.keyring),
            ]
            + submission.keyring.handlerWrappedKeys.flatMap { [$0.ephemeralPublicKey, $0.sealedKey] }
        let digits = submission.receipt.digits
        let secretNeedles: [(String, Data)] = [
            ("receipt digits", Data(digits.utf8)),
            ("receipt grouped", Data(submission.receipt.grouped.utf8)),
            ("receipt as a number", withUnsafeBytes(of: UInt64(digits)!.bigEndian) { Data($0) }),
            ("receipt as a little-endian number", withUnsafeBytes(of: UInt64(digits)!.littleEndian) { Data($0) }),
            ("receipt key", secrets.key.data),
            ("report key", submission.reportKey.key.data),
            ("title", Data(WBSFixtures.report.title.utf8)),
            ("what happened", Data("uang pelicin".utf8)),
            ("involved person", Data("Sutrisno".utf8)),
            ("reporter", Data("Rahmawati".utf8)),
            ("reporter contact", Data("3456-7890".utf8)),
            ("message", Data("1234567890".utf8)),
            ("JSON field name", Data("whatHappened".utf8)),
        ]
        for (index, artefact) in stored.enumerated() {
            for (name, needle) in secretNeedles {
                assertNotContained(needle, in: artefact, "\(name) in artefact \(index)")
            }
        }
        assertNotContained(secrets.key.data, in: submission.lookupIdentifier, "the lookup identifier is not the receipt key")
    }

    private func keyring(receiptWrappedKey: Data, handlerKeys: [HandlerWrappedKey]) throws -> ReportKeyring {
        struct Stored: Encodable {
            let receiptWrappedKey: Data
            let handlerWrappedKeys: [HandlerWrappedKey]
        }
        let json = try JSONEncoder().encode(Stored(receiptWrappedKey: receiptWrappedKey, handlerWrappedKeys: handlerKeys))
        return try JSONDecoder().decode(ReportKeyring.self, from: json)
    }
}
