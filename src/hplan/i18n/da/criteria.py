"""Danske tekster om succeskriterier, som delaftaler skriver dem, målopfyldelse og afsluttede planer (issue 16).

Målopfyldelse er styregruppens vurdering (opfyldt / delvist opfyldt / ikke
opfyldt); hplans beregnede tal hedder beregnet fremdrift (danish.md).
"""

MESSAGES: dict[str, str] = {
    "c.judgement.met": "opfyldt",
    "c.judgement.partly_met": "delvist opfyldt",
    "c.judgement.not_met": "ikke opfyldt",
    "c.judged": "målopfyldelse {year}: {judgement}",
    "c.baseline_pending": "baseline mangler (frist {date})",
    "c.sub_target": "delmål {value} for {year}",
    "c.qualitative.heading": "Kvalitative succeskriterier (vurderes hvert år)",
    "c.qualitative.not_judged": "ikke vurderet endnu",
    "c.qualitative.missing": "mangler vurdering for {years}",
    "c.qualitative.row": "{text} ({id}): {state}",
    "c.col.criterion": "Succeskriterium",
    "c.col.judgement": "Målopfyldelse",
    "c.attention.judgement": "succeskriteriet '{name}' mangler vurdering for {years}",
    "c.attention.baseline": "succeskriteriet '{name}': baseline skulle være fastlagt {date}",
    "c.evaluation.deadline": "{last}; frist for evalueringen af {year}: {date}",
    "state.renewed": "fornyet",  # an agreement that a successor takes over
    "c.ended": "afsluttet",
    "c.ended.left_out.one": "{count} afsluttet plan er udeladt (--include-ended viser den): {plans}",
    "c.ended.duty_missing": "afsluttende opgave: styregruppens evaluering af {years} mangler",
    "c.ended.duty_due": "afsluttende opgave: frist for evalueringen af {year}: {date}",
    "c.ended.left_out.other": "{count} afsluttede planer er udeladt (--include-ended viser dem): {plans}",
    "c.report.judgement": "Målopfyldelse (vurderet)",
    "c.report.not_judged": "ikke vurderet",
    "c.report.qualitative_heading": "Kvalitative succeskriterier",
    "c.report.qualitative_intro": (
        "Styregruppen vurderer hvert år, om et kvalitativt succeskriterium er opfyldt, delvist opfyldt eller "
        "ikke opfyldt."
    ),
    "c.report.lag": "tallene kommer ca. {months} måneder efter deres dato",
    "c.report.target_group": "Målgruppe",
    "c.report.target_groups": "Målgrupper",
    "c.report.note": "Bemærkning",
}
