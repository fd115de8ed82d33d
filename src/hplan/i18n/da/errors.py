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
}
