"""English help of the command line: hplan's options and commands, and the strings Click and Typer add.

The help texts are written where each command declares its options; this is
their copy by id, which the Danish catalogue translates. A test fails when
a help text of the app is missing here.
"""

MESSAGES: dict[str, str] = {
    "help.hplan": "Boligsociale helhedsplaner as version-controlled YAML: validate, status and diff.",
    "help.hplan.version": "Print hplan's version and exit.",
    "help.hplan.lang": (
        "Language of the output and the help; a command's own --lang wins "
        "[default: 'language:' in .hplan.yaml, else da when LC_ALL, LC_MESSAGES or LANG starts with da, else en]."
    ),
    "help.hplan.install_completion": "Install completion for the current shell.",
    "help.hplan.show_completion": "Show completion for the current shell, to copy it or customize the installation.",
    "help.validate": (
        "Check plan and board files against the models and the rules of their profile.\n\nExit 0 when no "
        "errors (with --strict: no warnings either) were found, 1 when\nsome were, 2 when hplan could not run."
    ),
    "help.validate.paths": "Plan and board files or folders [default: the configuration's paths, else plans/].",
    "help.validate.output_format": "Output format.",
    "help.validate.strict": "Fail (exit 1) on warnings too.",
    "help.validate.as_of": "Judge dates as of this day [default: the configuration's, else today].",
    "help.validate.profile_path": "Folder with profile files (NAME.yaml); repeatable.",
    "help.validate.color": "Colour the text output.",
    "help.validate.jobs": "Worker processes for many files [default: one per CPU].",
    "help.validate.config": "Configuration file [default: the nearest .hplan.yaml up to the git root].",
    "help.validate.lang": (
        "Language of text and markdown output [default: 'language:' in .hplan.yaml, else da when LC_ALL, "
        "LC_MESSAGES or LANG starts with da, else en]."
    ),
    "help.diff": (
        "Show what changed between two versions of plans or boards, and who must approve it.\n\nEach change "
        "names its place in the plan, the old and new value, and the\napproval it needs under the plan's profile: "
        "lbf, board or none, and every\nbody that must give it (a party too). Exit 0 when nothing fails, 1 when a\n"
        "side could not be compared, a new version breaks a rule, or a gate\n(--fail-on, --check-approvals) fails, "
        "2 when hplan could not run (a bad\nrevision, a missing path)."
    ),
    "help.diff.sides": (
        "Two plan (or board) files, each a path or a git REV:PATH; with --base, the files and folders to compare "
        "[default: the configuration's paths, else plans/]."
    ),
    "help.diff.base": "Compare every plan and board that differs from this git revision.",
    "help.diff.head": "With --base: the newer revision [default: the working tree].",
    "help.diff.fail_on": "Exit 1 when a change needs at least this approval (any: any change).",
    "help.diff.check_approvals": (
        "Exit 1 unless the new revisions entries of each changed plan or board record every approval its changes "
        "need (each body: lbf, board, a party)."
    ),
    "help.diff.as_of": (
        "Judge dates as of this day: the rules' errors, and approvals recorded by then "
        "[default: the configuration's, else today]."
    ),
    "help.diff.jobs": "Worker processes for many changed plans [default: one per CPU].",
    "help.status": (
        "Where each plan stands as of a date: criteria, milestones, budget, governance.\n\nOne plan shows in "
        "detail; several show as a portfolio with each party's\nco-financing per year. Always exits 0 "
        "(problems are shown, not failed\non); 2 when hplan could not run."
    ),
    "help.status.paths": (
        "Plan files or folders [default: the configuration's paths, else plans/]; board files count in validation only."
    ),
    "help.status.as_of": "Judge everything as of this day [default: the configuration's, else today].",
    "help.status.horizon": "Milestones due, done and agreements ending within this many days [default: 60].",
    "help.status.on_track": "On track from this share of the expected progress [default: 0.9].",
    "help.status.at_risk": "At risk from this share; off track below it [default: 0.5].",
    "help.status.tolerance": "A 'maintain' criterion is on track within this share of its baseline [default: 0.05].",
    "help.status.stale_grace": "Stale after the frequency's interval plus this share of it [default: 0.25].",
    "help.status.include_ended": (
        "List ended plans (afsluttet) under 'needs attention' too; by default they are counted apart."
    ),
    "help.report": (
        "The yearly evaluation of a plan: goal attainment per success criterion, milestones, budget, "
        "decisions.\n\nFor the steering group's yearly evaluation meeting and the yearly report\nto "
        "Landsbyggefonden. Danish by default. Exits 0 when the report is made\n(validation problems are "
        "listed in it), 1 when the plan cannot be read,\n2 when hplan could not run."
    ),
    "help.report.plan": "The plan file.",
    "help.report.year": "The calendar year to evaluate.",
    "help.report.output_format": (
        "markdown, or html (one standalone page with charts), or xlsx (--kind lbf, a workbook; needs -o) "
        "[default: from the suffix of -o (.html, .xlsx), else markdown]."
    ),
    "help.report.kind": (
        "evaluation: the steering group's yearly evaluation; lbf: the yearly report to Landsbyggefonden "
        "(accounts with the reguleringskonto, goal attainment, next year's milestone plan)."
    ),
    "help.report.lang": "The report's language [default: the configuration's, else da].",
    "help.report.output": "Write the report to FILE [default: standard output].",
    "help.report.as_of": "Describe things as of this day [default: 31 December of the year, or today if earlier].",
    "help.report.color": "Accepted like on every command; a report (markdown, HTML) has no colour.",
    "help.schema": (
        "Write the JSON Schemas from the models: plan and board in English (plan.schema.json) and Danish "
        "(plan.da.schema.json)."
    ),
    "help.schema.out_dir": "Folder for the schema files.",
    "help.schema.check": "Write nothing; exit 1 when the files are stale.",
    "help.schema.color": "Colour the messages.",
    "help.rules": "List every rule hplan checks, or explain one with a passing and a failing example.",
    "help.rules.code": "A rule code (HP304) or name (target-direction).",
    "help.init": (
        "Make a plan repository: plans/, schemas/, .hplan.yaml, pre-commit, a CI workflow, editor settings, "
        "a README.\n\nA file that exists is never overwritten: it is named as kept. Exit 0 when\ndone, 2 when a "
        "file cannot be written."
    ),
    "help.init.folder": "The plan repository's folder, made if missing [default: here].",
    "help.init.lang": (
        "Language of the README, the settings and these messages [default: da when LANG starts with da, else en]."
    ),
    "help.init.ci": "The CI workflow to write.",
    "help.new": (
        "Write a new plan from a profile: a skeleton that validates, with comments saying what each section is "
        "for.\n\nNever overwrites a file. Exit 0 when written, 2 when a value is missing or wrong or the file exists."
    ),
    "help.new.path": "The plan file to write [default: plans/ID.yaml].",
    "help.new.name": "The plan's name.",
    "help.new.area": "The area: neighbourhood and estates.",
    "help.new.id": "The plan's id [default: made from the name].",
    "help.new.profile": "The profile (see hplan profiles) [default: lbf-2019-26].",
    "help.new.start": "Start date: 2021-04-01 or 01.04.2021.",
    "help.new.focus_area": "A chosen focus area, id or name; repeatable.",
    "help.new.party": "A party and its kind (municipality, ...); repeatable.",
    "help.new.lbf_per_year": "LBF's grant per plan year, in kroner.",
    "help.new.no_input": "Ask nothing; every value must be given as an option.",
    "help.profiles": (
        "List the built-in profiles (LBF funding rounds): focus areas, minimum local share, period length."
    ),
    "help.fmt": (
        "Format plan files: indentation, key order, flow style for short records, quoting; comments kept.\n\n"
        "Formatting never changes what a file means: hplan checks that the new text\nreads as the same data before "
        "it writes, and writes atomically."
    ),
    "help.fmt.check": "Write nothing; list the files that would change and exit 1 if any.",
    "help.fmt.diff": "Write nothing; print what would change as a diff.",
    "help.record": "Record the year's measurements, milestones, evaluation, spending and approvals in a plan.",
    "help.record.plan": "The plan file to edit.",
    "help.record.date": "The date: 2024-12-31 or 31.12.2024.",
    "help.record.dry_run": "Print the change as a diff of the file; write nothing.",
    "help.record.measurement": "Add a measurement to a success criterion, in date order.",
    "help.record.measurement.criterion": "The success criterion: its id, text or indicator.",
    "help.record.measurement.date": "The date of the measurement: 2024-12-31 or 31.12.2024.",
    "help.record.measurement.value": "The value: 46.1 or 46,1.",
    "help.record.measurement.note": "A note on the figure.",
    "help.record.measurement.replace": "Replace a measurement of the same date.",
    "help.record.milestone": "Mark a milestone done (with the date it was done), delayed or cancelled.",
    "help.record.milestone.milestone": "The milestone: its id or title.",
    "help.record.milestone.state": "done, delayed or cancelled.",
    "help.record.milestone.date": "When it was done [default: today].",
    "help.record.evaluation": "Add the steering group's yearly evaluation.",
    "help.record.evaluation.year": "The calendar year evaluated.",
    "help.record.evaluation.summary": "The steering group's conclusion.",
    "help.record.evaluation.decision": "A decision taken; repeatable.",
    "help.record.evaluation.replace": "Replace the evaluation of the same year.",
    "help.record.spending": (
        "Record a year's actual spending on one budget line (--area and --category pick it among the year's)."
    ),
    "help.record.spending.year": "The budget year.",
    "help.record.spending.amount": "Spent, all sources together: 1250000, 1.250.000 or 1250000 kr.",
    "help.record.spending.area": "The budget line's focus area (id or name) or cross_cutting.",
    "help.record.spending.category": "The budget line's category (personnel or personale, ...).",
    "help.record.approval": (
        "Add an approval to the plan's approval log (revisions), which hplan diff --check-approvals reads."
    ),
    "help.record.approval.by": (
        "Who approved: board, lbf, steering_group or a party (id or name); repeat for each body."
    ),
    "help.record.approval.summary": "What was approved.",
    "help.record.approval.reference": "Where it was approved: the meeting and item.",
    # the strings Click and Typer add (Typer keeps its own copy of Click, without translations)
    "click.usage": "Usage: ",
    "click.options": "Options",
    "click.arguments": "Arguments",
    "click.commands": "Commands",
    "click.help": "Show this message and exit.",
    "click.default": "default: {default}",
    "click.env_var": "env var: {var}",
    "click.required": "required",
    "click.error": "Error: {message}",
    "click.try": "Try '{command} {option}' for help.",
    "click.no_such_option": "No such option: {name}",
    "click.possible": "(Possible options: {options})",
    "click.no_such_command": "No such command {name}.",
    "click.missing_argument": "Missing argument {name}.",
    "click.missing_option": "Missing option {name}.",
    "click.invalid_value": "Invalid value for {name}: {detail}",
    "click.not_one_of": "{value} is not one of {choices}.",
    "click.not_valid": "{value} is not a valid {kind}.",
    "click.not_in_range": "{value} is not in the range {range}.",
    "click.requires_argument": "Option {name} requires an argument.",
    "click.extra_argument": "Got unexpected extra argument ({args})",
    "click.extra_arguments": "Got unexpected extra arguments ({args})",
    "click.does_not_exist": "{kind} {name} does not exist.",
    "click.missing_command": "Missing command.",
    "click.aborted": "Aborted!",
}
