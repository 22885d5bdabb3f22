import Foundation
import MultipartKit
import NIOCore
import Vapor

/// A `multipart/form-data` upload read while it arrives: text fields are kept (small), every
/// file part goes straight into a temporary file (``FileReceiver``), so a large upload never
/// sits in memory. Fields must come before the files they describe, as browsers send them in
/// form order; ``receive(_:limit:maxFiles:directory:beforeFirstFile:)`` lets the caller check
/// them (the CSRF token, the metadata) before any file byte is written.
struct StreamingFormUpload {
    /// A file part as received.
    struct File {
        let field: String
        let fileName: String
        let file: ReceivedFile
    }

    var fields: [String: String] = [:]
    var files: [File] = []

    /// The largest text field accepted.
    static let maxFieldBytes = 16 * 1024

    /// Bounds on everything a form sends besides its files' content. Crossing one is refused as
    /// soon as the bytes that cross it arrive, before the form's checks and before anything is
    /// written to disk: a client cannot keep SIZI reading a header, a field or a stalled form.
    struct Limits: Sendable {
        /// Text fields in one form.
        var maxFields = 64
        /// All text fields together.
        var maxTextBytes = 256 * 1024
        /// Bytes read without reaching a part's content: one part's headers, or a preamble.
        var maxHeaderBytes = 16 * 1024
        /// Header lines of one part.
        var maxHeadersPerPart = 8
        /// How long the whole form may take to arrive.
        var maxSeconds: Double = 600
    }

    /// Reads the body of `req`; `beforeFirstFile` runs with the fields seen so far when the first
    /// file part starts. On any error every received file is removed.
    static func receive(
        _ req: Request, limit: Int64, maxFiles: Int, directory: URL, limits: Limits = Limits(),
        disposal: UploadDisposal = .remove, beforeFirstFile: ([String: String]) throws -> Void
    ) async throws -> StreamingFormUpload {
        guard let boundary = req.headers.contentType?.parameters["boundary"], req.headers.contentType?.subType == "form-data" else {
            throw AppError(.unsupportedMediaType, code: "evidence_form_expected")
        }
        let parser = MultipartParser(boundary: boundary)
        var events: [Event] = []
        parser.onHeader = { events.append(.header($0, $1)) }
        parser.onBody = { events.append(.body($0)) }
        parser.onPartComplete = { events.append(.end) }
        var state = State(
            limit: limit, maxFiles: maxFiles, limits: limits, directory: directory, disposal: disposal,
            threadPool: req.application.threadPool)
        let started = DispatchTime.now().uptimeNanoseconds
        var bytesWithoutContent = 0
        do {
            for try await chunk in req.body {
                guard Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 <= limits.maxSeconds else {
                    throw AppError(.requestTimeout, code: "form_too_slow")
                }
                bytesWithoutContent += chunk.readableBytes
                do {
                    try parser.execute(chunk)
                } catch {
                    throw AppError(.badRequest, code: "form_malformed")
                }
                let pending = coalesced(events)
                events.removeAll()
                if pending.contains(where: \.isContent) {
                    bytesWithoutContent = 0
                } else if bytesWithoutContent > limits.maxHeaderBytes {
                    throw Self.headerTooLarge
                }
                for event in pending { try await state.handle(event, beforeFirstFile: beforeFirstFile) }
            }
            guard state.isComplete else { throw AppError(.badRequest, code: "evidence_form_incomplete") }
        } catch {
            state.discard()
            throw error
        }
        return state.upload
    }

    /// 431: a part's headers (or the preamble) run past ``Limits/maxHeaderBytes``.
    static let headerTooLarge = AppError(.requestHeaderFieldsTooLarge, code: "form_header_too_large")

    /// What the parser reported.
    private enum Event {
        case header(String, String)
        case body(ByteBuffer)
        case end

        /// Whether the parser got past a part's headers.
        var isContent: Bool {
            if case .header = self { false } else { true }
        }
    }

