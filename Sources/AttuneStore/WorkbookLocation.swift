import Foundation

/// Where the workbook lives: `--workbook PATH`, else `$ATTUNE_WORKBOOK`, else `$XDG_DATA_HOME/attune`,
/// else `~/.local/share/attune` (XDG Base Directory defaults).
public enum WorkbookLocation {
    public static func resolve(explicit: String?, environment: [String: String]) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: expand(explicit, environment)) }
        if let env = environment["ATTUNE_WORKBOOK"], !env.isEmpty { return URL(fileURLWithPath: expand(env, environment)) }
        // XDG: a relative $XDG_DATA_HOME is invalid and must be ignored.
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("attune")
        }
        return home(environment).appendingPathComponent(".local/share/attune")
    }

    /// `$XDG_CONFIG_HOME/attune/config`, else `~/.config/attune/config`.
    public static func configFile(environment: [String: String]) -> URL {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("attune/config")
        }
        return home(environment).appendingPathComponent(".config/attune/config")
    }

    static func home(_ environment: [String: String]) -> URL {
        URL(fileURLWithPath: environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory())
    }

    /// `~/x` → `$HOME/x`, so a quoted path from a config or script works like the shell would have expanded it.
    static func expand(_ path: String, _ environment: [String: String]) -> String {
        if path == "~" { return home(environment).path }
        if path.hasPrefix("~/") { return home(environment).appendingPathComponent(String(path.dropFirst(2))).path }
        return path
    }
}
