"""English messages of governance in the reports: boards, approvals by several bodies, the honest diff summary."""

MESSAGES: dict[str, str] = {
    # hplan diff: what could not be compared, and the rules' errors beside the changes
    "g.not_compared.one": "{count} file not compared (not readable, or not a valid plan or board)",
    "g.not_compared.other": "{count} files not compared (not readable, or not valid plans or boards)",
    "g.not_assessed": "so the approval they need is not assessed; fix the errors and run again",
    "g.none_compared": (
        "nothing could be compared, so the approval needed is not assessed; fix the errors and run again"
    ),
    "g.rule_errors.one": "{count} rule error in a new version, listed below the changes",
    "g.rule_errors.other": "{count} rule errors in the new versions, listed below the changes",
    "g.rule_errors_heading": "Rule errors in the new versions (compared anyway; run hplan validate):",
    "g.md.rule_errors": "Rule errors",
    "g.md.rule_errors_intro": "The new versions of these files break the rules; their changes are compared anyway:",
    # approvals by several bodies
    "g.body.lbf": "Landsbyggefonden",
    "g.body.board": "the board",
    "g.body.steering_group": "the steering group",
    "g.also_missing": "the changes also need approval by {bodies}, which no new entry records",
    "g.count.boards.one": "{count} board",
    "g.count.boards.other": "{count} boards",
    "g.and": "and",
    "g.board_title": "board",
    "g.board_wide": "The board",
    "g.governs": "governs: {plans}",
    # word-level changes of long texts
    "g.words": "see the marked words",
    # hplan status: the board and the contingency plan
    "g.s.next_meeting": "next board meeting {date}",
    "g.s.contingency_missing": "missing; the funding round requires one",
    "g.s.contingency_review": "review was due {date}",
    "g.s.board": "Board",
    "g.s.contingency": "Contingency plan",
    # hplan report: the board's follow-up of the criteria
    "g.r.heading": "The board's follow-up of the success criteria in {year}",
    "g.r.meetings.one": "The board met {count} time in {year} about the plan.",
    "g.r.meetings.other": "The board met {count} times in {year} about the plan.",
    "g.r.no_meetings": "No board meeting about the plan is recorded for {year}.",
    "g.r.header": "| Success criterion | Followed up by the board |",
    "g.r.criterion": "Success criterion",
    "g.r.followed_up": "Followed up by the board",
    "g.r.not_followed_up": "not followed up",
}
