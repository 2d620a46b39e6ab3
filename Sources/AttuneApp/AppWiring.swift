import AttuneDomain
import Foundation

/// Connects the optional modules (rules, instruments) to a context. One place, so the CLI and tests agree.
public enum AppWiring {
    public static func configure(_ ctx: AppContext, workbookURL: URL?) {
    }
}
