import Foundation

/// A `%` question's formula: numbers, input names, `+ - * /` and parentheses.
///
/// Evaluation is exact decimal arithmetic (see ``LKEExactResult``) extended like IEEE
/// arithmetic on purpose: `x / 0` is `+∞` for `x > 0`, `-∞` for `x < 0` and undefined for
/// `0 / 0`. The scorer then clamps ±∞ to 100 % / 0 % and replaces an undefined result by the
/// question's `ifZeroOverZero` rule.
public struct LKEFormula: Sendable, Equatable {
    /// The formula as written in the framework file.
    public let source: String
    private let root: Expression

    /// Parses `source`; throws ``LKEFormulaError`` with the position of the problem.
    public init(_ source: String) throws(LKEFormulaError) {
        self.source = source
        var parser = Parser(tokens: try Self.tokenize(source), source: source)
        root = try parser.parseFormula()
    }

    /// The input names the formula refers to.
    public var identifiers: Set<String> { root.identifiers }

    /// Evaluates the formula; a name without a value counts as NaN.
    public func evaluate(_ values: [String: Double]) -> Double {
        exactValue(values.mapValues { Decimal(shortest: $0) }).double
    }

    /// Evaluates the formula exactly; a name without a value makes the result undefined.
    public func exactValue(_ values: [String: Decimal]) -> LKEExactResult {
        root.evaluate(values)
    }

    private indirect enum Expression: Sendable, Equatable {
        case number(Decimal)
        case variable(String)
        case negate(Expression)
        case binary(Character, Expression, Expression)

        var identifiers: Set<String> {
            switch self {
            case .number: []
            case .variable(let name): [name]
            case .negate(let operand): operand.identifiers
            case .binary(_, let lhs, let rhs): lhs.identifiers.union(rhs.identifiers)
            }
        }

        func evaluate(_ values: [String: Decimal]) -> LKEExactResult {
            switch self {
            case .number(let value): return .finite(value)
            case .variable(let name): return values[name].map { $0.isNaN ? .undefined : .finite($0) } ?? .undefined
            case .negate(let operand): return -operand.evaluate(values)
            case .binary(let op, let lhs, let rhs):
                let (a, b) = (lhs.evaluate(values), rhs.evaluate(values))
                switch op {
                case "+": return a + b
                case "-": return a - b
                case "*": return a * b
                default: return a / b
                }
            }
        }
    }

    private enum Token: Equatable {
        case number(Decimal)
        case name(String)
        case symbol(Character)
    }

    private static func tokenize(_ source: String) throws(LKEFormulaError) -> [(token: Token, offset: Int)] {
        var tokens: [(token: Token, offset: Int)] = []
        let chars = Array(source)
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if char.isWhitespace {
                index += 1
            } else if "+-*/()".contains(char) {
                tokens.append((.symbol(char), index))
                index += 1
            } else if char.isASCII && (char.isNumber || char == ".") {
                let start = index
                while index < chars.count, chars[index].isASCII, chars[index].isNumber || chars[index] == "." { index += 1 }
                let text = String(chars[start..<index])
                guard Double(text) != nil, let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
                    throw LKEFormulaError(message: "malformed number \"\(String(chars[start..<index]))\"", offset: start)
                }
                tokens.append((.number(value), start))
            } else if char.isASCII && (char.isLetter || char == "_") {
                let start = index
                while index < chars.count, chars[index].isASCII, chars[index].isLetter || chars[index].isNumber || chars[index] == "_" {
                    index += 1
                }
                tokens.append((.name(String(chars[start..<index])), start))
            } else {
                throw LKEFormulaError(message: "unexpected character \"\(char)\"", offset: index)
            }
        }
        return tokens
    }

    /// Recursive descent: formula = sum; sum = product (("+"|"-") product)*;
    /// product = unary (("*"|"/") unary)*; unary = "-" unary | atom; atom = number | name | "(" sum ")".
    private struct Parser {
        let tokens: [(token: Token, offset: Int)]
        let source: String
        var position = 0

        init(tokens: [(token: Token, offset: Int)], source: String) {
            self.tokens = tokens
            self.source = source
        }

        private var offset: Int { position < tokens.count ? tokens[position].offset : source.count }

        private mutating func take(_ symbols: String) -> Character? {
            guard position < tokens.count, case .symbol(let symbol) = tokens[position].token, symbols.contains(symbol) else { return nil }
            position += 1
            return symbol
        }

        mutating func parseFormula() throws(LKEFormulaError) -> Expression {
            guard !tokens.isEmpty else { throw LKEFormulaError(message: "empty formula", offset: 0) }
            let expression = try parseSum()
            guard position == tokens.count else { throw LKEFormulaError(message: "unexpected token", offset: offset) }
            return expression
        }

        private mutating func parseSum() throws(LKEFormulaError) -> Expression {
            var expression = try parseProduct()
            while let op = take("+-") { expression = .binary(op, expression, try parseProduct()) }
            return expression
        }

        private mutating func parseProduct() throws(LKEFormulaError) -> Expression {
            var expression = try parseUnary()
            while let op = take("*/") { expression = .binary(op, expression, try parseUnary()) }
            return expression
        }

        private mutating func parseUnary() throws(LKEFormulaError) -> Expression {
            if take("-") != nil { return .negate(try parseUnary()) }
            return try parseAtom()
        }

        private mutating func parseAtom() throws(LKEFormulaError) -> Expression {
            guard position < tokens.count else { throw LKEFormulaError(message: "unexpected end of formula", offset: offset) }
            switch tokens[position].token {
            case .number(let value):
                position += 1
                return .number(value)
            case .name(let name):
                position += 1
                return .variable(name)
            case .symbol("("):
                position += 1
                let inner = try parseSum()
                guard take(")") != nil else { throw LKEFormulaError(message: "missing \")\"", offset: offset) }
                return inner
            case .symbol:
                throw LKEFormulaError(message: "unexpected token", offset: offset)
            }
        }
    }
}

/// A syntax error in an LKE formula, with the character offset where it was found.
public struct LKEFormulaError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public let offset: Int

    public var description: String { "\(message) at character \(offset + 1)" }
}
