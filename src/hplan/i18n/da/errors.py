"""Danish messages of the errors that stop hplan (exit 2): ``hplan: fejl: ...``, and diff's exit-1 notes."""

MESSAGES: dict[str, str] = {
    "err.prefix": "hplan: fejl: {message}",
    "err.interrupted": "hplan: afbrudt",
    "err.could_not_run": "hplan kunne ikke køre: {reason}",
    "err.no_such_path": "{path}: filen eller mappen findes ikke",
    "err.no_such_file": "{path}: filen findes ikke",
    "err.is_directory": "{path}: er en mappe, ikke en planfil",
    "err.unreadable": "{path}: kan ikke læses ({reason})",
    "err.as_of": "--as-of {value!r} er ikke en dato skrevet som ÅÅÅÅ-MM-DD; skriv den fx som 2018-06-01",
    "err.as_of.danish": "--as-of: {value} er en dansk dato; skriv {fixed}",
    "err.config_path": "{source}: paths: {path} findes ikke",
    "err.no_plans": (
        "der er ikke angivet nogen stier, og her er ingen mappe plans/; angiv de planfiler eller mapper, "
        "der skal kontrolleres"
    ),
    "err.no_rule": "reglen {wanted!r} findes ikke{hint}; 'hplan rules' viser dem alle",
    "err.horizon": "--horizon {days}: antallet af kommende dage skal være 0 eller mere",
    "err.year": "--year {year}: skriv kalenderåret med fire cifre, fx --year 2018",
    "err.report.xlsx": "--format xlsx er regnearket til indberetningen til Landsbyggefonden; tilføj --kind lbf",
    "err.diff.head": "--head kræver --base: hplan diff --base REV --head REV [STIER...]",
    "err.diff.args.one": (
        "hplan diff skal have GAMMEL og NY (fik {count} argument) eller --base REV [--head REV] [STIER...]"
    ),
    "err.diff.args.other": (
        "hplan diff skal have GAMMEL og NY (fik {count} argumenter) eller --base REV [--head REV] [STIER...]"
    ),
    "err.diff.no_file": "{spec}: filen findes ikke (en version i git skrives REV:STI, fx main:{spec})",
    "err.diff.not_plan": "{label}: er {what}; hplan diff sammenligner planer og bestyrelser",
    "err.diff.plan_and_board": (
        "{old} og {new}: den ene er en plan og den anden en bestyrelse; hplan diff sammenligner kun ens dokumenter"
    ),
    "err.diff.fail_on": "hplan: en ændring kræver mindst {level} godkendelse (--fail-on {key})",
    "err.diff.unapproved": (
        "hplan: {plan}: ændringerne skal godkendes af {needed}, men ændringsloggen ('revisions') har "
        "ingen ny post godkendt af {missing} (--check-approvals)"
    ),
    "err.diff.kind": "et dokument med 'kind: {kind}'",
    "err.diff.not_a_plan": "ikke et plandokument",
    "err.revision": "revisionen '{revision}' findes ikke i git-repositoriet i {root}",
    "err.revision.hint": (
        "kontrollér navnet (git branch -a, git log --oneline); i CI skal basisgrenen hentes først "
        "(actions/checkout med fetch-depth: 0)"
    ),
    # the operating system's reasons (hplan.errors.os_reason); the English shown is the system's own
    "err.os.denied": "adgang nægtet",
    "err.os.missing": "filen eller mappen findes ikke",
    "err.os.full": "der er ikke mere plads på disken",
    "err.os.read_only": "filsystemet er skrivebeskyttet",
    "err.os.folder": "er en mappe",
    "err.os.not_folder": "er ikke en mappe",
    # .hplan.yaml (config.py)
    "err.config.no_file": "{path}: konfigurationsfilen findes ikke",
    "err.config.at": "{file}:{line}:{column}: {text}",
    "err.config.not_mapping": "konfigurationen består af indstillinger og deres værdier (paths:, rules:, …)",
    "err.config.unknown_option": "ukendt indstilling '{name}'{hint}; her kan stå: {allowed}",
    "err.config.needs": "'{parent}' skal have '{name}'; tilføj den",
    "err.config.must_be": "'{name}' skal være {expected}",
    "err.config.expects.paths": "en liste af mapper eller filer med planer",
    "err.config.expects.as_of": "en dato skrevet som ÅÅÅÅ-MM-DD (2018-06-01) eller 'today'",
    "err.config.expects.language": "'da' eller 'en'",
    "err.config.expects.profile_path": "en liste af mapper",
    "err.config.expects.rules": "regelkoder eller regelnavne, hver med 'error', 'warning' eller 'off'",
    "err.config.expects.status": (
        "nøgler og værdier med 'horizon', 'on_track', 'at_risk', 'maintain_tolerance' og 'stale_grace'"
    ),
    "err.config.expects.suppress": "en liste af punkter med 'file', 'rule', 'path' og 'reason'",
    "err.config.unknown_rule": "ukendt regel '{word}' under 'rules'{hint}; 'hplan rules' viser dem alle",
    "err.config.always_error": (
        "{code} er altid en fejl: et CPR-nummer i en plan kan ikke slås fra eller gøres til en advarsel"
    ),
    "err.config.unknown_suppressed": "ukendt regel '{word}' i 'suppress[{index}].rule'{hint}",
    "err.config.cpr_suppressed": "{code} kan ikke undtages: et CPR-nummer skal fjernes fra filen",
    "err.config.suppression_rule": "{code} kan ikke undtages; sæt i stedet reglens niveau under 'rules:'",
    # profile files (profiles/__init__.py, diff)
    "err.profile.at": "bevillingsrammen {file}:{line}:{column}: {text}",
    "err.profile.invalid": "bevillingsrammen {file}: {where}: {detail}",
    "err.profile.unreadable": "bevillingsrammen {file} kan ikke læses ({reason})",
    "err.profile.not_builtin": (
        "'{name}' er ikke en indbygget bevillingsramme; angiv bevillingsrammen, som ændringerne klassificeres efter"
    ),
    "err.profile.board": "bevillingsrammen '{name}' mangler; ændringer af bestyrelser klassificeres efter den",
    # git (git.py) and diff's sides (diff/sources.py)
    "err.git.outside": "{path}: ligger uden for git-repositoriet i {root}",
    "err.git.missing": (
        "git er ikke installeret eller ikke på PATH; en sammenligning med en revision (REV:STI, --base) kræver git"
    ),
    "err.git.cannot_run": "git kunne ikke køres ({reason})",
    "err.git.exited": "git sluttede med koden {code}",
    "err.git.not_repository": (
        "{folder} ligger ikke i et git-repositorium ({reason}); en sammenligning med en revision "
        "(REV:STI, --base) kræver et"
    ),
    "err.git.list": "filerne i revisionen {commit} kan ikke vises: {reason}",
    "err.git.line_break": "en revision eller sti indeholder et linjeskift; fjern det",
    "err.git.read": "der kan ikke læses fra git-repositoriet i {root}: {reason}",
    "err.git.folder_at": "{path}: er en mappe i revisionen '{revision}', ikke en fil",
    "err.git.absent_at": "{path}: findes ikke i revisionen '{revision}'",
    "err.revision.empty": "en tom revision; angiv en gren, et tag eller et commit (fx main, HEAD~1)",
    "err.revision.dash": "revisionen '{revision}' begynder med '-'; angiv en gren, et tag eller et commit",
    "err.revision.no_commits": "revisionen '{revision}' findes ikke: git-repositoriet i {root} har endnu ingen commits",
    "err.revision.no_commits.hint": "commit planerne først; hplan diff --base sammenligner med et commit",
    "err.diff.folder": "{spec}: er en mappe; sammenlign to planfiler, eller brug --base REV [STIER...]",
    "err.diff.after_colon": "{spec}: angiv en fil efter kolonet, fx {revision}:plans/plan.yaml",
    "err.diff.neither_revision": "{path}: findes hverken i revisionen '{base}' eller i revisionen '{head}'",
    "err.diff.neither_worktree": "{path}: findes hverken i revisionen '{base}' eller i arbejdsmappen",
    # schema (schema/__init__.py, schema/words.py)
    "err.schema.is_file": "{path}: er en fil; --out angiver mappen til skemafilerne",
    "err.schema.cannot_write": "{path}: skemafilen kan ikke skrives ({reason})",
    "err.schema.words": "skemaet for '{kind}' mangler ord, som det {language} katalog ikke har: {ids}",
    "err.schema.words.hint": "beskriv hvert af dem i src/hplan/i18n/{folder}/schema.py (se docs/editor.md)",
    "err.language.en": "engelske",
    "err.language.da": "danske",
    # init (authoring/init.py)
    "err.init.is_file": "{path}: er en fil; hplan init opretter et repository til planer i en mappe",
    "err.init.blocked": "{path}: er en fil, hvor hplan init skal oprette en mappe; flyt filen væk",
    "err.init.cannot_write": "{path}: kan ikke skrives ({reason})",
    # report, new and the options shared by commands (cli/)
    "err.report.needs.one": (
        "hplan report --format {format} kræver {packages}, som ikke er installeret; "
        "installér med: pip install {install}"
    ),
    "err.report.needs.other": (
        "hplan report --format {format} kræver {packages}, som ikke er installeret; "
        "installér dem med: pip install {install}"
    ),
    "err.lbf.needs": (
        "hplan report --kind lbf --format {format} kræver {packages}, som ikke er installeret; "
        "installér med: pip install {install}"
    ),
    "err.lbf.xlsx_output": "--format xlsx skriver et regneark: angiv filen med -o, fx -o indberetning-2018.xlsx",
    "err.output.folder": "-o {path}: er en mappe; angiv den fil, der skal skrives",
    "err.output.cannot_write": "-o {path}: rapporten kan ikke skrives ({reason})",
    "err.new.invalid": "hplan new lavede en plan med fejl: {errors}",
    "err.thresholds": "--on-track/--at-risk/--maintain-tolerance/--stale-grace{where}: {problem}",
    "err.thresholds.where": " (med indstillingerne under 'status:' i {file})",
    "err.thresholds.order": "grænserne skal opfylde 0 <= at_risk ({at_risk:,}) <= on_track ({on_track:,})",
    "err.thresholds.negative": (
        "tolerancen for 'maintain' og tillægget til intervallet, før der mangler ny måling, må ikke være negative"
    ),
    # the yearly report (yearly/report.py)
    "err.report.folder": "{path}: er en mappe; hplan report skal have én planfil",
    "err.report.kind": "{file}: er et dokument med 'kind: {kind}', ikke en plan; angiv en planfil",
    "err.report.nothing": (
        "--year {year}: {file} registrerer intet i {year} – ingen måling dateret i året, ingen milepæl med frist "
        "i året, ingen budgetlinje, evaluering eller godkendt ændring – så der er ingen årsrapport at lave"
    ),
    "err.report.outside": "--year {year}: {file} løber fra {start} til {end}; vælg et år fra {first} til {last}",
    "err.report.future": (
        "--year {year} er ikke begyndt på opgørelsesdatoen {as_of}; vælg et år til og med {last} eller en senere "
        "--as-of"
    ),
    "err.diff.profile.missing": "bevillingsrammen '{name}' findes ikke",
    "err.diff.profile": (
        "{why}; hplan diff klassificerer ændringerne efter planens bevillingsramme "
        "(angiv en indbygget bevillingsramme eller en fil med den, eller tilføj dens mappe med --profile-path)"
    ),
}
