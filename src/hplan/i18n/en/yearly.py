"""English messages of ``hplan report``: the yearly evaluation (målopfyldelsesskema).

The report names the Danish domain terms its readers know where English
has none of its own (boligsocial helhedsplan, Landsbyggefonden).
"""

MESSAGES: dict[str, str] = {
    "yearly.unreadable": "hplan: {file} cannot be read as a plan, so there is no report; fix the problems above",
    # the page's head and summary
    "yearly.title": "Goal attainment {year}",
    "yearly.subtitle": "Social housing master plan (boligsocial helhedsplan)",
    "yearly.period": "Period",
    "yearly.profile": "Rule set",
    "yearly.as_of": "As of",
    "yearly.file": "Plan file",
    "yearly.covered": "The plan's period covers {start} to {end} of {year}.",
    "yearly.range": "{start} to {end}",
    "yearly.summary": "Summary",
    "yearly.summary_criteria": "Success criteria",
    "yearly.summary_milestones": "Milestones in {year}",
    "yearly.summary_budget": "Budget {year}",
    "yearly.summary_evaluation": "Steering group's evaluation",
    "yearly.none": "none",
    # success criteria
    "yearly.criteria_heading": "Success criteria and calculated progress",
    "yearly.criteria_intro": (
        "Calculated progress is the share of the way from baseline to target that the year's measurement has "
        "come. The state holds it against the progress expected on the measurement's date - the sub-target "
        "where the plan sets sub-targets, else the straight line from baseline to target: on track from "
        "{on_track} of the expected share, at risk from {at_risk}, else off track. The year's measurement is "
        "the latest dated in {year}{cutoff_note}."
    ),
    "yearly.cutoff_note": " up to {cutoff}",
    "yearly.chart_key": (
        "The charts show the straight line from baseline to target (dashed), the measurements so far "
        "(dots) and {year} (shaded)."
    ),
    "yearly.chart_label": "Chart: {indicator}",
    "yearly.focus_area": "Focus area",
    "yearly.purpose": "Purpose",
    "yearly.criterion": "Success criterion",
    "yearly.indicator": "Indicator",
    "yearly.baseline": "Baseline",
    "yearly.target": "Target",
    "yearly.measurement": "Measured {year}",
    "yearly.attainment": "Calculated progress",
    "yearly.expected": "expected {share}",
    "yearly.state": "State",
    "yearly.data_source": "Data source",
    "yearly.no_measurement": "none in {year}",
    "yearly.latest_earlier": "latest {reading}",
    "yearly.maintain": "kept at baseline",
    "yearly.maintain_off": "{deviation} from baseline",
    "yearly.stale": "stale figure",
    "yearly.count_no_data": "{count} not measured in {year}",
    "yearly.no_data": "No measurement",
    # milestones
    "yearly.milestones_heading": "Milestones due in {year}",
    "yearly.milestones_none": "No milestone is due in {year}.",
    "yearly.next_milestones_heading": "Milestone plan for {year}",
    "yearly.milestone": "Milestone",
    "yearly.due": "Due",
    "yearly.completed": "Done {date}",
    "yearly.days_late": "{days} after the due date",
    "yearly.milestones.done.one": "{count} done",
    "yearly.milestones.done.other": "{count} done",
    "yearly.milestones.late.one": "{count} late",
    "yearly.milestones.late.other": "{count} late",
    "yearly.milestones.open.one": "{count} open",
    "yearly.milestones.open.other": "{count} open",
    "yearly.milestones.cancelled.one": "{count} cancelled",
    "yearly.milestones.cancelled.other": "{count} cancelled",
    # budget
    "yearly.budget_heading": "Budget and co-financing {year}",
    "yearly.budget_none": "The budget has no lines for {year}.",
    "yearly.source": "Funding source",
    "yearly.planned": "Planned",
    "yearly.spent": "Spent",
    "yearly.spent_share": "Spent %",
    "yearly.share_of_total": "Share",
    "yearly.total": "Total",
    "yearly.lbf": "Landsbyggefonden (LBF)",
    "yearly.other_source": "Other",
    "yearly.cross_cutting": "Cross-cutting (secretariat etc.)",
    "yearly.not_reported": "not reported",
    "yearly.budget_spent": "Spent in {year}: {spent} of {planned} ({share}).",
    "yearly.budget_not_spent": "Spending for {year} is not reported.",
    "yearly.local_share": "Local co-financing {year}: {local} ({share}). Over the whole period: {plan_share}{minimum}.",
    "yearly.local_minimum": " (at least {minimum} over the whole period)",
    "yearly.by_area": "Planned and spent per focus area",
    "yearly.local_share_short": "local co-financing",
    "yearly.spent_not_reported_short": "spending not reported",
    # the steering group's evaluation
    "yearly.evaluation_heading": "The steering group's evaluation of {year}",
    "yearly.evaluation_held": "The evaluation was held on {date}.",
    "yearly.decisions": "Decisions",
    "yearly.no_decisions": "No decisions are recorded.",
    "yearly.evaluation_pending": (
        "The steering group's evaluation of {year} is not recorded yet; it is held once the year has ended."
    ),
    "yearly.evaluation_missing": (
        "The steering group's evaluation of {year} is not recorded, although the year has ended."
    ),
    "yearly.evaluation_not_evaluated": (
        "{year} is not evaluated on its own: the plan's period ends {end}, and the final evaluation covers it."
    ),
    "yearly.evaluation_held_short": "held {date}, {decisions}",
    "yearly.evaluation_pending_short": "not recorded yet",
    "yearly.evaluation_missing_short": "missing",
    "yearly.evaluation_not_evaluated_short": "the year is not evaluated on its own",
    # revisions, validation, footer
    "yearly.revisions_heading": "Revisions approved in {year}",
    "yearly.revisions_none": "No revision was approved in {year}.",
    "yearly.approved_by_board": "approved by the board",
    "yearly.approved_by_lbf": "approved by Landsbyggefonden",
    "yearly.validation_heading": "Validation",
    "yearly.validation_ok": "The plan file is valid: no errors or warnings.",
    "yearly.validation_problems": "The plan file has {errors} and {warnings}:",
    "yearly.validation_counts": "{errors}, {warnings}",
    "yearly.validation_unread": "Left out of the report because it could not be read: {parts}.",
    "yearly.generated": "Made with hplan from {file}.",
    # how often a criterion is measured
    "yearly.frequency.yearly": "yearly",
    "yearly.frequency.half_yearly": "half-yearly",
    "yearly.frequency.quarterly": "quarterly",
    "yearly.frequency.monthly": "monthly",
    "yearly.frequency.once": "once",
}
