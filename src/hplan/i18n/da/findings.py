"""Danish messages of the rules' findings (``hplan validate``): what is wrong; what to do (see spec/danish.md 1.5)."""

MESSAGES: dict[str, str] = {
    "hint.did_you_mean": " (mente du '{name}'?)",
    # period (HP201-HP204)
    "f.period.order": "planperioden slutter ({end}), før den begynder ({start}); ret 'start' eller 'end'",
    "f.period.length": "planperioden er {years:.1f} år; helhedsplaner under {profile} løber normalt {expected} år",
    "f.dated.activity_start": "aktiviteten '{id}' begynder",
    "f.dated.activity_end": "aktiviteten '{id}' slutter",
    "f.dated.measurement": "en måling af succeskriteriet '{id}' er dateret",
    "f.dated.milestone": "milepælen '{id}' har frist",
    "f.dated.agreement": "samarbejdsaftalen '{id}' er underskrevet",
    "f.outside.before": "{what} {when}, før planperioden begynder ({start}–{end})",
    "f.outside.after": "{what} {when}, efter planperioden er slut ({start}–{end})",
    "f.budget_year.outside": "budgetåret {year} ligger uden for planperioden ({start}–{end}); ret 'year'",
    # focus areas and criteria (HP301-HP305)
    "f.profile.unusable": "filen med bevillingsrammen kan ikke bruges: {problem}",
    "f.profile.unknown": (
        "bevillingsrammen '{reference}' findes ikke{hint}; indbygget: {names}, "
        "eller en sti til en fil med bevillingsrammen, regnet fra planens mappe"
    ),
    "f.focus.not_in_profile": "'{id}' er ikke et indsatsområde under {profile}{hint}; brug et af disse: {allowed}",
    "f.focus.no_criteria": ("indsatsområdet '{id}' har intet succeskriterium; tilføj mindst ét med en datakilde"),
    "f.target.decrease": (
        "succeskriteriet '{id}' skal falde, men målet ({target:g}) ligger ikke under baseline ({base:g}); "
        "ret målet eller retningen ('direction')"
    ),
    "f.target.increase": (
        "succeskriteriet '{id}' skal stige, men målet ({target:g}) ligger ikke over baseline ({base:g}); "
        "ret målet eller retningen ('direction')"
    ),
    "f.target.date": "succeskriteriet '{id}' har sin måldato ({target}) før baselinedatoen ({base}); ret datoerne",
    "f.percent.range": "{value:g} er ikke en procentsats mellem 0 og 100; ret værdien",
    # budget (HP401-HP403)
    "f.share.below": (
        "den lokale medfinansiering er {share:.1f} % af {total:,} kr., og {profile} kræver mindst {minimum:.0%}; {fix}"
    ),
    "f.share.fix_lbf": "{less_lbf:,} kr. mindre fra Landsbyggefonden opfylder kravet",
    "f.share.fix_both": (
        "ca. {more_local:,} kr. mere i lokal medfinansiering eller {less_lbf:,} kr. mindre fra Landsbyggefonden "
        "opfylder kravet"
    ),
    "f.contributors.no_municipality": (
        "ingen part er en kommune; en helhedsplan underskrives af både en kommune og en eller flere "
        "boligorganisationer, så tilføj kommunen under 'parties'"
    ),
    "f.contributors.no_housing": (
        "ingen part er en boligorganisation; en helhedsplan underskrives af både en kommune og en eller flere "
        "boligorganisationer, så tilføj boligorganisationen under 'parties'"
    ),
    "f.contributors.no_other": "ingen part er af typen 'other' (anden part), som regelsættet kræver blandt parterne",
    "f.contributors.other_pays_nothing": (
        "ingen part af typen 'other' ({names}) bidrager til budgettet i planperioden, selv om regelsættet kræver det"
    ),
    "f.contributors.municipality_pays_nothing": (
        "ingen kommune ({names}) bidrager til budgettet i planperioden; den lokale medfinansiering kommer "
        "hovedsageligt fra både kommunen og boligorganisationerne"
    ),
    "f.contributors.housing_pays_nothing": (
        "ingen boligorganisation ({names}) bidrager til budgettet i planperioden; den lokale medfinansiering kommer "
        "hovedsageligt fra både kommunen og boligorganisationerne"
    ),
    "f.overspent": (
        "{year}: forbruget er {spent:,} kr. mod {planned:,} kr. budgetteret på de samme budgetposter "
        "({over:,} kr. for meget)"
    ),
    # organisation (HP501-HP502)
    "f.signature.missing": "parten '{id}' har ikke underskrevet den strategiske samarbejdsaftale; tilføj underskriften",
    "f.milestone.done_without_date": "milepælen '{id}' står som gennemført; tilføj 'completed: ÅÅÅÅ-MM-DD'",
    "f.milestone.date_without_done": (
        "milepælen '{id}' har en gennemførelsesdato, men status '{status}'; skriv 'status: done' eller fjern "
        "'completed'"
    ),
    # governance (HP601-HP603)
    "f.evaluation.missing": (
        "styregruppens evaluering af {year} er ikke registreret (frist {due}); styregruppen evaluerer hvert år, "
        "så tilføj den under 'evaluations'"
    ),
    "f.milestone.overdue.one": (
        "milepælen '{id}' havde frist {due} (for {count} dag siden) og står som {status}; markér den som "
        "gennemført (med 'completed') eller udgået, eller få bestyrelsen til at flytte fristen"
    ),
    "f.milestone.overdue.other": (
        "milepælen '{id}' havde frist {due} (for {count} dage siden) og står som {status}; markér den som "
        "gennemført (med 'completed') eller udgået, eller få bestyrelsen til at flytte fristen"
    ),
    "f.agreement.expired": "samarbejdsaftalen '{id}' udløb {until} og har ingen afløser; forny den",
    "f.agreement.expiring.one": (
        "samarbejdsaftalen '{id}' udløber {until} (om {count} dag), før planperioden slutter ({end}); "
        "forny eller forlæng den"
    ),
    "f.agreement.expiring.other": (
        "samarbejdsaftalen '{id}' udløber {until} (om {count} dage), før planperioden slutter ({end}); "
        "forny eller forlæng den"
    ),
    "f.agreement.ends_early": (
        "samarbejdsaftalen '{id}' udløber {until}, før planperioden slutter ({end}); forny eller forlæng den"
    ),
    # ids and references (HP101-HP108)
    "f.id.twice": "id'et '{id}' ({kind}) bruges to gange i planen; giv hver sit eget id",
    "f.kind.focus_area": "indsatsområde",
    "f.kind.activity": "aktivitet",
    "f.kind.milestone": "milepæl",
    "f.kind.criterion": "succeskriterium",
    "f.kind.activity_group": "aktivitetsgruppe",
    "f.kind.party": "part",
    "f.kind.target_group": "målgruppe",
    "f.kind.agreement": "samarbejdsaftale",
    "f.kind.budget_line": "budgetpost",
    "f.kind.funding_source": "finansieringskilde",
    "f.unknown.ref": "planen har ingen {kind} med id'et '{id}'{hint}; ret henvisningen{listing}",
    "f.unknown.known": " (kendte: {names})",
    "f.unknown.source": "{unknown}; en finansieringskilde er lbf, other eller en parts id",
    "f.activity.other_area": (
        "aktiviteten '{activity}' hører til indsatsområdet '{area}', ikke til milepælens '{own}'; ret henvisningen"
    ),
    "f.board.outside_folder": (
        "stien til bestyrelsesfilen '{reference}' fører uden for planens mappe ({boundary}), som ikke ligger i et "
        "git-repository; flyt bestyrelsesfilen ind i mappen eller en mappe under den"
    ),
    "f.board.outside_repo": (
        "stien til bestyrelsesfilen '{reference}' fører uden for repositoriet ({boundary}); "
        "flyt bestyrelsesfilen ind i planernes repository"
    ),
    "f.board.missing": (
        "bestyrelsesfilen '{reference}' findes ikke (stien regnes fra planens mappe); ret stien under "
        "'organisation.board'"
    ),
    "f.board.invalid": (
        "bestyrelsesfilen '{reference}' er ikke et gyldigt dokument med 'kind: board'; kør hplan validate på den"
    ),
    "f.board.not_file": "stien til bestyrelsesfilen '{reference}' er ikke en fil; ret stien under 'organisation.board'",
    "f.board.not_listed": (
        "planen henviser til bestyrelsen '{board}', men bestyrelsens liste 'plans' indeholder ikke '{plan}'; "
        "tilføj den dér"
    ),
    "f.board.plan_unchecked": (
        "planen '{id}' står på listen, men er ikke blandt de kontrollerede filer; kontrollér hele mappen med planer "
        "samlet, eller fjern den fra listen"
    ),
    "f.board.plan_elsewhere": (
        "planen '{id}' står på listen, men dens 'organisation.board' henviser ikke til denne bestyrelsesfil; ret "
        "henvisningen"
    ),
    "f.document_id.twice": "id'et '{id}' bruges også af {file}; giv hver plan og bestyrelse sit eget id",
    "f.board.listed_twice": "planen '{id}' står to gange på listen; fjern den ene",
    # personal data (HP701)
    "f.cpr": (
        "filen indeholder et CPR-nummer (eller noget, der ligner et); helhedsplaner nævner roller, aldrig borgere, "
        "så fjern nummeret og kontrollér også filens git-historik"
    ),
    # suppressions (HP901-HP903)
    "f.suppression.no_reason": (
        "undtagelsen for {codes} angiver ingen begrundelse; skriv den efter koderne: '# hplan: ignore[{codes}] hvorfor'"
    ),
    "f.suppression.no_reason_config": (
        "undtagelsen for {rule} ved '{path}' angiver ingen begrundelse; tilføj 'reason:' til posten"
    ),
    "f.suppression.unknown_rule": "'{code}' er ikke en regel; 'hplan rules' viser dem alle",
    "f.suppression.cpr": ("et CPR-nummer (HP701) kan ikke undtages; fjern nummeret fra filen og fra dens historik"),
    "f.suppression.cannot": "{code} kan ikke undtages; sæt i stedet reglens niveau i konfigurationen",
    "f.suppression.unused_config": (
        "undtagelsen for {rule} ved '{path}' i {file} skjuler ingen bemærkning; fjern posten (bemærkningen er væk, "
        "eller fil, regel eller sti er stavet forkert)"
    ),
    "f.suppression.unused": (
        "ignore[{code}] skjuler ingen bemærkning på linje {line}; fjern den (bemærkningen er væk eller står et "
        "andet sted)"
    ),
    "f.suppression.syntax": "denne '# hplan:'-kommentar er ikke en undtagelse, som hplan kan læse; skriv '{example}'",
    # success criteria as delaftaler write them (HP306-HP308, HP604-HP606)
    "f.baseline.missing": (
        "succeskriteriet '{id}' har ingen baseline; tilføj 'baseline' (værdi og dato) eller 'baseline_due' med "
        "den dato, baselinen senest fastlægges"
    ),
    "f.sub_target.direction": (
        "succeskriteriet '{id}' {direction}, men delmålet for {date} ({value:g}) går den modsatte vej fra "
        "{previous:g}; ret delmålet eller retningen ('direction')"
    ),
    "f.sub_target.target_back": (
        "succeskriteriet '{id}' {direction}, men målet ({target:g}) går tilbage i forhold til det seneste delmål "
        "({last:g}); ret målet eller delmålene"
    ),
    "f.target_group.unknown": "planen har ingen målgruppe '{id}'{hint}; ret henvisningen (definerede: {names})",
    "f.target_group.none": (
        "planen har ingen målgruppe '{id}'{hint}; planen definerer ingen målgrupper, så tilføj den under "
        "'target_groups'"
    ),
    "f.baseline.overdue": (
        "baselinen for succeskriteriet '{id}' havde frist {due} og er ikke fastlagt; registrér den under 'baseline'"
    ),
    "f.measurement.future": (
        "en måling af succeskriteriet '{id}' er dateret {date}, efter opgørelsesdatoen ({as_of}); en målings dato "
        "er den dag, tallet beskriver, så ret datoen"
    ),
    "f.measurement.published": (
        "en måling af succeskriteriet '{id}' er offentliggjort {published}, efter opgørelsesdatoen ({as_of}); "
        "ret 'published'"
    ),
    "f.assessment.missing": (
        "succeskriteriet '{id}' har ingen vurdering af målopfyldelsen for {year} (frist {due}); registrér, om målet "
        "er opfyldt, delvist opfyldt eller ikke opfyldt"
    ),
    # the board as a body (HP109-HP113)
    "f.board.no_terms": (
        "bestyrelsen '{name}' har intet kommissorium, selv om bevillingsrammen kræver et kommissorium for "
        "bestyrelsen; tilføj 'terms_of_reference' med 'adopted', 'reference' og 'meetings_per_year'"
    ),
    "f.board.party_missing": (
        "intet medlem af bestyrelsen '{board}' repræsenterer '{party}' ({id}); bestyrelsen har repræsentation af "
        "den øverste administrative ledelse i kommunen og i hver boligorganisation, så tilføj et medlem for parten"
    ),
    "f.board.meeting_overdue.one": (
        "bestyrelsen '{name}' har ikke holdt møde siden {since}; ifølge kommissoriet holder den {count} møde om "
        "året, så det næste møde skulle have været holdt senest {due} (registrér det under 'meetings')"
    ),
    "f.board.meeting_overdue.other": (
        "bestyrelsen '{name}' har ikke holdt møde siden {since}; ifølge kommissoriet holder den {count} møder om "
        "året, så det næste møde skulle have været holdt senest {due} (registrér det under 'meetings')"
    ),
    "f.board.not_followed_up": (
        "intet møde i bestyrelsen '{name}' i {year} fulgte op på planens succeskriterier; skriv under "
        "'followed_up', hvilke succeskriterier et møde fulgte op på"
    ),
    "f.board.not_governed": (
        "planen '{id}' er ikke blandt de helhedsplaner, bestyrelsen leder ('plans'); tilføj den dér, eller ret id'et"
    ),
    # the contingency plan and the approval log (HP503-HP505)
    "f.contingency.missing": (
        "planen har ingen beredskabsplan, selv om bevillingsrammen kræver en; tilføj 'contingency_plan' med "
        "'adopted' og de situationer, den dækker, beskrevet ud fra roller"
    ),
    "f.contingency.review.one": (
        "beredskabsplanen skulle have været gennemgået senest {due} ({count} måned efter seneste gennemgang); "
        "gennemgå den, og registrér datoen under 'reviewed'"
    ),
    "f.contingency.review.other": (
        "beredskabsplanen skulle have været gennemgået senest {due} ({count} måneder efter seneste gennemgang); "
        "gennemgå den, og registrér datoen under 'reviewed'"
    ),
    "f.approval.body": (
        "'{body}' er ikke en instans, der godkender; skriv lbf, board, steering_group eller id'et på en af "
        "planens parter ({parties})"
    ),
    # the editor (HP020-HP021)
    "f.modeline.missing": (
        "editorens skema '{target}' findes ikke (stien regnes fra filens mappe), så editoren kontrollerer intet i "
        "filen; {hint}"
    ),
    "f.modeline.foreign": "editorens skema '{target}' er ikke hplans skema for et dokument med 'kind: {kind}'; {hint}",
    "f.modeline.other_kind": (
        "editorens skema '{target}' er skemaet for et dokument med 'kind: {found}', ikke 'kind: {kind}'; {hint}"
    ),
    "f.modeline.write": "skriv $schema={path}",
    "f.modeline.generate": "henvis til {kind}.schema.json, som 'hplan schema' skriver i schemas/",
    "f.number.notation": (
        "'{key}' er skrevet {written}, som editorer læser som tekst, ikke som et tal; skriv det med almindelige "
        "cifre: {plain}"
    ),
    # money (HP404-HP410, HP630-HP631)
    "f.commitment.form.cash": "kontant",
    "f.commitment.form.in_kind": "frikøb m.m.",
    "f.commitment.both": (
        "tilsagnet om medfinansiering fra '{party}' ({form}) angiver både 'by_year' og 'amount'; angiv beløbet "
        "enten pr. kalenderår (by_year) eller for hele planperioden (amount)"
    ),
    "f.commitment.neither": (
        "tilsagnet om medfinansiering fra '{party}' ({form}) angiver hverken 'by_year' eller 'amount'; angiv "
        "beløbet enten pr. kalenderår (by_year) eller for hele planperioden (amount)"
    ),
    "f.commitment.party": (
        "'{party}' er ikke en af planens parter ({parties}); et tilsagn om medfinansiering gives af en part, der "
        "underskriver den strategiske samarbejdsaftale, så ret 'party'"
    ),
    "f.commitment.exceeded.period": (
        "for hele planperioden: budgetposterne finansierer {asked:,} kr. fra '{party}', som har givet tilsagn om "
        "{committed:,} kr. ({more:,} kr. mere); parten skal godkende et større beløb"
    ),
    "f.commitment.exceeded.year": (
        "{year}: budgetposterne finansierer {asked:,} kr. fra '{party}', som har givet tilsagn om "
        "{committed:,} kr. ({more:,} kr. mere); parten skal godkende et større beløb"
    ),
    "f.commitment.unmet": (
        "{year}: '{party}' har medfinansieret {paid:,} kr. af de {committed:,} kr., den har givet tilsagn om "
        "({short:,} kr. for lidt)"
    ),
    "f.spent.unfunded": (
        "forbrug fra '{source}', som ikke finansierer denne budgetpost ({funding}); tilføj finansieringskilden "
        "under 'funding', eller registrér forbruget på den finansieringskilde, det hører til"
    ),
    "f.lbf.unused": (
        "{year}: {unused:,} kr. ({share:.0%}) af de {paid:,} kr., Landsbyggefonden har udbetalt, er ikke brugt "
        "(mere end {threshold:.0%}); beløbet går til afdelingens reguleringskonto, og det kræver kommunens og "
        "Landsbyggefondens forudgående godkendelse at bruge det senere"
    ),
    "f.payment.outside": ("en udbetaling for {year} ligger uden for planperioden ({start}–{end}); ret 'year'"),
    "f.report.overdue.one": (
        "den årlige indberetning til Landsbyggefonden for {year} havde frist {due} og er ikke registreret som "
        "indsendt (fristen er overskredet med {count} dag); Landsbyggefonden tilbageholder sine udbetalinger, indtil "
        "indberetningen er modtaget"
    ),
    "f.report.overdue.other": (
        "den årlige indberetning til Landsbyggefonden for {year} havde frist {due} og er ikke registreret som "
        "indsendt (fristen er overskredet med {count} dage); Landsbyggefonden tilbageholder sine udbetalinger, "
        "indtil indberetningen er modtaget"
    ),
    "f.spending.unreported.one": (
        "{year}: forbruget på budgetposten er ikke opgjort ('spent'), og indberetningen for {year} havde frist "
        "{due}; registrér årets forbrug (pr. finansieringskilde, hvor det kendes)"
    ),
    "f.spending.unreported.other": (
        "{year}: forbruget på {count} budgetposter er ikke opgjort ('spent'), og indberetningen for {year} havde "
        "frist {due}; registrér årets forbrug (pr. finansieringskilde, hvor det kendes)"
    ),
}
