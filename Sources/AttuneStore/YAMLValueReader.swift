import AttuneDomain
import Foundation
import Yams

/// Turns a composed Yams node tree into `Value`, keeping mapping order. Timestamps and anything untyped stay text.
enum YAMLValueReader {
    struct Failure: Error {
        let line: Int
        let column: Int
        let reason: String
        /// The key involved, so a caller can find its line when the node carries no position.
        var key: String? = nil
    }

    static func value(_ node: Node) throws -> Value {
        switch node {
        case .scalar(let scalar):
            return scalarValue(scalar, node: node)
        case .sequence(let seq):
            return .list(try seq.map { try value($0) })
        case .mapping(let mapping):
            return .map(try fields(mapping))
        case .alias(let alias):
            throw Failure(line: alias.mark?.line ?? 0, column: alias.mark?.column ?? 0,
                          reason: "YAML aliases (*\(alias.anchor.rawValue)) are not supported in an entry")
        }
    }

    static func fields(_ mapping: Node.Mapping) throws -> Fields {
        var result = Fields()
        var seen = Set<String>()
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                throw Failure(line: mapping.mark?.line ?? 0, column: mapping.mark?.column ?? 0,
                              reason: "a key must be plain text, not a list or map")
            }
            let key = keyScalar.string
            if !seen.insert(key).inserted {
                throw Failure(line: keyScalar.mark?.line ?? 0, column: keyScalar.mark?.column ?? 0,
                              reason: "the key '\(key)' appears twice", key: key)
            }
            result[key] = try value(valueNode)
        }
        return result
    }

    private static func scalarValue(_ scalar: Node.Scalar, node: Node) -> Value {
        // Quoted and block scalars are always text; an explicit `!!str` tag too.
        guard scalar.style == .plain || scalar.style == .any, scalar.tag.description != "tag:yaml.org,2002:str" else {
            return .string(scalar.string)
        }
        switch PlainScalarResolver.resolve(scalar.string) {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .special, .string: return .string(scalar.string)
        }
    }
}
