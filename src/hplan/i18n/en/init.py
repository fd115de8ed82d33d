"""English messages of ``hplan init``."""

MESSAGES: dict[str, str] = {
    "init.heading": "hplan init: a plan repository in {folder}",
    "init.wrote": "  wrote  {path}",
    "init.kept": "  kept   {path} (it exists; hplan init never overwrites a file)",
    "init.count.written.one": "{count} file written",
    "init.count.written.other": "{count} files written",
    "init.count.kept.one": "{count} kept as it was",
    "init.count.kept.other": "{count} kept as they were",
    "init.next": (
        "Next:\n"
        "  git init                                       # unless the folder is a git repository already\n"
        "  pip install pre-commit && pre-commit install   # check the plans before every commit\n"
        "  hplan new                                      # start a plan from a profile (hplan profiles lists them)\n"
        "  hplan validate                                 # check them now; the plans go in plans/"
    ),
    "init.next.github": "Then push: .github/workflows/plan-review.yml reviews every pull request.",
    "init.next.gitlab": (
        "Then push: .gitlab-ci.yml reviews every merge request (the note with the diff needs a project access"
        " token with the api scope in the masked CI/CD variable HPLAN_NOTE_TOKEN)."
    ),
    "init.readme.github": (
        "GitHub Actions: on every pull request, the problems inline and in the job summary, `hplan diff` in one"
        " comment, and a failed check until the plans are valid and the approvals recorded"
    ),
    "init.readme.gitlab": (
        "GitLab CI: on every merge request, the problems in the Code Quality widget, `hplan diff` in one note,"
        " and a failed job until the plans are valid and the approvals recorded"
    ),
}
