import AttuneTUI

/// The keyboard flow through a questionnaire, one item at a time. A digit answers and moves on, so a complete
/// run is one digit per item plus Enter on the last item. Pure state: the screen saves and navigates.
public struct QuestionnaireFlow: Hashable, Sendable {
    public let questionnaire: Questionnaire
    /// Answer codes in item order; nil = unanswered.
    public private(set) var answers: [Int?]
    /// The item on screen.
    public private(set) var index = 0
    /// The choice under the cursor (Left/Right move it; Space picks it).
    public private(set) var highlighted = 0

    public enum Step: Hashable, Sendable {
        /// The screen should show the result (Enter on the last item).
        case finish
        /// The person wants to leave (Esc): keep a draft if anything was answered.
        case leave
        case changed
        case ignored
    }

    public init(questionnaire: Questionnaire, answers: [Int?]? = nil) {
        self.questionnaire = questionnaire
        var given = answers ?? []
        given = Array(given.prefix(questionnaire.items.count))
        given += Array(repeating: nil, count: questionnaire.items.count - given.count)
        self.answers = given
        // A resumed draft opens on the first unanswered item.
        index = given.firstIndex(where: { $0 == nil }) ?? max(0, given.count - 1)
        syncHighlight()
    }

    public var itemCount: Int { questionnaire.items.count }
    public var isLastItem: Bool { index == itemCount - 1 }
    public var answeredCount: Int { answers.compactMap { $0 }.count }
    public var currentAnswer: Int? { answers.indices.contains(index) ? answers[index] : nil }
    /// "3/8": the item on screen and how many there are.
    public var progressText: String { "\(min(index + 1, itemCount))/\(itemCount)" }

    public mutating func handle(_ key: Key) -> Step {
        guard itemCount > 0 else { return key == .escape ? .leave : .ignored }
        if let digit = KeyMap.digit(key) {
            guard let choice = questionnaire.choiceIndex(forDigit: digit) else { return .ignored }
            answer(choice)
            return .changed
        }
        switch key {
        case .escape: return .leave
        case .enter:
            if isLastItem { return .finish }
            move(to: index + 1)
        case .char(" "): answer(highlighted)
        case .backspace: move(to: index - 1)
        case .delete: answers[index] = nil
        case .up, .char("k"), .backTab: move(to: index - 1)
        case .down, .char("j"), .tab: move(to: index + 1)
        case .left, .char("h"): highlighted = max(0, highlighted - 1)
        case .right, .char("l"): highlighted = min(questionnaire.choices.count - 1, highlighted + 1)
        case .home, .pageUp, .char("g"): move(to: 0)
        case .end, .pageDown, .char("G"): move(to: itemCount - 1)
        default: return .ignored
        }
        return .changed
    }

    /// Records a choice for the item on screen and moves to the next item (the last item stays, awaiting Enter).
    public mutating func answer(_ choice: Int) {
        guard questionnaire.choices.indices.contains(choice) else { return }
        answers[index] = questionnaire.choices[choice].code
        if !isLastItem { move(to: index + 1) } else { syncHighlight() }
    }

    public mutating func move(to item: Int) {
        index = max(0, min(itemCount - 1, item))
        syncHighlight()
    }

    private mutating func syncHighlight() {
        if let code = currentAnswer, let i = questionnaire.choiceIndex(forCode: code) { highlighted = i }
    }
}
