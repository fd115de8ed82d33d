"""``hplan record measurement|milestone|evaluation|spending|approval``: the year's chores, edited in place.

Each command reads its arguments (Danish spellings too), builds one change
(:mod:`hplan.authoring.record`) and runs it through the one edit engine
(:mod:`hplan.authoring.edit`): exit 0 when written (or nothing to change),
1 when refused because of problems in the plan, 2 for a bad argument.
"""

import enum
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from hplan.cli.language import choose_language
from hplan.cli.options import ConfigOption, LanguageOption, edit_options, load_settings
from hplan.i18n import Language, using

if TYPE_CHECKING:
    from hplan.authoring.record import Change

app = typer.Typer(
    name="record",
    help="Record the year's measurements, milestones, evaluation, spending and approvals in a plan.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


class MilestoneState(enum.StrEnum):
    """What a milestone can be marked as."""

    done = "done"
    delayed = "delayed"
    cancelled = "cancelled"


PlanArgument = Annotated[Path, typer.Argument(metavar="PLAN", help="The plan file to edit.")]
DryRunOption = Annotated[
    bool, typer.Option("--dry-run", "-n", help="Print the change as a diff of the file; write nothing.")
]
DateText = Annotated[
    str, typer.Option("--date", metavar="DATE", help="The date: 2024-12-31 or 31.12.2024.", show_default=False)
]


def register(parent: typer.Typer) -> None:
    """Add the command group to the app."""
    parent.add_typer(app)


def _run(plan: Path, what: str, build: Callable[[], "Change"], dry_run: bool, config: Path | None, lang: Any) -> None:
    """Read the settings, build the change in the chosen language, edit, report, exit."""
    # lazy: the edit engine loads ruamel.yaml and the validate pipeline, which `hplan --help` must not
    from hplan.authoring.edit import edit_file, roundtrip_edit
    from hplan.views.authoring import report_edit

    settings = load_settings(config)
    language: Language = choose_language(lang, settings.language)
    options = edit_options(settings)
    with using(language):  # the change runs inside the engine: its refusals speak the language too
        result = edit_file(plan, roundtrip_edit(build()), options, dry_run=dry_run)
    raise typer.Exit(report_edit(result, what, language))


@app.command("measurement")
def measurement(
    plan: PlanArgument,
    criterion: Annotated[str, typer.Argument(help="The success criterion: its id, text or indicator.")],
    date: Annotated[str, typer.Argument(help="The date of the measurement: 2024-12-31 or 31.12.2024.")],
    value: Annotated[str, typer.Argument(help="The value: 46.1 or 46,1.")],
    note: Annotated[str | None, typer.Option("--note", help="A note on the figure.")] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Replace a measurement of the same date.")] = False,
    dry_run: DryRunOption = False,
    config: ConfigOption = None,
    lang: LanguageOption = None,
) -> None:
    """Add a measurement to a success criterion, in date order."""
    from hplan.authoring import danish_input, record  # lazy: see _run

    def build() -> "Change":
        day = danish_input.parse_date(date, "DATE")
        return record.measurement(criterion, day, danish_input.parse_figure(value, "VALUE"), note, replace)

    _run(plan, "measurement", build, dry_run, config, lang)


@app.command("milestone")
def milestone(
    plan: PlanArgument,
    milestone_ref: Annotated[str, typer.Argument(metavar="MILESTONE", help="The milestone: its id or title.")],
    state: Annotated[MilestoneState, typer.Argument(metavar="STATE", help="done, delayed or cancelled.")],
    date: Annotated[
        str | None, typer.Option("--date", metavar="DATE", help="When it was done [default: today].")
    ] = None,
    dry_run: DryRunOption = False,
    config: ConfigOption = None,
    lang: LanguageOption = None,
) -> None:
    """Mark a milestone done (with the date it was done), delayed or cancelled."""
    import datetime as dt  # lazy: see _run

    # lazy: see _run
    from hplan.authoring import danish_input, record
    from hplan.errors import UsageError
    from hplan.i18n.message import msg

    def build() -> "Change":
        if date is not None and state is not MilestoneState.done:
            raise UsageError(msg("a.milestone.date_only_done"))
        day = danish_input.parse_date(date, "--date") if date is not None else dt.date.today()
        return record.milestone(milestone_ref, state.value, day if state is MilestoneState.done else None)

    _run(plan, "milestone", build, dry_run, config, lang)


@app.command("evaluation")
def evaluation(
    plan: PlanArgument,
    year: Annotated[int, typer.Argument(help="The calendar year evaluated.")],
    date: DateText,
    summary: Annotated[str, typer.Option("--summary", help="The steering group's conclusion.", show_default=False)],
    decision: Annotated[
        list[str] | None, typer.Option("--decision", help="A decision taken; repeatable.", show_default=False)
    ] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Replace the evaluation of the same year.")] = False,
    dry_run: DryRunOption = False,
    config: ConfigOption = None,
    lang: LanguageOption = None,
) -> None:
    """Add the steering group's yearly evaluation."""
    from hplan.authoring import danish_input, record  # lazy: see _run

    def build() -> "Change":
        return record.evaluation(year, danish_input.parse_date(date, "--date"), summary, decision or [], replace)

    _run(plan, "evaluation", build, dry_run, config, lang)


@app.command("spending")
def spending(
    plan: PlanArgument,
    year: Annotated[int, typer.Argument(help="The budget year.")],
    amount: Annotated[str, typer.Argument(help="Spent, all sources together: 1250000, 1.250.000 or 1250000 kr.")],
    area: Annotated[
        str | None,
        typer.Option("--area", help="The budget line's focus area (id or name) or cross_cutting.", show_default=False),
    ] = None,
    category: Annotated[
        str | None,
        typer.Option(
            "--category", help="The budget line's category (personnel or personale, ...).", show_default=False
        ),
    ] = None,
    dry_run: DryRunOption = False,
    config: ConfigOption = None,
    lang: LanguageOption = None,
) -> None:
    """Record a year's actual spending on one budget line (--area and --category pick it among the year's)."""
    from hplan.authoring import danish_input, record  # lazy: see _run

    def build() -> "Change":
        return record.spending(year, area, category, danish_input.parse_amount(amount, "AMOUNT"))

    _run(plan, "spending", build, dry_run, config, lang)


@app.command("approval")
def approval(
    plan: PlanArgument,
    by: Annotated[
        list[str],
        typer.Option(
            "--by",
            help="Who approved: board, lbf, steering_group or a party (id or name); repeat for each body.",
            show_default=False,
        ),
    ],
    date: DateText,
    summary: Annotated[str, typer.Option("--summary", help="What was approved.", show_default=False)],
    reference: Annotated[
        str, typer.Option("--reference", help="Where it was approved: the meeting and item.", show_default=False)
    ],
    dry_run: DryRunOption = False,
    config: ConfigOption = None,
    lang: LanguageOption = None,
) -> None:
    """Add an approval to the plan's approval log (revisions), which hplan diff --check-approvals reads."""
    from hplan.authoring import danish_input, record  # lazy: see _run

    def build() -> "Change":
        return record.approval(by, danish_input.parse_date(date, "--date"), summary, reference)

    _run(plan, "approval", build, dry_run, config, lang)
