"""Danish messages of governance in the reports: bestyrelsen, godkendelser fra flere instanser, diffens resumé."""

MESSAGES: dict[str, str] = {
    # hplan diff: what could not be compared, and the rules' errors beside the changes
    "g.not_compared.one": (
        "{count} fil er ikke sammenlignet (den kan ikke læses eller er ikke en gyldig plan eller bestyrelsesfil)"
    ),
    "g.not_compared.other": (
        "{count} filer er ikke sammenlignet (de kan ikke læses eller er ikke gyldige planer eller bestyrelsesfiler)"
    ),
    "g.not_assessed": "så godkendelsesbehovet er ikke vurderet for dem; ret fejlene og kør igen",
    "g.none_compared": "intet kunne sammenlignes, så godkendelsesbehovet er ikke vurderet; ret fejlene og kør igen",
    "g.rule_errors.one": "{count} fejl i en ny version, vist under ændringerne",
    "g.rule_errors.other": "{count} fejl i de nye versioner, vist under ændringerne",
    "g.rule_errors_heading": "Fejl i de nye versioner (ændringerne er sammenlignet alligevel; kør hplan validate):",
    "g.md.rule_errors": "Fejl",
    "g.md.rule_errors_intro": "De nye versioner af disse filer bryder reglerne; ændringerne er sammenlignet alligevel:",
    # approvals by several bodies
    "g.body.lbf": "Landsbyggefonden",
    "g.body.board": "bestyrelsen",
    "g.body.steering_group": "styregruppen",
    "g.also_missing": "ændringerne kræver også godkendelse fra {bodies}, og ingen ny post registrerer den",
    "g.count.boards.one": "{count} bestyrelse",
    "g.count.boards.other": "{count} bestyrelser",
    "g.and": "og",
    "g.board_title": "bestyrelse",
    "g.board_wide": "Bestyrelsen",
    "g.governs": "leder: {plans}",
    # word-level changes of long texts
    "g.words": "se de markerede ord",
    # hplan status: the board and the contingency plan
    "g.s.next_meeting": "næste bestyrelsesmøde {date}",
    "g.s.contingency_missing": "mangler; bevillingsrammen kræver en",
    "g.s.contingency_review": "skulle have været gennemgået senest {date}",
    "g.s.board": "Bestyrelse",
    "g.s.contingency": "Beredskabsplan",
    # hplan report: the board's follow-up of the criteria
    "g.r.heading": "Bestyrelsens opfølgning på succeskriterierne i {year}",
    "g.r.meetings.one": "Bestyrelsen holdt {count} møde om helhedsplanen i {year}.",
    "g.r.meetings.other": "Bestyrelsen holdt {count} møder om helhedsplanen i {year}.",
    "g.r.no_meetings": "Der er ikke registreret noget bestyrelsesmøde om helhedsplanen i {year}.",
    "g.r.header": "| Succeskriterium | Fulgt op af bestyrelsen |",
    "g.r.criterion": "Succeskriterium",
    "g.r.followed_up": "Fulgt op af bestyrelsen",
    "g.r.not_followed_up": "ikke fulgt op",
}
