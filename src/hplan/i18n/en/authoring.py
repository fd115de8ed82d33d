"""English messages of the commands that write plans: ``new``, ``profiles``, ``record`` and ``fmt``."""

MESSAGES: dict[str, str] = {
    # Arguments typed the Danish way (hplan.authoring.danish_input).
    "a.input.date": "{what}: '{value}' is not a date; write it as YYYY-MM-DD (2024-12-31) or DD.MM.YYYY (31.12.2024)",
    "a.input.short_year": "{what}: '{value}' has a two-digit year; write the whole year, e.g. 31.12.2024",
    "a.input.no_such_day": "{what}: '{value}' is not a day of the calendar; check the day and the month",
    "a.input.amount": "{what}: '{value}' is not an amount; write whole kroner, e.g. 1250000, 1.250.000 or 1250000 kr.",
    "a.input.ore": "{what}: '{value}' has øre; amounts in a plan are whole kroner",
    "a.input.figure": "{what}: '{value}' is not a number; write it as 46.1 or 46,1",
    "a.input.ambiguous": (
        "{what}: '{value}' can be read as {thousands} (Danish thousands point) or as {decimal}; "
        "write {thousands} or {decimal}"
    ),
    # Finding what the user named.
    "a.unknown.criterion": "there is no success criterion '{ref}' in the plan{hint}",
    "a.unknown.milestone": "there is no milestone '{ref}' in the plan{hint}",
    "a.unknown.area": "the year has no budget line for the focus area '{ref}'{hint}",
    "a.unknown.category": "the year has no budget line of the category '{ref}'{hint}",
    "a.unknown.approver": (
        "'{ref}' is not a body that approves plan changes: lbf, board, steering_group or a party of the plan{hint}"
    ),
    "a.unknown.profile_area": "the profile has no focus area '{ref}'{hint}",
    "a.did_you_mean": "; did you mean '{choice}'?",
    "a.known": "; the plan has: {ids}",
    "a.ambiguous": "'{ref}' fits more than one ({ids}); give the id",
    "a.measurement.exists": ("'{ref}' already has a measurement on {date} ({value}); add --replace to replace it"),
    "a.evaluation.exists": "the plan already has an evaluation of {year}; add --replace to replace it",
    "a.spending.no_year": "the budget has no line for {year}; record spending on a year the budget plans",
    "a.spending.which": ("{year} has more than one budget line ({lines}); name one with --area and --category"),
    "a.milestone.date_only_done": "--date is the day a milestone was done; give it with 'done' only",
    # The edit engine.
    "a.edit.cannot_read": "{file}: cannot be read ({reason})",
    "a.edit.cannot_write": "{file}: cannot be written ({reason}); the file is as it was",
    "a.edit.changed_on_disk": (
        "{file}: the file changed while hplan was editing it; nothing was written - run the command again"
    ),
    "a.edit.data_changed": "{file}: formatting would change the plan's data; nothing was written (a bug in hplan)",
    "a.refused.unreadable": "{file}: not changed: hplan cannot read the plan; fix the problem above first",
    "a.refused.invalid": "{file}: not changed: the plan has {errors}; fix them first (hplan validate shows them)",
    "a.refused.adds_errors": "{file}: not changed: the change would add {errors}",
    "a.unchanged": "{file}: already so; nothing to change",
    "a.recorded.measurement": "{file}: measurement recorded",
    "a.recorded.milestone": "{file}: milestone recorded",
    "a.recorded.evaluation": "{file}: evaluation recorded",
    "a.recorded.spending": "{file}: spending recorded",
    "a.recorded.approval": "{file}: approval recorded in the approval log",
    # fmt
    "a.fmt.wrote": "formatted {file}",
    "a.fmt.would": "would format {file}",
    "a.fmt.summary": "{files} checked, {changed} formatted",
    "a.fmt.summary.check": "{files} checked, {changed} to format",
    # new and profiles
    "a.new.exists": "{file}: exists; hplan new never overwrites a file",
    "a.new.missing": "{options}: needed with --no-input",
    "a.new.profile": "'{ref}' is not a built-in profile{hint}",
    "a.new.kind": "party '{name}': kind '{kind}' is not one of housing_organisation, municipality, other",
    "a.new.parties": "a plan needs a municipality and at least one housing organisation among its parties",
    "a.new.party": "--party '{value}': write NAME=KIND, e.g. 'Aalborg Kommune=municipality'",
    "a.new.wrote": "wrote {file} with the focus areas {areas}",
    "a.new.next": "Next: fill in what the comments ask for, then: hplan validate {file}",
    "a.ask.name": "The plan's name",
    "a.ask.area": "The area (neighbourhood and estates)",
    "a.ask.profile": "The profile (LBF funds, e.g. lbf-2019-26)",
    "a.ask.start": "Start date (2021-04-01 or 01.04.2021)",
    "a.ask.focus": "Focus areas, comma-separated ids or names ({choices})",
    "a.ask.party": "Party {number}: its name (empty when done)",
    "a.ask.kind": "Kind of '{name}' (housing_organisation, municipality, other)",
    "a.ask.lbf": "Landsbyggefonden's grant per year (kr.)",
    "a.profiles.rules": "  local co-financing at least {share}; a plan runs {years} years",
    "a.profiles.approvals": "  a change needs {default} approval, and LBF's where it touches: {lbf}",
    "a.profiles.areas": "  focus areas:",
    # The skeleton of hplan new: its comments and the texts to rewrite.
    "a.skel.head": (
        "A new plan under {profile}, made by hplan new.\n"
        "Rewrite every text marked with >>; hplan validate checks the rest.\n"
        "The plan names roles and organisations, never persons."
    ),
    "a.skel.purpose": ">> Write the purpose of the strategic cooperation agreement",
    "a.skel.period": "The plan's period: the profile's usual length from the start date.",
    "a.skel.parties": "The parties that sign the strategic cooperation agreement (id, name, kind).",
    "a.skel.strategic_agreement": (
        "The strategic cooperation agreement: its purpose and a signature per party\n"
        "(set each signature's date and role; a change needs LBF's approval)."
    ),
    "a.skel.organisation": "The organisation: board, steering group, secretariat, activity groups.",
    "a.skel.focus_areas": (
        "The focus areas, each with its sub-agreement (delaftale): purpose, core\n"
        "challenges, success criteria with baseline, target and data source, activities."
    ),
    "a.skel.cooperation_agreements": "Cooperation agreements with local partners (school, jobcenter, SSP).",
    "a.skel.milestones": "The milestone plan: hplan record milestone marks one done, delayed or cancelled.",
    "a.skel.budget": (
        "The budget in whole kroner per calendar year: LBF's grant and the local\n"
        "co-financing at the profile's minimum, split evenly; set the agreed figures.\n"
        "hplan record spending records what was spent."
    ),
    "a.skel.evaluations": "The steering group's yearly evaluations: hplan record evaluation adds one.",
    "a.skel.revisions": "The approval log of changes to the plan: hplan record approval adds one.",
    "a.skel.terms_comment": "The board's terms of reference (kommissorium): correct the date it was adopted.",
    "a.skel.terms_reference": ">> Where the terms of reference are found",
    "a.skel.contingency_plan": (
        "The contingency plan (beredskabsplan): who does what after serious incidents, by role - never by name.\n"
        "Correct the date it was adopted."
    ),
    "a.skel.contingency_reference": ">> Where the contingency plan is found",
    "a.skel.situation": ">> A situation the plan prepares for",
    "a.skel.actions": ">> What is done, and how soon",
    "a.skel.department": ">> Department",
    "a.skel.board": "Bestyrelsen for helhedsplanen {name}",
    "a.skel.board_comment": "The board: inline here, or a path to a shared board file (boards/NAME.yaml).",
    "a.skel.area": "{name}",
    "a.skel.area_purpose": ">> Write the purpose of the sub-agreement",
    "a.skel.challenge": ">> Write a core challenge",
    "a.skel.criterion": ">> Write the success criterion",
    "a.skel.indicator": ">> Write the indicator that measures it",
    "a.skel.source": ">> Write the data source",
    "a.skel.unit": "Set unit, direction, baseline and target; hplan record measurement adds measurements.",
}
