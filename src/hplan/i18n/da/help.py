"""Danish help of the command line: hplan's options and commands, and the strings Click and Typer add."""

MESSAGES: dict[str, str] = {
    "help.hplan": "Boligsociale helhedsplaner som versionsstyrede YAML-filer: validate, status og diff.",
    "help.hplan.version": "Vis hplans version, og afslut.",
    "help.hplan.lang": (
        "Sproget i uddata og hjælp; en kommandos egen --lang går forud [standard: 'language:' i .hplan.yaml, "
        "ellers da, når LC_ALL, LC_MESSAGES eller LANG begynder med da, ellers en]."
    ),
    "help.hplan.install_completion": "Installér kommandoudfyldning for den aktuelle skal.",
    "help.hplan.show_completion": (
        "Vis kommandoudfyldningen for den aktuelle skal, så den kan kopieres eller tilpasses."
    ),
    "help.validate": (
        "Kontrollér plan- og bestyrelsesfiler mod filformatet og reglerne i deres bevillingsramme.\n\n"
        "Afslutter med 0, når der ikke er fundet fejl (med --strict: heller ingen advarsler), 1, når der er, "
        "og 2, når hplan ikke kunne køre."
    ),
    "help.validate.paths": "Plan- og bestyrelsesfiler eller mapper [standard: konfigurationens stier, ellers plans/].",
    "help.validate.output_format": "Uddataformat.",
    "help.validate.strict": "Afslut med 1 (fejlet) ved advarsler også.",
    "help.validate.as_of": "Bedøm datoer pr. denne dag [standard: konfigurationens, ellers i dag].",
    "help.validate.profile_path": "Mappe med filer med bevillingsrammer (NAVN.yaml); kan gentages.",
    "help.validate.color": "Farvelæg tekstuddata.",
    "help.validate.jobs": "Arbejdsprocesser til mange filer [standard: én pr. CPU].",
    "help.validate.config": "Konfigurationsfil [standard: den nærmeste .hplan.yaml op til git-roden].",
    "help.validate.lang": (
        "Sprog for tekst- og markdown-uddata [standard: 'language:' i .hplan.yaml, ellers da, når LC_ALL, "
        "LC_MESSAGES eller LANG begynder med da, ellers en]."
    ),
    "help.diff": (
        "Vis, hvad der er ændret mellem to versioner af helhedsplaner eller bestyrelsesfiler, og hvem der skal "
        "godkende det.\n\n"
        "Hver ændring angiver sit sted i planen, den gamle og den nye værdi og den godkendelse, den kræver under "
        "planens bevillingsramme: lbf (Landsbyggefonden), board (bestyrelsen) eller none (ingen), og hvert organ, "
        "der skal give den (også en part). Afslutter med 0, når intet fejler, 1, når en side ikke kunne "
        "sammenlignes, en ny version bryder en regel, eller en kontrol (--fail-on, --check-approvals) fejler, "
        "og 2, når hplan ikke kunne køre (en forkert git-revision, en sti, der ikke findes)."
    ),
    "help.diff.sides": (
        "To planfiler (eller bestyrelsesfiler), hver en sti eller en git-version REV:STI; med --base de filer og "
        "mapper, der skal sammenlignes [standard: konfigurationens stier, ellers plans/]."
    ),
    "help.diff.base": "Sammenlign hver helhedsplan og bestyrelsesfil, der afviger fra denne git-revision.",
    "help.diff.head": "Med --base: den nyere revision [standard: arbejdskopien].",
    "help.diff.fail_on": "Afslut med 1, når en ændring kræver mindst denne godkendelse (any: enhver ændring).",
    "help.diff.check_approvals": (
        "Afslut med 1, medmindre de nye poster i ændringsloggen ('revisions') for hver ændret helhedsplan eller "
        "bestyrelsesfil registrerer alle de godkendelser, ændringerne kræver (fra hvert organ: lbf, board eller "
        "en part)."
    ),
    "help.diff.as_of": (
        "Bedøm datoer pr. denne dag: reglernes fejl og de godkendelser, der er registreret til og med den dag "
        "[standard: konfigurationens, ellers i dag]."
    ),
    "help.diff.jobs": "Arbejdsprocesser til mange ændrede planer [standard: én pr. CPU].",
    "help.status": (
        "Hvor hver helhedsplan står på en given dato: succeskriterier, milepæle, budget og organisering.\n\n"
        "Én plan vises i detaljer; flere vises som en samlet oversigt med hver parts medfinansiering pr. år. "
        "Afslutter altid med 0 (problemer vises, men giver ikke fejl) og med 2, når hplan ikke kunne køre."
    ),
    "help.status.paths": (
        "Planfiler eller mapper [standard: konfigurationens stier, ellers plans/]; bestyrelsesfiler tæller kun "
        "med i valideringen."
    ),
    "help.status.as_of": "Bedøm alt pr. denne dag [standard: konfigurationens, ellers i dag].",
    "help.status.horizon": (
        "Milepæle med frist eller gennemført og samarbejdsaftaler, der udløber, inden for de kommende dage "
        "[standard: 60]."
    ),
    "help.status.on_track": "Følger planen fra denne andel af den forventede fremdrift [standard: 0.9].",
    "help.status.at_risk": "Risiko fra denne andel; bagud under den [standard: 0.5].",
    "help.status.tolerance": (
        "Et succeskriterium, der skal fastholdes ('maintain'), følger planen inden for denne andel af baseline "
        "[standard: 0.05]."
    ),
    "help.status.stale_grace": (
        "Mangler ny måling efter frekvensens interval plus denne andel af det [standard: 0.25]."
    ),
    "help.status.include_ended": (
        "Vis også afsluttede helhedsplaner under »Kræver opmærksomhed«; som standard tælles de for sig."
    ),
    "help.report": (
        "Årsstatus for en helhedsplan: beregnet fremdrift pr. succeskriterium, milepæle, budget og beslutninger.\n\n"
        "Grundlag for styregruppens årlige evaluering; med --kind lbf den årlige indberetning til Landsbyggefonden. "
        "På dansk som standard. Afslutter med 0, når rapporten er lavet (valideringens bemærkninger står i den), "
        "1, når planen ikke kan læses, og 2, når hplan ikke kunne køre."
    ),
    "help.report.plan": "Planfilen.",
    "help.report.year": "Det kalenderår, der skal evalueres.",
    "help.report.output_format": (
        "markdown, html (én selvstændig side med diagrammer) eller xlsx (--kind lbf, en Excel-projektmappe; "
        "kræver -o) [standard: efter endelsen på -o (.html, .xlsx), ellers markdown]."
    ),
    "help.report.kind": (
        "evaluation: grundlag for styregruppens årlige evaluering; lbf: den årlige indberetning til "
        "Landsbyggefonden (reguleringskontoopgørelse, målopfyldelse, næste års milepælsplan)."
    ),
    "help.report.lang": "Rapportens sprog [standard: konfigurationens, ellers da].",
    "help.report.output": "Skriv rapporten til FIL [standard: standard-uddata].",
    "help.report.as_of": (
        "Beskriv forholdene pr. denne dag [standard: 31. december i året, eller i dag, hvis det er før]."
    ),
    "help.report.color": "Accepteres som ved alle kommandoer; en rapport (markdown, HTML) har ingen farver.",
    "help.schema": (
        "Skriv JSON-skemaerne ud fra filformatets modeller: for helhedsplaner og bestyrelsesfiler på engelsk "
        "(plan.schema.json) og på dansk (plan.da.schema.json)."
    ),
    "help.schema.out_dir": "Mappe til skemafilerne.",
    "help.schema.check": "Skriv intet; afslut med 1, når filerne er forældede.",
    "help.schema.color": "Farvelæg beskederne.",
    "help.rules": (
        "Vis alle regler, hplan kontrollerer, eller forklar én med et eksempel, der godkendes, og et, der afvises."
    ),
    "help.rules.code": "En regelkode (HP304) eller et regelnavn (target-direction).",
    "help.init": (
        "Opret et repository til planer: plans/, schemas/, .hplan.yaml, pre-commit, en CI-arbejdsgang, "
        "indstillinger til editoren og en README.\n\n"
        "En fil, der findes, overskrives aldrig: den nævnes som bevaret. Afslutter med 0, når det er gjort, "
        "og 2, når en fil ikke kan skrives."
    ),
    "help.init.folder": "Mappen til repositoriet med planer; oprettes, hvis den mangler [standard: her].",
    "help.init.lang": (
        "Sprog for README, indstillingerne og disse beskeder [standard: da, når LANG begynder med da, ellers en]."
    ),
    "help.init.ci": "Den CI-arbejdsgang, der skal skrives.",
    "help.new": (
        "Skriv en ny helhedsplan ud fra en bevillingsramme: en skabelon, der består valideringen, med kommentarer "
        "om, hvad hvert afsnit er til.\n\n"
        "Overskriver aldrig en fil. Afslutter med 0, når filen er skrevet, og 2, når en værdi mangler eller er "
        "forkert, eller filen findes i forvejen."
    ),
    "help.new.path": "Den planfil, der skal skrives [standard: plans/ID.yaml].",
    "help.new.name": "Helhedsplanens navn.",
    "help.new.area": "Boligområdet: bydel og boligafdelinger.",
    "help.new.id": "Helhedsplanens id [standard: dannet ud fra navnet].",
    "help.new.profile": "Bevillingsrammen (se hplan profiles) [standard: lbf-2019-26].",
    "help.new.start": "Startdato: 2021-04-01 eller 01.04.2021.",
    "help.new.focus_area": "Et valgt indsatsområde, id eller navn; kan gentages.",
    "help.new.party": (
        "En part og dens type ('municipality', 'housing_organisation' eller 'other'), fx "
        '"Aalborg Kommune=municipality"; kan gentages.'
    ),
    "help.new.lbf_per_year": "Landsbyggefondens tilskud pr. planår i kroner.",
    "help.new.no_input": "Spørg ikke om noget; alle værdier skal angives som tilvalg.",
    "help.profiles": (
        "Vis de indbyggede bevillingsrammer (fx Landsbyggefondens 2019-26-midler): indsatsområder, mindstekrav "
        "til lokal medfinansiering og planperiodens længde."
    ),
    "help.fmt": (
        "Formatér planfiler: indrykning, nøglernes rækkefølge, kompakt form på én linje for korte poster og "
        "anførselstegn; kommentarer bevares.\n\n"
        "Formateringen ændrer aldrig, hvad en fil betyder: hplan kontrollerer, at den nye tekst læses som de samme "
        "data, før filen skrives, og skriver den atomart (helt eller slet ikke)."
    ),
    "help.fmt.check": "Skriv intet; vis de filer, der ville blive ændret, og afslut med 1, hvis der er nogen.",
    "help.fmt.diff": "Skriv intet; vis, hvad der ville blive ændret, som diff.",
    "help.record": "Registrér årets målinger, milepæle, evaluering, forbrug og godkendelser i en helhedsplan.",
    "help.record.plan": "Den planfil, der skal ændres.",
    "help.record.date": "Datoen: 2024-12-31 eller 31.12.2024.",
    "help.record.dry_run": "Vis ændringen som diff af filen; skriv intet.",
    "help.record.measurement": "Tilføj en måling til et succeskriterium i datoorden.",
    "help.record.measurement.criterion": "Succeskriteriet: dets id, tekst eller indikator.",
    "help.record.measurement.date": "Målingens dato: 2024-12-31 eller 31.12.2024.",
    "help.record.measurement.value": "Værdien: 46.1 eller 46,1.",
    "help.record.measurement.note": "En note til tallet.",
    "help.record.measurement.replace": "Erstat en måling med samme dato.",
    "help.record.milestone": "Markér en milepæl som gennemført (med gennemførelsesdatoen), forsinket eller udgået.",
    "help.record.milestone.milestone": "Milepælen: dens id eller titel.",
    "help.record.milestone.state": "done (gennemført), delayed (forsinket) eller cancelled (udgået).",
    "help.record.milestone.date": "Hvornår den blev gennemført [standard: i dag].",
    "help.record.evaluation": "Tilføj styregruppens årlige evaluering.",
    "help.record.evaluation.year": "Det kalenderår, der er evalueret.",
    "help.record.evaluation.summary": "Styregruppens konklusion.",
    "help.record.evaluation.decision": "En beslutning, styregruppen har truffet; kan gentages.",
    "help.record.evaluation.replace": "Erstat evalueringen af samme år.",
    "help.record.spending": (
        "Registrér et års faktiske forbrug på én budgetpost (--area og --category udpeger den blandt årets "
        "budgetposter)."
    ),
    "help.record.spending.year": "Budgetåret.",
    "help.record.spending.amount": (
        "Forbruget, alle finansieringskilder tilsammen: 1250000, 1.250.000 eller 1250000 kr."
    ),
    "help.record.spending.area": ("Budgetpostens indsatsområde (id eller navn) eller cross_cutting (tværgående)."),
    "help.record.spending.category": "Budgetpostens udgiftsart (personnel eller personale osv.).",
    "help.record.approval": (
        "Tilføj en godkendelse til planens ændringslog ('revisions'), som hplan diff --check-approvals læser."
    ),
    "help.record.approval.by": (
        "Hvem der godkendte: board (bestyrelsen), lbf (Landsbyggefonden), steering_group (styregruppen) eller en "
        "part (id eller navn); gentag for hvert organ."
    ),
    "help.record.approval.summary": "Hvad der blev godkendt.",
    "help.record.approval.reference": "Hvor det blev godkendt: mødet og dagsordenspunktet.",
    # the strings Click and Typer add
    "click.usage": "Brug: ",
    "click.options": "Tilvalg",
    "click.arguments": "Argumenter",
    "click.commands": "Kommandoer",
    "click.help": "Vis denne hjælp, og afslut.",
    "click.default": "standard: {default}",
    "click.env_var": "miljøvariabel: {var}",
    "click.required": "påkrævet",
    "click.error": "Fejl: {message}",
    "click.try": "Prøv '{command} {option}' for at få hjælp.",
    "click.no_such_option": "Tilvalget findes ikke: {name}",
    "click.possible": "(mulige tilvalg: {options})",
    "click.no_such_command": "Kommandoen {name} findes ikke.",
    "click.missing_argument": "Argumentet {name} mangler.",
    "click.missing_option": "Tilvalget {name} mangler.",
    "click.invalid_value": "Ugyldig værdi for {name}: {detail}",
    "click.not_one_of": "{value} er ikke en af {choices}.",
    "click.not_valid": "{value} er ikke et gyldigt {kind}.",
    "click.not_in_range": "{value} ligger ikke i intervallet {range}.",
    "click.requires_argument": "Tilvalget {name} skal have en værdi.",
    "click.extra_argument": "Fik et uventet ekstra argument ({args})",
    "click.extra_arguments": "Fik uventede ekstra argumenter ({args})",
    "click.does_not_exist": "{kind} {name} findes ikke.",
    "click.missing_command": "Kommandoen mangler.",
    "click.aborted": "Afbrudt!",
}
