"""Danske ord i JSON-skemaet om planens økonomi ud over budgettet (issue 17, docs/money.md)."""

MESSAGES: dict[str, str] = {
    "schema.Plan.lbf_payments": (
        "Landsbyggefondens udbetalinger til planen, hver for ét kalenderår. "
        "Eksempel: `- {date: 2017-03-15, year: 2017, amount: 1250000}`."
    ),
    "schema.Plan.regulation_account": (
        "Reguleringskontoens saldo fra afdelingens regnskab pr. år: den går forud for den saldo, hplan selv "
        "regner ud som udbetalt minus forbrugt."
    ),
    "schema.Plan.reporting": (
        "De årlige indberetninger til Landsbyggefonden: én pr. år med den dag, den blev sendt. "
        "Med denne nøgle advarer hplan om en indberetning eller et års forbrug, der er forsinket."
    ),
    "schema.Plan.co_financing": (
        "Hver parts tilsagn om medfinansiering: kontant eller som naturalier, pr. år eller for hele "
        "planperioden, og den beslutning, der godkendte det."
    ),
    "schema.LbfPayment": "En udbetaling fra Landsbyggefonden for ét kalenderår i planperioden.",
    "schema.LbfPayment.date": "Udbetalingsdagen, skrevet ÅÅÅÅ-MM-DD. Eksempel: `2017-03-15`.",
    "schema.LbfPayment.year": "Det kalenderår, udbetalingen hører til. Eksempel: `2017`.",
    "schema.LbfPayment.amount": "Det udbetalte beløb i hele kroner. Eksempel: `1250000`.",
    "schema.LbfPayment.reference": "Hvor udbetalingen er registreret. Eksempel: `LBF-brev 2017-03-10`.",
    "schema.RegulationAccountEntry": "Reguleringskontoens saldo ved et års udgang, fra regnskabet.",
    "schema.RegulationAccountEntry.year": "Kalenderåret. Eksempel: `2018`.",
    "schema.RegulationAccountEntry.balance": "Saldoen ved årets udgang i hele kroner. Eksempel: `85000`.",
    "schema.ReportingRecord": "Den årlige indberetning til Landsbyggefonden for ét kalenderår.",
    "schema.ReportingRecord.year": "Det kalenderår, indberetningen dækker. Eksempel: `2017`.",
    "schema.ReportingRecord.submitted": (
        "Den dag, den blev sendt, skrevet ÅÅÅÅ-MM-DD; udelades, indtil den er sendt. Eksempel: `2018-06-12`."
    ),
    "schema.ReportingRecord.reference": (
        "Hvor indberetningen er journaliseret. Eksempel: `Indberetning 2017, j.nr. 17-123`."
    ),
    "schema.Commitment": "En parts tilsagn om medfinansiering af planen og beslutningen bag det.",
    "schema.Commitment.party": "Id for den part, der giver tilsagnet, fra `parties`. Eksempel: `aalborg-kommune`.",
    "schema.Commitment.form": "Hvordan parten betaler: kontant eller som naturalier.",
    "schema.Commitment.by_year": "Beløbet pr. kalenderår i hele kroner. Eksempel: `{2017: 450000, 2018: 450000}`.",
    "schema.Commitment.amount": "Beløbet for hele planperioden i hele kroner (i stedet for `by_year`).",
    "schema.Commitment.description": (
        "Hvad tilsagnet går ud på. Eksempel: `Frikøb af en SSP-konsulent, 10 timer om ugen`."
    ),
    "schema.Commitment.decision": "Den beslutning, der godkendte tilsagnet: organ, dato og reference.",
    "schema.CommitmentForm.cash": "Kontant: penge, der indbetales til planens budget.",
    "schema.CommitmentForm.in_kind": "Naturalier: frikøbt personaletid, lokaler og lignende.",
    "schema.Decision": "Den beslutning, der godkendte et tilsagn: organet, dagen og referatet.",
    "schema.Decision.body": "Det organ, der besluttede. Eksempel: `Familie- og Beskæftigelsesudvalget`.",
    "schema.Decision.date": "Beslutningens dato, skrevet ÅÅÅÅ-MM-DD. Eksempel: `2016-11-23`.",
    "schema.Decision.reference": "Hvor beslutningen er ført til referat. Eksempel: `Udvalgsmøde 2016-11-23, punkt 4`.",
    "schema.title.LbfPayment": "udbetaling fra LBF",
    "schema.title.RegulationAccountEntry": "saldo på reguleringskontoen",
    "schema.title.ReportingRecord": "indberetning til LBF",
    "schema.title.Commitment": "tilsagn om medfinansiering",
    "schema.title.Decision": "godkendende beslutning",
}
