"""Danish messages of the money parts: the money section of ``hplan status`` and ``hplan report --kind lbf``.

In the terms of LBF and finance staff (danish.md): finansieringskilde,
forbrug, uforbrugt LBF-tilskud, reguleringskonto, medfinansiering, årlig
indberetning til Landsbyggefonden.
"""

MESSAGES: dict[str, str] = {
    # hplan status: the money section
    "m.heading": "Økonomi",
    "m.sources.title": "Budget, forbrug og uforbrugt pr. finansieringskilde",
    "m.lbf.title": "Landsbyggefonden: udbetalt, forbrugt og reguleringskontoen",
    "m.commitments.title": "Tilsagn om medfinansiering over for budgettet",
    "m.portfolio.title": "Medfinansiering pr. part og år på tværs af planerne",
    "m.portfolio.reports": "Årlige indberetninger til Landsbyggefonden",
    "m.col.year": "År",
    "m.col.source": "Finansieringskilde",
    "m.col.planned": "Budget",
    "m.col.spent": "Forbrug",
    "m.col.unused": "Uforbrugt",
    "m.col.paid": "Udbetalt",
    "m.col.used": "Forbrugt",
    "m.col.movement": "Bevægelse",
    "m.col.balance": "Uforbrugt LBF-tilskud",
    "m.col.party": "Part",
    "m.col.form": "Form",
    "m.col.committed": "Tilsagn",
    "m.col.budgeted": "Budgetteret",
    "m.col.actual": "Faktisk",
    "m.col.plan": "Plan",
    "m.lbf": "Landsbyggefonden",
    "m.other": "anden kilde",
    "m.period": "perioden",
    "m.form.cash": "kontant",
    "m.form.in_kind": "frikøb m.m.",
    "m.recorded": "{amount} (regnskab)",
    "m.not_reported": "ikke opgjort",
    "m.report.next": "Årlig indberetning til Landsbyggefonden for {year}: frist {due} (om {days})",
    "m.report.today": "Årlig indberetning til Landsbyggefonden for {year}: frist i dag, {due}",
    "m.report.overdue": (
        "Årlig indberetning til Landsbyggefonden for {year}: fristen {due} er overskredet med {days}; "
        "Landsbyggefonden tilbageholder udbetalingerne, til den er modtaget"
    ),
    "m.report.done": "Årlige indberetninger til Landsbyggefonden: alle, der har frist, er indberettet",
    "m.report.last": "senest indberettet: {year} den {date}",
    "m.report.none_yet": "ingen indberettet endnu",
    "m.attention.report_overdue": "årlig indberetning til LBF for {year}: fristen {due} er overskredet",
}