    /// `events` with consecutive body slices joined. The parser reports a part's body in many
    /// small slices (it stops at every byte that could begin a boundary: about one per 256 bytes
    /// of binary data), and each slice would otherwise cost a file write of its own.
    private static func coalesced(_ events: [Event]) -> [Event] {
        var joined: [Event] = []
        for event in events {
            if case .body(var more) = event, case .body(var body)? = joined.last {
                joined.removeLast() // so `body` is the only reference and grows in place
                body.writeBuffer(&more)
                joined.append(.body(body))
            } else {
                joined.append(event)
            }
        }
        return joined
    }

    /// The part being read and what was read so far.
    private struct State {
        let limit: Int64
        let maxFiles: Int
        let limits: Limits
        let directory: URL
        let disposal: UploadDisposal
        let threadPool: NIOThreadPool
        var upload = StreamingFormUpload()
        var headers: [String: String] = [:]
        var headerCount = 0
        var text = ByteBuffer()
        var textBytes = 0
        var parts = 0
        var receiver: FileReceiver?
        var checkedFields = false
        var partOpen = false

        init(limit: Int64, maxFiles: Int, limits: Limits, directory: URL, disposal: UploadDisposal, threadPool: NIOThreadPool) {
            self.limit = limit
            self.maxFiles = maxFiles
            self.limits = limits
            self.disposal = disposal
            self.directory = directory
            self.threadPool = threadPool
        }

        var isComplete: Bool { !partOpen }

        mutating func handle(_ event: Event, beforeFirstFile: ([String: String]) throws -> Void) async throws {
            switch event {
            case .header(let name, let value):
                partOpen = true
                headerCount += 1
                guard headerCount <= limits.maxHeadersPerPart, name.utf8.count + value.utf8.count <= limits.maxHeaderBytes else {
                    throw StreamingFormUpload.headerTooLarge
                }
                headers[name.lowercased()] = value
            case .body(var buffer):
                if receiver == nil, disposition("filename") != nil {
                    if !checkedFields {
                        try beforeFirstFile(upload.fields)
                        checkedFields = true
                    }
                    guard upload.files.count < maxFiles else {
                        throw AppError(
                            .unprocessableEntity, code: "evidence_too_many_files",
                            arguments: [String(maxFiles)])
                    }
                    receiver = try FileReceiver(directory: directory, limit: limit, threadPool: threadPool, disposal: disposal)
                }
                if let receiver {
                    try await receiver.append(buffer)
                } else {
                    textBytes += buffer.readableBytes
                    guard text.readableBytes + buffer.readableBytes <= StreamingFormUpload.maxFieldBytes,
                        textBytes <= limits.maxTextBytes
                    else {
                        throw AppError(.payloadTooLarge, code: "evidence_field_too_large")
                    }
                    text.writeBuffer(&buffer)
                }
            case .end:
                try finishPart()
            }
        }

        private mutating func finishPart() throws {
            defer {
                headers = [:]
                headerCount = 0
                text = ByteBuffer()
                receiver = nil
                partOpen = false
            }
            parts += 1
            guard parts <= limits.maxFields + maxFiles else {
                throw AppError(.payloadTooLarge, code: "form_too_many_fields", arguments: [String(limits.maxFields)])
            }
            guard let name = disposition("name") else { return }
            if let receiver {
                upload.files.append(File(field: name, fileName: disposition("filename") ?? "", file: try receiver.finish()))
            } else if let fileName = disposition("filename"), !fileName.isEmpty {
                // A chosen file with no content.
                throw ReceivedFile.Failure.empty
            } else if disposition("filename") == nil {
                guard upload.fields.count < limits.maxFields else {
                    throw AppError(.payloadTooLarge, code: "form_too_many_fields", arguments: [String(limits.maxFields)])
                }
                upload.fields[name] = text.readString(length: text.readableBytes) ?? ""
            }
        }

        /// A parameter of the part's `Content-Disposition` header.
        private func disposition(_ parameter: String) -> String? {
            guard let header = headers["content-disposition"] else { return nil }
            return HTTPHeaders([("Content-Disposition", header)]).contentDisposition.flatMap { value in
                parameter == "filename" ? value.filename : parameter == "name" ? value.name : nil
            }
        }

        /// Removes every file received so far.
        func discard() {
            receiver?.discard()
            upload.files.forEach { disposal.dispose($0.file.url) }
        }
    }
}
