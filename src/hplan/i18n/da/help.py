"""Danish help of the command line: hplan's options and commands, and the strings Click and Typer add."""

MESSAGES: dict[str, str] = {
    "help.hplan": "Boligsociale helhedsplaner som versionsstyrede YAML-filer: validate, status og diff.",
    "help.hplan.version": "Vis hplans version, og afslut.",
    "help.hplan.lang": "Hjælpens sprog [standard: da, når LC_ALL, LC_MESSAGES eller LANG begynder med da, ellers en].",
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
        "Vis, hvad der er ændret mellem to versioner af planer, og hvem der skal godkende det.\n\n"
        "Hver ændring angiver sit sted i planen, den gamle og den nye værdi og den godkendelse, den kræver under "
        "planens bevillingsramme: lbf (Landsbyggefonden), board (bestyrelsen) eller none (ingen). Afslutter med 0, "
        "når intet fejler, 1, når en side ikke er en gyldig plan eller en kontrol (--fail-on, --check-approvals) "
        "fejler, og 2, når hplan ikke kunne køre (en forkert revision, en sti, der ikke findes)."
    ),
    "help.diff.sides": (
        "To planfiler, hver en sti eller en git-version REV:STI; med --base de planfiler og mapper, der skal "
        "sammenlignes [standard: konfigurationens stier, ellers plans/]."
    ),
    "help.diff.base": "Sammenlign hver plan, der afviger fra denne git-revision.",
    "help.diff.head": "Med --base: den nyere revision [standard: arbejdskopien].",
    "help.diff.fail_on": "Afslut med 1, når en ændring kræver mindst denne godkendelse (any: enhver ændring).",
    "help.diff.check_approvals": (
        "Afslut med 1, medmindre hver ændret plans ændringslog har en ny post, godkendt på det niveau, "
        "ændringerne kræver."
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
    "help.report": (
        "Årsstatus for en helhedsplan: beregnet fremdrift pr. succeskriterium, milepæle, budget og beslutninger.\n\n"
        "Grundlag for styregruppens årlige evaluering (ikke den årlige indberetning til Landsbyggefonden). "
        "På dansk som standard. Afslutter med 0, når rapporten er lavet (valideringens bemærkninger står i den), "
        "1, når planen ikke kan læses, og 2, når hplan ikke kunne køre."
    ),
    "help.report.plan": "Planfilen.",
    "help.report.year": "Det kalenderår, der skal evalueres.",
    "help.report.output_format": (
        "markdown eller html (én selvstændig side med diagrammer) [standard: html, når -o angiver en .html-fil, "
        "ellers markdown]."
    ),
    "help.report.lang": "Rapportens sprog [standard: konfigurationens, ellers da].",
    "help.report.output": "Skriv rapporten til FIL [standard: standard-uddata].",
    "help.report.as_of": (
        "Beskriv forholdene pr. denne dag [standard: 31. december i året, eller i dag, hvis det er før]."
    ),
    "help.report.color": "Accepteres som ved alle kommandoer; en rapport (markdown, HTML) har ingen farver.",
    "help.schema": "Skriv schemas/plan.schema.json og schemas/board.schema.json ud fra filformatets modeller.",
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
