"""English messages of the rules' findings (``hplan validate``), by rule group; a rule makes them with ``msg``."""

MESSAGES: dict[str, str] = {
    "hint.did_you_mean": " (did you mean '{name}'?)",
    # period (HP201-HP204)
    "f.period.order": "the period ends ({end}) before it starts ({start})",
    "f.period.length": "the period is {years:.1f} years; plans under {profile} normally run {expected} years",
    "f.dated.activity_start": "activity '{id}' starts",
    "f.dated.activity_end": "activity '{id}' ends",
    "f.dated.measurement": "a measurement of '{id}' is dated",
    "f.dated.milestone": "milestone '{id}' is due",
    "f.dated.agreement": "cooperation agreement '{id}' is signed",
    "f.outside.before": "{what} {when}, before the period starts ({start} to {end})",
    "f.outside.after": "{what} {when}, after the period ends ({start} to {end})",
    "f.budget_year.outside": "budget year {year} is outside the period ({start} to {end})",
    # focus areas and criteria (HP301-HP305)
    "f.profile.unusable": "the profile file cannot be used: {problem}",
    "f.profile.unknown": (
        "no profile '{reference}'{hint}; built in: {names}, or a path to a profile file relative to the plan"
    ),
    "f.focus.not_in_profile": "'{id}' is not a focus area of {profile}{hint}; allowed: {allowed}",
    "f.focus.no_criteria": "focus area '{id}' has no success criterion; add at least one with a data source",
    "f.target.decrease": (
        "'{id}' should decrease, but its target ({target:g}) is not below its baseline ({base:g}); "
        "fix the target or the direction"
    ),
    "f.target.increase": (
        "'{id}' should increase, but its target ({target:g}) is not above its baseline ({base:g}); "
        "fix the target or the direction"
    ),
    "f.target.date": "'{id}' has its target date ({target}) before its baseline date ({base})",
    "f.percent.range": "{value:g} is not a percentage between 0 and 100",
    # budget (HP401-HP403)
    "f.share.below": (
        "local co-financing is {share:.1f}% of {total:,} kr; {profile} requires at least {minimum:.0%}. {fix}"
    ),
    "f.share.fix_lbf": "{less_lbf:,} kr less from lbf reaches it",
    "f.share.fix_both": "About {more_local:,} kr more local funding, or {less_lbf:,} kr less from lbf, reaches it",
    "f.contributors.no_municipality": (
        "no party is a municipality; a plan is signed by both a municipality and one or more housing organisations"
    ),
    "f.contributors.no_housing": (
        "no party is a housing organisation; a plan is signed by both a municipality and one or more housing "
        "organisations"
    ),
    "f.contributors.no_other": "no party is of the kind 'other', which the profile requires among the parties",
    "f.contributors.other_pays_nothing": (
        "no party of the kind 'other' ({names}) contributes to the budget over the whole period, "
        "though the profile asks it to"
    ),
    "f.contributors.municipality_pays_nothing": (
        "no municipality ({names}) contributes to the budget over the whole period; "
        "local co-financing comes mostly from both the municipality and the housing organisations"
    ),
    "f.contributors.housing_pays_nothing": (
        "no housing organisation ({names}) contributes to the budget over the whole period; "
        "local co-financing comes mostly from both the municipality and the housing organisations"
    ),
    "f.overspent": "{year}: spent {spent:,} kr against {planned:,} kr planned on the same lines ({over:,} kr over)",
    # organisation (HP501-HP502)
    "f.signature.missing": "party '{id}' has not signed the strategic agreement; add its signature",
    "f.milestone.done_without_date": "milestone '{id}' is done; add 'completed: DATE'",
    "f.milestone.date_without_done": (
        "milestone '{id}' has a completion date but status '{status}'; set 'status: done' or remove 'completed'"
    ),
    # governance (HP601-HP603)
    "f.evaluation.missing": "no evaluation is recorded for {year} (due {due}); the steering group evaluates each year",
    "f.milestone.overdue.one": (
        "milestone '{id}' was due {due} ({count} day ago) and is '{status}'; "
        "mark it done (with 'completed') or cancelled, or move it with the board"
    ),
    "f.milestone.overdue.other": (
        "milestone '{id}' was due {due} ({count} days ago) and is '{status}'; "
        "mark it done (with 'completed') or cancelled, or move it with the board"
    ),
    "f.agreement.expired": "cooperation agreement '{id}' expired {until} and has no successor; renew it",
    "f.agreement.expiring.one": (
        "cooperation agreement '{id}' expires {until} (in {count} day), before the plan's period ends ({end}); "
        "renew or extend it"
    ),
    "f.agreement.expiring.other": (
        "cooperation agreement '{id}' expires {until} (in {count} days), before the plan's period ends ({end}); "
        "renew or extend it"
    ),
    "f.agreement.ends_early": (
        "cooperation agreement '{id}' ends {until}, before the plan's period ({end}); renew or extend it"
    ),
    # ids and references (HP101-HP108)
    "f.id.twice": "{kind} id '{id}' is used twice in this plan; give each {kind} its own id",
    "f.kind.focus_area": "focus area",
    "f.kind.activity": "activity",
    "f.kind.milestone": "milestone",
    "f.kind.criterion": "success criterion",
    "f.kind.activity_group": "activity group",
    "f.kind.party": "party",
    "f.kind.target_group": "target group",
    "f.kind.agreement": "cooperation agreement",
    "f.kind.budget_line": "budget line",
    "f.kind.funding_source": "funding source",
    "f.unknown.ref": "no {kind} '{id}' in this plan{hint}.{listing}",
    "f.unknown.known": " Known: {names}.",
    "f.unknown.source": "{unknown} A source is lbf, other or a party id",
    "f.activity.other_area": "activity '{activity}' belongs to focus area '{area}', not to this milestone's '{own}'",
    "f.board.outside_folder": (
        "board path '{reference}' leads outside the plan's folder ({boundary}), which is not in a "
        "git repository; a board file must be in that folder or below it"
    ),
    "f.board.outside_repo": (
        "board path '{reference}' leads outside the repository ({boundary}); "
        "a board file must be inside the plans' repository"
    ),
    "f.board.missing": "board file '{reference}' does not exist (relative to this plan's folder)",
    "f.board.invalid": "board file '{reference}' is not a valid kind: board document; run hplan validate on it",
    "f.board.not_file": "board path '{reference}' is not a file",
    "f.board.not_listed": (
        "this plan points to board '{board}', but the board's 'plans' list does not include '{plan}'; add it there"
    ),
    "f.board.plan_unchecked": (
        "plan '{id}' is listed but not among the files checked; check the whole plans folder together, "
        "or remove it from the list"
    ),
    "f.board.plan_elsewhere": "plan '{id}' is listed, but its organisation.board does not point to this board file",
    "f.document_id.twice": "id '{id}' is also used by {file}; each plan and board needs its own id",
    "f.board.listed_twice": "plan '{id}' is listed twice",
    # personal data (HP701)
    "f.cpr": (
        "a CPR number (or something that looks like one) is in the file; plans name roles, never "
        "citizens. Remove it, and check the file's git history for it"
    ),
    # suppressions (HP901-HP903)
    "f.suppression.no_reason": (
        "the suppression of {codes} gives no reason; write it after the codes: '# hplan: ignore[{codes}] why'"
    ),
    "f.suppression.no_reason_config": (
        "the suppression of {rule} at '{path}' gives no reason; add 'reason:' to the entry"
    ),
    "f.suppression.unknown_rule": "'{code}' is not a rule; 'hplan rules' lists them",
    "f.suppression.cpr": "a CPR number (HP701) cannot be suppressed: remove the number from the file and its history",
    "f.suppression.cannot": "{code} cannot be suppressed; set its severity in the configuration instead",
    "f.suppression.unused_config": (
        "the suppression of {rule} at '{path}' in {file} hides nothing; "
        "remove the entry (the finding is gone, or the file, rule or path is misspelt)"
    ),
    "f.suppression.unused": "ignore[{code}] hides nothing on line {line}; remove it (the finding is gone or elsewhere)",
    "f.suppression.syntax": "this '# hplan:' comment is not a suppression hplan can read; write '{example}'",
    # success criteria as delaftaler write them (HP306-HP308, HP604-HP606)
    "f.baseline.missing": (
        "'{id}' has no baseline; give 'baseline' (value and date), or 'baseline_due' with the date it will be set by"
    ),
    "f.sub_target.direction": (
        "'{id}' should {direction}, but its sub-target for {date} ({value:g}) moves the other way from {previous:g}"
    ),
    "f.sub_target.target_back": (
        "'{id}' should {direction}, but its target ({target:g}) moves back from its last sub-target ({last:g})"
    ),
    "f.target_group.unknown": "no target group '{id}'{hint}; defined: {names}",
    "f.target_group.none": "no target group '{id}'{hint}; the plan defines none under 'target_groups'",
    "f.baseline.overdue": "the baseline of '{id}' was due {due} and is not set; record it under 'baseline'",
    "f.measurement.future": (
        "a measurement of '{id}' is dated {date}, after {as_of}; a measurement's date is the day the figure describes"
    ),
    "f.measurement.published": "a measurement of '{id}' is published {published}, after {as_of}",
    "f.assessment.missing": (
        "'{id}' has no assessment for {year} (due {due}); record whether it was met, partly met or not met"
    ),
    # the board as a body (HP109-HP113)
    "f.board.no_terms": (
        "the board '{name}' has no terms of reference; the profile requires a kommissorium for the board "
        "(add 'terms_of_reference' with 'adopted', 'reference' and 'meetings_per_year')"
    ),
    "f.board.party_missing": (
        "no member of the board '{board}' represents '{party}' ({id}); the board has "
        "the top administrative management of the municipality and each housing organisation"
    ),
    "f.board.meeting_overdue.one": (
        "the board '{name}' has not met since {since}; its terms of reference say {count} "
        "meeting a year, so the next was due by {due} (record it under 'meetings')"
    ),
    "f.board.meeting_overdue.other": (
        "the board '{name}' has not met since {since}; its terms of reference say {count} "
        "meetings a year, so the next was due by {due} (record it under 'meetings')"
    ),
    "f.board.not_followed_up": (
        "no meeting of the board '{name}' in {year} followed up this plan's success criteria; "
        "name the criteria a meeting followed up under 'followed_up'"
    ),
    "f.board.not_governed": (
        "plan '{id}' is not among the plans this board governs ('plans'); add it there or correct the id"
    ),
    # the contingency plan and the approval log (HP503-HP505)
    "f.contingency.missing": (
        "the plan has no contingency plan; the profile requires a beredskabsplan (add 'contingency_plan' with "
        "'adopted', and the situations it covers by role)"
    ),
    "f.contingency.review.one": (
        "the contingency plan's review was due by {due} ({count} month after the last review); "
        "review it and record the date under 'reviewed'"
    ),
    "f.contingency.review.other": (
        "the contingency plan's review was due by {due} ({count} months after the last review); "
        "review it and record the date under 'reviewed'"
    ),
    "f.approval.body": (
        "'{body}' is not a body that approves: write lbf, board, steering_group or a party id of the plan ({parties})"
    ),
    # the editor (HP020-HP021)
    "f.modeline.missing": (
        "the editor's schema '{target}' does not exist (the path is relative to this file's folder), so the "
        "editor checks nothing in this file; {hint}"
    ),
    "f.modeline.foreign": "the editor's schema '{target}' is not hplan's schema of a kind: {kind} document; {hint}",
    "f.modeline.other_kind": (
        "the editor's schema '{target}' is the schema of a kind: {found} document, not of a kind: {kind}; {hint}"
    ),
    "f.modeline.write": "write $schema={path}",
    "f.modeline.generate": "point it at {kind}.schema.json, which 'hplan schema' writes into schemas/",
    "f.number.notation": (
        "'{key}' is written {written}, which editors read as text, not as a number; write it in plain digits: {plain}"
    ),
    # money (HP404-HP410, HP630-HP631)
    "f.commitment.form.cash": "cash",
    "f.commitment.form.in_kind": "in_kind",
    "f.commitment.both": (
        "the commitment of '{party}' ({form}) gives both 'by_year' and 'amount'; "
        "give the amount per calendar year (by_year) or over the whole period (amount)"
    ),
    "f.commitment.neither": (
        "the commitment of '{party}' ({form}) gives neither 'by_year' nor 'amount'; "
        "give the amount per calendar year (by_year) or over the whole period (amount)"
    ),
    "f.commitment.party": (
        "'{party}' is not a party of the plan ({parties}); "
        "a commitment is made by a party that signs the strategic agreement"
    ),
    "f.commitment.exceeded.period": (
        "over the period: the budget lines fund {asked:,} kr from '{party}', which has committed "
        "{committed:,} kr ({more:,} kr more); the party must approve more"
    ),
    "f.commitment.exceeded.year": (
        "{year}: the budget lines fund {asked:,} kr from '{party}', which has committed "
        "{committed:,} kr ({more:,} kr more); the party must approve more"
    ),
    "f.commitment.unmet": (
        "{year}: '{party}' contributed {paid:,} kr of the {committed:,} kr it committed ({short:,} kr short)"
    ),
    "f.spent.unfunded": (
        "spending from '{source}', which does not fund this line ({funding}); "
        "add it to 'funding' or book the spending on its source"
    ),
    "f.lbf.unused": (
        "{year}: {unused:,} kr ({share:.0%}) of the {paid:,} kr "
        "Landsbyggefonden paid out is unused (more than {threshold:.0%}); it goes to the reguleringskonto, "
        "and using it later needs the municipality's and LBF's approval"
    ),
    "f.payment.outside": "a payment for {year}, outside the plan's period ({start} to {end})",
    "f.report.overdue.one": (
        "the yearly report to Landsbyggefonden for {year} was due {due} and is not recorded "
        "as submitted ({count} day overdue); LBF withholds its payments until it arrives"
    ),
    "f.report.overdue.other": (
        "the yearly report to Landsbyggefonden for {year} was due {due} and is not recorded "
        "as submitted ({count} days overdue); LBF withholds its payments until it arrives"
    ),
    "f.spending.unreported.one": (
        "{year}: the line has no 'spent', and the report for {year} was due {due}; "
        "record the year's spending (per source where known)"
    ),
    "f.spending.unreported.other": (
        "{year}: {count} budget lines have no 'spent', and the report for {year} was due {due}; "
        "record the year's spending (per source where known)"
    ),
}
