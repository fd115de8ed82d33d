"""Danish messages of ``hplan init``."""

MESSAGES: dict[str, str] = {
    "init.heading": "hplan init: et repository til planer i {folder}",
    "init.wrote": "  skrev    {path}",
    "init.kept": "  beholdt  {path} (den findes; hplan init overskriver aldrig en fil)",
    "init.count.written.one": "{count} fil skrevet",
    "init.count.written.other": "{count} filer skrevet",
    "init.count.kept.one": "{count} beholdt uændret",
    "init.count.kept.other": "{count} beholdt uændrede",
    "init.next": (
        "Derefter:\n"
        "  git init                                       # medmindre mappen allerede er et git-repository\n"
        "  pip install pre-commit && pre-commit install   # kontrollér planerne før hver commit\n"
        "  hplan new                                      # start en plan ud fra en bevillingsramme (hplan profiles)\n"
        "  hplan validate                                 # kontrollér dem nu; planerne skal ligge i plans/"
    ),
    "init.next.github": "Push så: .github/workflows/plan-review.yml gennemgår hver pull request.",
    "init.next.gitlab": (
        "Push så: .gitlab-ci.yml gennemgår hver merge request (noten med forskellene kræver et project access"
        " token med adgangen api i den maskerede CI/CD-variabel HPLAN_NOTE_TOKEN)."
    ),
    "init.readme.github": (
        "GitHub Actions: ved hver pull request vises problemerne ved linjerne og i jobbets opsummering,"
        " `hplan diff` i én kommentar, og tjekket fejler, til planerne er gyldige og godkendelserne registreret"
    ),
    "init.readme.gitlab": (
        "GitLab CI: ved hver merge request vises problemerne i Code Quality-widgetten, `hplan diff` i én note,"
        " og jobbet fejler, til planerne er gyldige og godkendelserne registreret"
    ),
}
