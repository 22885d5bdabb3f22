import Foundation

/// An answer file: `{"framework": "<id>", "answers": {"<question id>": <answer>, …}}`.
///
/// An answer is `"Ya"`/`"Tidak"`/`"A"`…`"E"`, a number (percentage or survey value), or an
/// object of `Jumlah` inputs (`{"agenPerubahan": 4, "perubahanDibuat": 3}`); see ``LKEAnswer``.
public struct LKEAnswerSheet: Sendable, Equatable {
    /// The id of the framework the answers belong to.
    public var framework: String
    /// Answers by question id.
    public var answers: [String: LKEAnswer]

    public init(framework: String, answers: [String: LKEAnswer]) {
        self.framework = framework
        self.answers = answers
    }

    /// Parses an answer file; a value that is not an answer fails with
    /// ``LKEAnswerError/malformedValue(question:reason:)`` naming its question id.
    public static func parse(_ data: Data) throws -> LKEAnswerSheet {
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            return LKEAnswerSheet(framework: file.framework, answers: file.answers.values)
        } catch let error as DecodingError {
            throw LKEAnswerError.malformedFile(reason: LKEFrameworkLoader.describe(error))
        }
    }

    /// Parses an answer file and checks it against `framework`: the framework id, every
    /// question id, and every answer's kind and value (see ``LKEQuestion/value(for:)``).
    public static func parse(_ data: Data, for framework: LKEFramework) throws -> LKEAnswerSheet {
        let sheet = try parse(data)
        try sheet.validate(against: framework)
        return sheet
    }

    /// Throws the first ``LKEAnswerError`` (in id order) found against `framework`.
    public func validate(against framework: LKEFramework) throws {
        guard self.framework == framework.id else {
            throw LKEAnswerError.frameworkMismatch(expected: framework.id, found: self.framework)
        }
        let questions = LKETreeIndex(framework).questionsById
        for (id, answer) in answers.sorted(by: { $0.key < $1.key }) {
            guard let question = questions[id] else { throw LKEAnswerError.unknownQuestion(id) }
            _ = try question.value(for: answer)
        }
    }

    private struct File: Decodable {
        let framework: String
        let answers: AnswerMap
    }

    /// Decodes the answers object key by key, so that a bad value names its question.
    private struct AnswerMap: Decodable {
        let values: [String: LKEAnswer]

        private struct Key: CodingKey {
            let stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            var values: [String: LKEAnswer] = [:]
            for key in container.allKeys {
                do {
                    values[key.stringValue] = try container.decode(LKEAnswer.self, forKey: key)
                } catch let DecodingError.dataCorrupted(context) {
                    throw LKEAnswerError.malformedValue(question: key.stringValue, reason: context.debugDescription)
                }
            }
            self.values = values
        }
    }
}
