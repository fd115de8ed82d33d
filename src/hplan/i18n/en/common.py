"""English terms any command may use: counted nouns, the states of criteria, milestones and agreements, units."""

MESSAGES: dict[str, str] = {
    # a text that exists only in English (a profile of the user's own, a rule not yet translated)
    "only_english": "{text}",
    # counted nouns: tn() picks .one or .other
    "count.files.one": "{count} file",
    "count.files.other": "{count} files",
    "count.errors.one": "{count} error",
    "count.errors.other": "{count} errors",
    "count.warnings.one": "{count} warning",
    "count.warnings.other": "{count} warnings",
    "count.plans.one": "{count} plan",
    "count.plans.other": "{count} plans",
    "count.changes.one": "{count} change",
    "count.changes.other": "{count} changes",
    "count.days.one": "{count} day",
    "count.days.other": "{count} days",
    "count.criteria.one": "{count} criterion",
    "count.criteria.other": "{count} criteria",
    "count.decisions.one": "{count} decision",
    "count.decisions.other": "{count} decisions",
    # states of criteria, milestones and agreements
    "state.on_track": "on track",
    "state.at_risk": "at risk",
    "state.off_track": "off track",
    "state.no_data": "no data",
    "state.overdue": "overdue",
    "state.due_soon": "due soon",
    "state.planned": "planned",
    "state.done": "done",
    "state.cancelled": "cancelled",
    "state.late": "late",
    "state.open": "open",
    "state.expired": "expired",
    "state.expiring": "expiring",
    "state.ends_early": "ends early",
    "state.valid": "valid",
    # a figure with its unit's sign
    "unit.percent": "{value}%",
    "unit.per_1000": "{value}‰",
    "unit.dkk": "{value} kr",
}
