"""English messages for success criteria as delaftaler write them, judgements and ended plans (issue 16)."""

MESSAGES: dict[str, str] = {
    # recorded judgements (målopfyldelse): English enum values, the field's words
    "c.judgement.met": "met",
    "c.judgement.partly_met": "partly met",
    "c.judgement.not_met": "not met",
    "c.judged": "judged {judgement} for {year}",
    "c.baseline_pending": "baseline missing (due {date})",
    "c.sub_target": "sub-target {value} for {year}",
    # qualitative criteria
    "c.qualitative.heading": "Qualitative criteria (judged each year)",
    "c.qualitative.not_judged": "not judged yet",
    "c.qualitative.missing": "no judgement for {years}",
    "c.qualitative.row": "{text} ({id}): {state}",
    "c.col.criterion": "Criterion",
    "c.col.judgement": "Judgement",
    "c.attention.judgement": "criterion '{name}': no judgement for {years}",
    "c.attention.baseline": "criterion '{name}': baseline was due {date}",
    # evaluations
    "c.evaluation.deadline": "{last}; the evaluation of {year} is due by {date}",
    "state.renewed": "renewed",  # an agreement that a successor takes over
    # ended plans
    "c.ended": "ended",
    "c.ended.left_out.one": "{count} ended plan is left out (--include-ended lists it): {plans}",
    "c.ended.duty_missing": "closing duty: the evaluation of {years} is missing",
    "c.ended.duty_due": "closing duty: the evaluation of {year} is due by {date}",
    "c.ended.left_out.other": "{count} ended plans are left out (--include-ended lists them): {plans}",
    # the yearly report
    "c.report.judgement": "Goal attainment (judged)",
    "c.report.not_judged": "not judged",
    "c.report.qualitative_heading": "Qualitative criteria",
    "c.report.qualitative_intro": (
        "The steering group judges each qualitative criterion met, partly met or not met for the year."
    ),
    "c.report.lag": "figures arrive about {months} months after their date",
    "c.report.target_group": "Target group",
    "c.report.target_groups": "Target groups",
    "c.report.note": "Note",
}
