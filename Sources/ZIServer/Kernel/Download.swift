import Foundation
import Vapor

/// Headers of a file download: content type, and a `Content-Disposition` that keeps the
/// UTF-8 name (RFC 6266 `filename*`) with an ASCII fallback for old clients.
enum Download {
    /// Sets the download headers on `response`; `inline` asks the browser to show the file.
    static func describe(_ response: Response, type: HTTPMediaType, fileName: String, inline: Bool = false) {
        response.headers.contentType = type
        let fallback = String(fileName.map { $0.isASCII && ($0.isLetter || $0.isNumber || " -._()".contains($0)) ? $0 : "_" })
        let encoded =
            fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? fallback
        let disposition = inline ? "inline" : "attachment"
        response.headers.replaceOrAdd(
            name: .contentDisposition,
            value: "\(disposition); filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)")
    }

    /// A response holding `data` as a file to save.
    /// The media types of the office documents SIZI writes.
    static let xlsxType = HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    static let docxType = HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.wordprocessingml.document")

    static func data(_ data: Data, type: HTTPMediaType, fileName: String) -> Response {
        let response = Response(status: .ok, body: .init(data: data))
        describe(response, type: type, fileName: fileName)
        return response
    }
}
