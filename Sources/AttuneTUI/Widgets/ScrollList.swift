import Foundation

/// A scrollable table: rows of columns with one selected row, PgUp/PgDn/Home/End, and a filter that narrows
/// rows ignoring case and accents ("jose" finds "José"). Shows `emptyText` when nothing matches.
public struct ScrollList: Hashable, Sendable {
    public enum Width: Hashable, Sendable {
        case fixed(Int)
        /// Shares what the fixed columns leave, in proportion to the weight.
        case flexible(Int)
    }
    public enum Alignment: Hashable, Sendable { case left, right }

    public struct Column: Hashable, Sendable {
        public var title: String
        public var width: Width
        public var alignment: Alignment
        /// Columns with a lower priority are hidden first when the list is narrow.
        public var priority: Int
        /// The fewest cells a flexible column may get before lower-priority columns are hidden to make room.
        public var minimumWidth: Int
        public init(_ title: String, width: Width = .flexible(1), alignment: Alignment = .left, priority: Int = 0,
                    minimumWidth: Int = ScrollList.minimumFlexible) {
            self.title = title; self.width = width; self.alignment = alignment; self.priority = priority
            self.minimumWidth = minimumWidth
        }
    }

    public var columns: [Column]
    public var rows: [[String]] { didSet { foldedRows = rows.map(Self.searchKey); refilter() } }
    /// Words that must all appear in a row (case- and diacritic-insensitive).
    public var filter: String = "" { didSet { refilter() } }
    public var emptyText: String
    public var showsHeader: Bool
    /// Rows moved by PgUp/PgDn; screens set it to the visible height.
    public var pageSize: Int = 10
    /// Indices into `rows` that pass the filter, in order.
    public private(set) var visibleRows: [Int] = []
    /// Position of the selection within `visibleRows`.
    public private(set) var selected: Int = 0
    private var top = 0
    private var foldedRows: [String] = []

    public init(columns: [Column], rows: [[String]] = [], emptyText: String = "Nothing here yet.",
                showsHeader: Bool = true) {
        self.columns = columns
        self.emptyText = emptyText
        self.showsHeader = showsHeader
        self.rows = rows
        foldedRows = rows.map(Self.searchKey)
        refilter()
    }

    /// The selected row as an index into `rows`, or nil when no row is visible.
    public var selectedRow: Int? { visibleRows.indices.contains(selected) ? visibleRows[selected] : nil }

    /// Selects a row by its index in `rows` if it is visible.
    public mutating func select(row: Int) {
        if let i = visibleRows.firstIndex(of: row) { selected = i; top = scrolledTop(top: top, selected: i, height: pageSize, count: visibleRows.count) }
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
    static func searchKey(_ row: [String]) -> String { fold(row.joined(separator: " ")) }

    private mutating func refilter() {
        let keep = selectedRow
        let terms = Self.fold(filter).split(separator: " ").map(String.init)
        visibleRows = terms.isEmpty
            ? Array(rows.indices)
            : rows.indices.filter { i in terms.allSatisfy { foldedRows[i].contains($0) } }
        selected = keep.flatMap { visibleRows.firstIndex(of: $0) } ?? 0
        top = 0
    }

    public mutating func handle(_ key: Key) -> ListOutcome {
        if let i = navigate(key, index: selected, count: visibleRows.count, page: pageSize) {
            selected = i
            top = scrolledTop(top: top, selected: i, height: pageSize, count: visibleRows.count)
            return .moved
        }
        if key == .enter, let row = selectedRow { return .chosen(row) }
        return .ignored
    }

    /// Cell widths for a total width: fixed columns first, flexible ones share the rest, one space between.
    /// When the width is too small, columns are hidden (nil), lowest `priority` first, rightmost first among
    /// equals, until the rest fit with at least `minimumFlexible` cells for each flexible column.
    func columnWidths(total: Int) -> [Int?] {
        var shown = Array(columns.indices)
        while true {
            if let widths = layout(shown, total: total) { return widths }
            guard shown.count > 1 else { return columns.indices.map { $0 == shown.first ? total : nil } }
            let drop = shown.min { a, b in
                columns[a].priority != columns[b].priority ? columns[a].priority < columns[b].priority : a > b
            }!
            shown.removeAll { $0 == drop }
        }
    }

    public static let minimumFlexible = 6

    private func layout(_ shown: [Int], total: Int) -> [Int?]? {
        let gaps = max(0, shown.count - 1)
        var fixed = 0, weights = 0, needed = 0
        for i in shown {
            switch columns[i].width {
            case .fixed(let w): fixed += w
            case .flexible(let w): weights += max(1, w); needed += columns[i].minimumWidth
            }
        }
        let rest = total - gaps - fixed
        guard rest >= needed else { return nil }
        var widths = [Int?](repeating: nil, count: columns.count)
        var given = 0
        for i in shown {
            switch columns[i].width {
            case .fixed(let w): widths[i] = w
            case .flexible(let w): widths[i] = rest * max(1, w) / weights; given += widths[i]!
            }
        }
        // Rounding leftovers go to the last flexible column.
        if let last = shown.last(where: { if case .flexible = columns[$0].width { return true }; return false }) {
            widths[last]! += rest - given
        }
        return widths
    }

    func rowText(_ cells: [String], widths: [Int?]) -> String {
        var parts: [String] = []
        for (i, width) in widths.enumerated() {
            guard let w = width else { continue }
            let cell = i < cells.count ? cells[i] : ""
            if columns[i].alignment == .right {
                let t = DisplayWidth.truncate(cell, to: w)
                parts.append(String(repeating: " ", count: max(0, w - DisplayWidth.of(t))) + t)
            } else {
                parts.append(DisplayWidth.pad(cell, to: w))
            }
        }
        return parts.joined(separator: " ")
    }

    public func render(into buffer: inout Buffer, area: Rect, focused: Bool, theme: Theme) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: theme.normal)
        let widths = columnWidths(total: area.width)
        var body = area
        if showsHeader {
            buffer.write(rowText(columns.map(\.title), widths: widths), x: area.x, y: area.y, style: theme.title, clip: area)
            body = area.splitTop(1).1
        }
        guard !body.isEmpty else { return }
        if visibleRows.isEmpty {
            let text = filter.isEmpty ? emptyText : "No match for “\(filter)”."
            for (k, line) in Wrap.lines(text, width: body.width).prefix(body.height).enumerated() {
                buffer.write(line, x: body.x, y: body.y + k, style: theme.dim, clip: body)
            }
            return
        }
        let first = scrolledTop(top: top, selected: selected, height: body.height, count: visibleRows.count)
        for (k, i) in (first..<min(visibleRows.count, first + body.height)).enumerated() {
            let y = body.y + k
            buffer.write(rowText(rows[visibleRows[i]], widths: widths), x: body.x, y: y, style: theme.normal, clip: body)
            if i == selected {
                let highlight = focused ? theme.selection : theme.inactiveSelection
                buffer.restyle(Rect(x: body.x, y: y, width: body.width, height: 1)) { $0 = $0.merged(with: highlight) }
            }
        }
    }
}
