/// What the runtime draws instead of the program when the window is below the program's minimum size:
/// the size needed, the size now, and what to do, word-wrapped and centred so it reads even at 20×6.
struct TooSmallNotice {
    let needed: Size
    let actual: Size

    var message: String {
        "Attune needs at least \(needed.width)×\(needed.height) — this window is \(actual.width)×\(actual.height). Enlarge the window."
    }

    func draw(into buffer: inout Buffer) {
        let width = buffer.size.width, height = buffer.size.height
        guard width > 0, height > 0 else { return }
        var lines = Wrap.lines(message, width: width)
        if lines.count > height {
            // Keep the sizes (the first lines) and mark the cut.
            lines = Array(lines.prefix(height))
            lines[height - 1] = DisplayWidth.truncate(lines[height - 1] + " …", to: width)
        }
        let top = (height - lines.count) / 2
        for (i, line) in lines.enumerated() {
            let x = max(0, (width - DisplayWidth.of(line)) / 2)
            buffer.write(line, x: x, y: top + i, style: i == 0 ? .bold : .plain)
        }
    }
}
