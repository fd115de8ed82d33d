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
    # the operating system's reasons (hplan.errors.os_reason); the English shown is the system's own
    "err.os.denied": "permission denied",
    "err.os.missing": "no such file or directory",
    "err.os.full": "no space left on device",
    "err.os.read_only": "read-only file system",
    "err.os.folder": "is a directory",
    "err.os.not_folder": "not a directory",
    # .hplan.yaml (config.py)
    "err.config.no_file": "{path}: no such configuration file",
    "err.config.at": "{file}:{line}:{column}: {text}",
    "err.config.not_mapping": "the configuration is a mapping of options (paths:, rules:, ...)",
    "err.config.unknown_option": "unknown option '{name}'{hint}; the options here are {allowed}",
    "err.config.needs": "'{parent}' needs '{name}'",
    "err.config.must_be": "'{name}' must be {expected}",
    "err.config.expects.paths": "a list of plan folders or files",
    "err.config.expects.as_of": "an ISO date (2018-06-01) or 'today'",
    "err.config.expects.language": "'da' or 'en'",
    "err.config.expects.profile_path": "a list of folders",
    "err.config.expects.rules": "a mapping of rule code or name to 'error', 'warning' or 'off'",
    "err.config.expects.status": "a mapping with horizon, on_track, at_risk, maintain_tolerance, stale_grace",
    "err.config.expects.suppress": "a list of entries with file, rule, path and reason",
    "err.config.unknown_rule": "unknown rule '{word}' under 'rules'{hint}; 'hplan rules' lists them",
    "err.config.always_error": "{code} is always an error: a CPR number in a plan cannot be turned off or down",
    "err.config.unknown_suppressed": "unknown rule '{word}' in 'suppress[{index}].rule'{hint}",
    "err.config.cpr_suppressed": "{code} cannot be suppressed: a CPR number has to be removed from the file",
    "err.config.suppression_rule": "{code} cannot be suppressed; set its severity under 'rules:' instead",
    # profile files (profiles/__init__.py, diff)
    "err.profile.at": "profile {file}:{line}:{column}: {text}",
    "err.profile.invalid": "profile {file}: {where}: {detail}",
    "err.profile.unreadable": "profile {file}: cannot be read ({reason})",
    "err.profile.not_builtin": "profile '{name}' is not a built-in profile; pass the Profile to classify the changes",
    "err.profile.board": "profile '{name}' is missing; it classifies changes to boards",
    # git (git.py) and diff's sides (diff/sources.py)
    "err.git.outside": "{path}: is outside the git repository at {root}",
    "err.git.missing": "git is not installed or not on PATH; comparing with a revision (REV:PATH, --base) needs git",
    "err.git.cannot_run": "git could not be run ({reason})",
    "err.git.exited": "git exited with {code}",
    "err.git.not_repository": (
        "{folder} is not inside a git repository ({reason}); comparing with a revision (REV:PATH, --base) needs one"
    ),
    "err.git.list": "cannot list the files of revision {commit}: {reason}",
    "err.git.line_break": "a revision or path holds a line break",
    "err.git.read": "cannot read from the git repository at {root}: {reason}",
    "err.git.folder_at": "{path}: is a folder at revision '{revision}', not a file",
    "err.git.absent_at": "{path}: does not exist at revision '{revision}'",
    "err.revision.empty": "an empty revision; name a branch, tag or commit (e.g. main, HEAD~1)",
    "err.revision.dash": "revision '{revision}' starts with '-'; name a branch, tag or commit",
    "err.revision.no_commits": "revision '{revision}' does not exist: the git repository at {root} has no commits yet",
    "err.revision.no_commits.hint": "commit the plans first; hplan diff --base compares with a commit",
    "err.diff.folder": "{spec}: is a folder; compare two plan files, or use --base REV [PATHS...]",
    "err.diff.after_colon": "{spec}: name a file after the colon, e.g. {revision}:plans/plan.yaml",
    "err.diff.neither_revision": "{path}: exists neither at revision '{base}' nor at revision '{head}'",
    "err.diff.neither_worktree": "{path}: exists neither at revision '{base}' nor in the working tree",
    # schema (schema/__init__.py, schema/words.py)
    "err.schema.is_file": "{path}: is a file; --out names the folder for the schema files",
    "err.schema.cannot_write": "{path}: cannot write the schema file ({reason})",
    "err.schema.words": "the {kind} schema needs words the {language} catalogue lacks: {ids}",
    "err.schema.words.hint": "describe each in src/hplan/i18n/{folder}/schema.py (see docs/editor.md)",
    "err.language.en": "English",
    "err.language.da": "Danish",
    # init (authoring/init.py)
    "err.init.is_file": "{path}: is a file; hplan init makes a plan repository in a folder",
    "err.init.blocked": "{path}: is a file where hplan init puts a folder; move it away",
    "err.init.cannot_write": "{path}: cannot write it ({reason})",
    # report, new and the options shared by commands (cli/)
    "err.report.needs.one": (
        "hplan report --format {format} needs {packages}, which is not installed; "
        "install it with: pip install {install}"
    ),
    "err.report.needs.other": (
        "hplan report --format {format} needs {packages}, which are not installed; "
        "install them with: pip install {install}"
    ),
    "err.lbf.needs": (
        "hplan report --kind lbf --format {format} needs {packages}, which is not installed; "
        "install it with: pip install {install}"
    ),
    "err.lbf.xlsx_output": "--format xlsx writes a workbook: name the file with -o, e.g. -o indberetning-2018.xlsx",
    "err.output.folder": "-o {path}: is a folder; name the file to write",
    "err.output.cannot_write": "-o {path}: cannot write the report ({reason})",
    "err.new.invalid": "hplan new made a plan with errors: {errors}",
    "err.thresholds": "--on-track/--at-risk/--maintain-tolerance/--stale-grace{where}: {problem}",
    "err.thresholds.where": " (with {file}'s status: settings)",
    "err.thresholds.order": "thresholds must satisfy 0 <= at_risk ({at_risk:,}) <= on_track ({on_track:,})",
    "err.thresholds.negative": "the maintain tolerance and the stale grace must not be negative",
    # the yearly report (yearly/report.py)
    "err.report.folder": "{path}: is a folder; hplan report takes one plan file",
    "err.report.kind": "{file}: is a kind: {kind} document, not a plan; name a plan file",
    "err.report.nothing": (
        "--year {year}: {file} records nothing for {year} - no measurement dated in it, no milestone "
        "due in it, no budget line, evaluation or revision - so there is no yearly report to make"
    ),
    "err.report.outside": "--year {year}: {file} runs from {start} to {end}; choose a year from {first} to {last}",
    "err.report.future": (
        "--year {year} has not begun on {as_of} (the as-of date); choose a year up to {last}, or a later --as-of"
    ),
    "err.diff.profile.missing": "profile '{name}' cannot be found",
    "err.diff.profile": (
        "{why}; hplan diff classifies changes by the plan's profile "
        "(name a built-in profile, a profile file, or add its folder with --profile-path)"
    ),
}
