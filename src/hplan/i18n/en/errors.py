"""English messages of the errors that stop hplan (exit 2): ``hplan: error: ...``, and diff's exit-1 notes."""

MESSAGES: dict[str, str] = {
    "err.prefix": "hplan: error: {message}",
    "err.interrupted": "hplan: interrupted",
    "err.could_not_run": "hplan could not run: {reason}",
    "err.no_such_path": "{path}: no such file or directory",
    "err.no_such_file": "{path}: no such file",
    "err.is_directory": "{path}: is a directory, not a plan file",
    "err.unreadable": "{path}: cannot be read ({reason})",
    "err.as_of": "--as-of {value!r} is not an ISO date; write it as YYYY-MM-DD, e.g. 2018-06-01",
    "err.as_of.danish": "--as-of: {value} is a Danish date; write {fixed}",
    "err.config_path": "{source}: paths: {path} does not exist",
    "err.no_plans": "no PATHS given and there is no plans/ folder here; name the plan files or folders to check",
    "err.no_rule": "no rule {wanted!r}{hint}; 'hplan rules' lists them all",
    "err.horizon": "--horizon {days}: the horizon is a number of days, 0 or more",
    "err.year": "--year {year}: write the calendar year in four digits, e.g. --year 2018",
    "err.report.xlsx": "--format xlsx is the workbook of the report to LBF; add --kind lbf",
    "err.diff.head": "--head needs --base: hplan diff --base REV --head REV [PATHS...]",
    "err.diff.args.one": "hplan diff takes OLD and NEW (got {count} argument), or --base REV [--head REV] [PATHS...]",
    "err.diff.args.other": (
        "hplan diff takes OLD and NEW (got {count} arguments), or --base REV [--head REV] [PATHS...]"
    ),
    "err.diff.no_file": "{spec}: no such file (a git version is written REV:PATH, e.g. main:{spec})",
    "err.diff.not_plan": "{label}: is {what}; hplan diff compares plans and boards",
    "err.diff.plan_and_board": "{old} and {new}: one is a plan and one a board; hplan diff compares like with like",
    "err.diff.fail_on": "hplan: a change needs {level} approval or more (--fail-on {key})",
    "err.diff.unapproved": (
        "hplan: {plan}: the changes need approval by {needed}, but the revisions log has no new entry "
        "approved by {missing} (--check-approvals)"
    ),
    "err.diff.kind": "a 'kind: {kind}' document",
    "err.diff.not_a_plan": "not a plan document",
    "err.revision": "revision '{revision}' does not exist in the git repository at {root}",
    "err.revision.hint": (
        "check the name (git branch -a, git log --oneline); in CI, fetch the base branch first "
        "(actions/checkout with fetch-depth: 0)"
    ),
}
