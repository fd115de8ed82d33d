"""Danish messages of ``hplan report``: the yearly status for the steering group's evaluation, its default language.

Its readers are Danish municipal and housing managers, so it uses their
terms (i18n/glossary.py, spec/danish.md): indsatsområde, succeskriterium, baseline, mål, beregnet fremdrift
(not "målopfyldelse", which is the agreed judgement), milepæl,
medfinansiering.
"""

MESSAGES: dict[str, str] = {
    "yearly.unreadable": "hplan: {file} kan ikke læses som en plan, så der er ingen rapport; ret problemerne ovenfor",
    # the page's head and summary
    "yearly.title": "Årsstatus {year}",
    "yearly.subtitle": "Boligsocial helhedsplan",
    "yearly.period": "Periode",
    "yearly.profile": "Bevilling",
    "yearly.as_of": "Opgjort pr.",
    "yearly.file": "Planfil",
    "yearly.covered": "Planens periode dækker {start}–{end} af {year}.",
    "yearly.range": "{start}–{end}",
    "yearly.summary": "Sammenfatning",
    "yearly.summary_criteria": "Succeskriterier",
    "yearly.summary_milestones": "Milepæle i {year}",
    "yearly.summary_budget": "Budget {year}",
    "yearly.summary_evaluation": "Styregruppens evaluering",
    "yearly.none": "ingen",
    # success criteria
    "yearly.criteria_heading": "Succeskriterier og beregnet fremdrift",
    "yearly.criteria_intro": (
        "Beregnet fremdrift er den andel af vejen fra baseline til mål, som årets måling har nået. Status "
        "sammenholder den beregnede fremdrift med den forventede på målingens dato - delmålet, hvor planen har "
        "delmål, ellers den lige linje fra baseline til mål: følger planen "
        "fra {on_track} af den forventede fremdrift, risiko fra {at_risk}, ellers bagud. Årets måling er den "
        "seneste måling dateret i {year}{cutoff_note}."
    ),
    "yearly.cutoff_note": " til og med {cutoff}",
    "yearly.chart_key": (
        "Figurerne viser den lige linje fra baseline til mål (stiplet), målingerne indtil nu (punkter) "
        "og {year} (skygget felt)."
    ),
    "yearly.chart_label": "Figur: {indicator}",
    "yearly.focus_area": "Indsatsområde og delaftale",
    "yearly.purpose": "Formål",
    "yearly.criterion": "Succeskriterium",
    "yearly.indicator": "Indikator",
    "yearly.baseline": "Baseline",
    "yearly.target": "Mål",
    "yearly.measurement": "Måling {year}",
    "yearly.attainment": "Beregnet fremdrift",
    "yearly.expected": "forventet {share}",
    "yearly.state": "Status",
    "yearly.data_source": "Datakilde",
    "yearly.no_measurement": "ingen måling i {year}",
    "yearly.latest_earlier": "seneste {reading}",
    "yearly.maintain": "skal holdes på niveau med baseline",
    "yearly.maintain_off": "{deviation} fra baseline",
    "yearly.stale": "mangler ny måling",
    "yearly.count_no_data": "{count} uden måling i {year}",
    "yearly.no_data": "Ingen måling",
    # milestones
    "yearly.milestones_heading": "Milepæle med frist i {year}",
    "yearly.milestones_none": "Ingen milepæle har frist i {year}.",
    "yearly.next_milestones_heading": "Milepælsplan for {year}",
    "yearly.milestone": "Milepæl",
    "yearly.due": "Frist",
    "yearly.completed": "Gennemført {date}",
    "yearly.days_late": "{days} efter fristen",
    "yearly.milestones.done.one": "{count} gennemført",
    "yearly.milestones.done.other": "{count} gennemførte",
    "yearly.milestones.late.one": "{count} forsinket",
    "yearly.milestones.late.other": "{count} forsinkede",
    "yearly.milestones.open.one": "{count} åben",
    "yearly.milestones.open.other": "{count} åbne",
    "yearly.milestones.cancelled.one": "{count} udgået",
    "yearly.milestones.cancelled.other": "{count} udgåede",
    # budget
    "yearly.budget_heading": "Budget og medfinansiering {year}",
    "yearly.budget_none": "Budgettet har ingen linjer for {year}.",
    "yearly.source": "Finansieringskilde",
    "yearly.planned": "Budget",
    "yearly.spent": "Forbrug",
    "yearly.spent_share": "Forbrug i %",
    "yearly.share_of_total": "Andel",
    "yearly.total": "I alt",
    "yearly.lbf": "Landsbyggefonden",
    "yearly.other_source": "Øvrige",
    "yearly.cross_cutting": "Tværgående (sekretariat m.m.)",
    "yearly.not_reported": "ikke opgjort",
    "yearly.budget_spent": "Forbrug {year}: {spent} af {planned} ({share}).",
    "yearly.budget_not_spent": "Forbruget for {year} er ikke opgjort.",
    "yearly.local_share": (
        "Lokal medfinansiering {year}: {local} ({share}). Over hele perioden: {plan_share}{minimum}."
    ),
    "yearly.local_minimum": " (mindst {minimum} over hele perioden)",
    "yearly.by_area": "Budget og forbrug pr. indsatsområde",
    "yearly.local_share_short": "lokal medfinansiering",
    "yearly.spent_not_reported_short": "forbrug ikke opgjort",
    # the steering group's evaluation
    "yearly.evaluation_heading": "Styregruppens evaluering af {year}",
    "yearly.evaluation_held": "Styregruppen gennemførte evalueringen {date}.",
    "yearly.decisions": "Beslutninger",
    "yearly.no_decisions": "Der er ikke registreret beslutninger.",
    "yearly.evaluation_pending": (
        "Styregruppens evaluering af {year} er ikke registreret endnu; den gennemføres, når året er omme."
    ),
    "yearly.evaluation_missing": "Styregruppens evaluering af {year} er ikke registreret, selv om året er omme.",
    "yearly.evaluation_not_evaluated": (
        "{year} evalueres ikke for sig: planens periode slutter {end}, og året indgår i den afsluttende evaluering."
    ),
    "yearly.evaluation_held_short": "gennemført {date}, {decisions}",
    "yearly.evaluation_pending_short": "ikke registreret endnu",
    "yearly.evaluation_missing_short": "mangler",
    "yearly.evaluation_not_evaluated_short": "året evalueres ikke for sig",
    # revisions, validation, footer
    "yearly.revisions_heading": "Godkendte ændringer i {year}",
    "yearly.revisions_none": "Der er ikke godkendt ændringer af planen i {year}.",
    "yearly.approved_by_board": "godkendt af bestyrelsen",
    "yearly.approved_by_lbf": "godkendt af Landsbyggefonden",
    "yearly.validation_heading": "Validering",
    "yearly.validation_ok": "Planfilen er gyldig: ingen fejl eller advarsler.",
    "yearly.validation_problems": "Planfilen har {errors} og {warnings}:",
    "yearly.validation_counts": "{errors}, {warnings}",
    "yearly.validation_unread": "Ikke medtaget i rapporten, fordi det ikke kunne læses: {parts}.",
    "yearly.generated": "Udarbejdet med hplan ud fra {file}.",
    # how often a criterion is measured
    "yearly.frequency.yearly": "årlig",
    "yearly.frequency.half_yearly": "halvårlig",
    "yearly.frequency.quarterly": "kvartalsvis",
    "yearly.frequency.monthly": "månedlig",
    "yearly.frequency.once": "én gang",
}
