// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sizi",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sizi", targets: ["sizi"]),
        .library(name: "ZICore", targets: ["ZICore"]),
        .library(name: "ZIDocuments", targets: ["ZIDocuments"]),
        .library(name: "ZIServer", targets: ["ZIServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/leaf.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/leaf-kit.git", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        // Already part of Vapor; named here to parse evidence uploads while they stream in.
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        // Already part of Vapor; named here for the SMTP client that sends reminders.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
    ],
    targets: [
        .target(
            name: "ZICore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto"), .product(name: "_CryptoExtras", package: "swift-crypto")],
            exclude: ["Monev/README.md"],
            resources: [
                .copy("Resources/frameworks"), .copy("Resources/prerequisites"), .copy("Resources/plan-templates"),
                .copy("Resources/gratification"), .copy("Resources/risk"), .copy("Resources/holidays"),
            ]
        ),
        .target(
            name: "ZIDocuments",
            dependencies: ["ZICore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "ZIServer",
            dependencies: [
                "ZICore",
                "ZIDocuments",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Leaf", package: "leaf"),
                .product(name: "LeafKit", package: "leaf-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            resources: [.copy("Resources/Views"), .copy("Resources/Public"), .copy("Resources/Locales"), .copy("Resources/OpenAPI")]
        ),
        // The benchmarks (`sizi bench …`): they seed through ZIServer's `package` services and
        // drive the server over real HTTP; nothing here ships inside ZIServer.
        .target(
            name: "ZIBench",
            dependencies: [
                "ZIServer",
                "ZICore",
                "ZIDocuments",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
            ]
        ),
        .executableTarget(
            name: "sizi",
            dependencies: [
                "ZIServer",
                "ZIBench",
                "ZICore",
                "ZIDocuments",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ZICoreTests", dependencies: ["ZICore"]),
        .testTarget(
            name: "ZIDocumentsTests",
            dependencies: ["ZIDocuments", "ZICore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "ZIServerTests",
            dependencies: [
                "ZIServer",
                "ZIBench",
                "ZICore",
                "ZIDocuments",
                .product(name: "XCTVapor", package: "vapor"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
