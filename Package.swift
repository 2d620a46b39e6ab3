// swift-tools-version:6.0
import PackageDescription

// Layering (see docs/ARCHITECTURE.md):
//   AttuneDomain  <- AttuneStore, AttuneGuard, AttuneRules   (no terminal code)
//   AttuneTUI     (cell buffer, widgets, runtime; no curses)
//   AttuneTerminal (the only target that imports CNcursesw)
//   AttuneApp     (screens: model/update/view) <- attune (arguments + wiring only)
let package = Package(
    name: "attune",
    platforms: [.macOS(.v13)],
    products: [.executable(name: "attune", targets: ["attune"])],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // No pkgConfig: SwiftPM would drop its -D flags with a warning; the shim defines what it needs and the
        // headers are in the default include path on Debian/Ubuntu.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw",
                       providers: [.apt(["libncursesw5-dev"])]),
        // Resource-only target rooted at the package so the top-level Resources/ folder ships with the binary.
        .target(name: "AttuneResources", path: ".",
                exclude: ["Sources/CNcursesw", "Sources/AttuneDomain", "Sources/AttuneStore", "Sources/AttuneGuard",
                          "Sources/AttuneRules", "Sources/AttuneTUI", "Sources/AttuneTerminal", "Sources/AttuneApp",
                          "Sources/attune", "Tests", "README.md", "docs", ".ci", "scripts"],
                sources: ["Sources/AttuneResources"], resources: [.copy("Resources")]),
        .target(name: "AttuneDomain", dependencies: ["AttuneResources", .product(name: "Yams", package: "Yams")]),
        .target(name: "AttuneStore", dependencies: ["AttuneDomain", .product(name: "Yams", package: "Yams")]),
        .target(name: "AttuneGuard", dependencies: ["AttuneDomain"]),
        .target(name: "AttuneRules", dependencies: ["AttuneDomain"]),
        .target(name: "AttuneTUI"),
        .target(name: "AttuneTerminal", dependencies: ["AttuneTUI", "CNcursesw"]),
        .target(name: "AttuneApp", dependencies: ["AttuneTUI", "AttuneDomain", "AttuneStore", "AttuneGuard", "AttuneRules"]),
        .executableTarget(name: "attune", dependencies: [
            "AttuneApp", "AttuneTerminal", "AttuneStore", "AttuneDomain", "AttuneGuard", "AttuneRules",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "AttuneDomainTests", dependencies: ["AttuneDomain"]),
        .testTarget(name: "AttuneStoreTests", dependencies: ["AttuneStore", "AttuneDomain"]),
        .testTarget(name: "AttuneGuardTests", dependencies: ["AttuneGuard"]),
        .testTarget(name: "AttuneRulesTests", dependencies: ["AttuneRules", "AttuneDomain"]),
        .testTarget(name: "AttuneTUITests", dependencies: ["AttuneTUI"]),
        .testTarget(name: "AttuneAppTests", dependencies: ["AttuneApp", "AttuneTUI", "AttuneDomain", "AttuneStore"]),
        .testTarget(name: "AttuneEndToEndTests", dependencies: ["AttuneDomain", "AttuneTUI"]),
    ],
    swiftLanguageModes: [.v6]
)
