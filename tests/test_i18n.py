"""Danish and English output: complete catalogues, the choice of language, and what each view says.

English is the source: every language's catalogue (``hplan.i18n.en``,
``hplan.i18n.da``, a module per command) must have the same message ids with
the same placeholders, every id a view asks for must exist, and every
registered rule must have a Danish summary. The language comes from ``--lang``, else the configuration's
``language``, else the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``); JSON
stays English whatever is chosen.
"""

from __future__ import annotations

import importlib
import json
import re
import shutil
import string
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import get_args

import pytest
from typer.testing import Result

from hplan import i18n
from hplan.cli.language import choose_language, forget
from hplan.i18n import LANGUAGES, PARTS, Language, catalogue
from hplan.i18n.da.rules import RULES as DANISH_RULES
from hplan.model.criteria import Frequency
from hplan.rules.registry import all_rules
from hplan.status.model import CriterionState
from hplan.yearly.model import OUTCOMES, EvaluationState

Run = Callable[..., Result]
ROOT = Path(__file__).resolve().parent.parent
AS_OF = ("--as-of", "2019-06-01")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


# --- the catalogues -----------------------------------------------------------------------


def catalogue_problems(catalogues: Mapping[str, Mapping[str, str]]) -> list[str]:
    """Every id a language lacks or adds against English, and every id whose placeholders differ from English's."""
    source = catalogues["en"]
    problems: list[str] = []
    for lang, messages in catalogues.items():
        problems += [f"{lang} lacks {key}" for key in sorted(source.keys() - messages.keys())]
        problems += [f"{lang} adds {key}" for key in sorted(messages.keys() - source.keys())]
        problems += [
            f"{lang} {key}: placeholders {sorted(placeholders(messages[key]))}, not {sorted(placeholders(source[key]))}"
            for key in sorted(source.keys() & messages.keys())
            if placeholders(messages[key]) != placeholders(source[key])
        ]
    return problems


def test_every_message_id_has_every_language_with_the_same_placeholders() -> None:
    assert len(catalogue("en")) > 300
    assert catalogue_problems({lang: catalogue(lang) for lang in LANGUAGES}) == []


def test_the_catalogue_check_finds_a_missing_language_and_other_placeholders() -> None:
    english = {"a": "{count} files", "b": "none", "c": "{year}"}
    danish = {"a": "{n} filer", "c": "{year}", "d": "ekstra"}
    assert catalogue_problems({"en": english, "da": danish}) == [
        "da lacks b",
        "da adds d",
        "da a: placeholders ['n'], not ['count']",
    ]


def test_each_language_splits_its_messages_into_the_same_modules() -> None:
    for lang in LANGUAGES:
        folder = Path(importlib.import_module(f"hplan.i18n.{lang}").__path__[0])
        assert sorted(p.stem for p in folder.glob("*.py") if p.stem != "__init__") == sorted(PARTS), lang
    for part in PARTS:
        modules = [importlib.import_module(f"hplan.i18n.{lang}.{part}") for lang in LANGUAGES]
        assert all(set(m.MESSAGES) == set(modules[0].MESSAGES) for m in modules), part
    for lang in LANGUAGES:  # an id in two modules would silently lose one of its texts in the merge
        sizes = [len(importlib.import_module(f"hplan.i18n.{lang}.{part}").MESSAGES) for part in PARTS]
        assert sum(sizes) == len(catalogue(lang)), lang


def test_counted_messages_have_both_forms() -> None:
    english = catalogue("en")
    counted = [key.removesuffix(".one") for key in english if key.endswith(".one")]
    assert len(counted) > 10
    for stem in counted:
        assert f"{stem}.other" in english, stem


def test_every_rule_has_a_danish_summary() -> None:
    codes = {entry.code for entry in all_rules()}
    assert set(DANISH_RULES) == codes
    for code, summary in DANISH_RULES.items():
        assert summary.endswith(".") and len(summary) <= 100, code


def test_every_message_id_the_views_use_exists() -> None:
    """Every literal id a view or template asks for; for an id built in an f-string, its fixed start."""
    used: set[str] = set()
    starts: set[str] = set()
    views = ROOT / "src" / "hplan" / "views"
    for module in sorted([*views.rglob("*.py"), *views.rglob("*.j2")]):
        source = module.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\bt\(\s*["']([a-z][a-z_.]+)["']""", source))
        counted = r"""\b(?:tn|counted)\(\s*["']([a-z][a-z_.]+)["']"""  # counted: the yearly report's tn
        used |= {f"{stem}.one" for stem in re.findall(counted, source)}
        starts |= set(re.findall(r"""\b(?:t|tn|counted)\(\s*f["']([a-z][a-z_.]*)\{""", source))
    assert {"yearly.title", "yearly.validation_ok", "count.decisions.one", "unit.dkk"} <= used  # templates too
    assert {"state.", "yearly.milestones.", "yearly.evaluation_"} <= starts
    ids = catalogue("en")
    assert used - set(ids) == set()
    assert {start for start in starts if not any(key.startswith(start) for key in ids)} == set()


def test_every_state_the_yearly_report_names_has_its_words() -> None:
    ids = catalogue("en")
    wanted = {f"state.{state}" for state in get_args(CriterionState) if state != "no_data"}
    wanted |= {"yearly.no_data", "state.planned"}
    wanted |= {f"state.{outcome}" for outcome in OUTCOMES}
    wanted |= {f"yearly.milestones.{outcome}.one" for outcome in OUTCOMES}
    wanted |= {f"yearly.evaluation_{state}" for state in get_args(EvaluationState) if state != "recorded"}
    wanted |= {f"yearly.evaluation_{state}_short" for state in get_args(EvaluationState) if state != "recorded"}
    wanted |= {f"yearly.frequency.{frequency}" for frequency in get_args(Frequency)}
    wanted |= {f"yearly.approved_by_{body}" for body in ("board", "lbf")}
    assert wanted - set(ids) == set()


# --- choosing the language -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "configured", "environ", "expected"),
    [
        ("en", "da", {"LANG": "da_DK.UTF-8"}, "en"),  # --lang wins
        (None, "en", {"LANG": "da_DK.UTF-8"}, "en"),  # then the configuration
        (None, None, {"LANG": "da_DK.UTF-8"}, "da"),  # then the locale
        (None, None, {"LC_ALL": "en_GB.UTF-8", "LANG": "da_DK.UTF-8"}, "en"),  # LC_ALL before LANG
        (None, None, {"LC_MESSAGES": "da_DK", "LANG": "en_US"}, "da"),
        (None, None, {"LC_ALL": "", "LANG": "da"}, "da"),  # empty is not set
        (None, None, {"LANG": "C.UTF-8"}, "en"),
        (None, None, {}, "en"),
    ],
)
def test_language_precedence(
    option: Language | None, configured: Language | None, environ: dict[str, str], expected: str
) -> None:
    forget()  # no --lang before a command is left from an earlier run in this process
    assert choose_language(option, configured, environ) == expected


def test_lang_from_the_environment_reaches_the_output(run_hplan: Run) -> None:
    result = run_hplan("validate", "tests/data/cli/good", "--as-of", "2018-06-01", env={"LANG": "da_DK.UTF-8"})
    assert result.stdout == "1 fil kontrolleret: ingen problemer\n"


def test_language_from_the_configuration(tmp_path: Path, run_hplan: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    shutil.copytree(ROOT / "tests" / "data" / "cli" / "good", tmp_path / "plans")
    (tmp_path / ".hplan.yaml").write_text("language: da\nas_of: 2018-06-01\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run_hplan("validate").stdout == "1 fil kontrolleret: ingen problemer\n"
    assert run_hplan("validate", "--lang", "en").stdout == "1 file checked: no problems\n"


def test_lang_before_the_command_chooses_the_command_s_language(
    tmp_path: Path, run_hplan: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".git").mkdir()
    shutil.copytree(ROOT / "tests" / "data" / "cli" / "good", tmp_path / "plans")
    (tmp_path / ".hplan.yaml").write_text("language: en\nas_of: 2018-06-01\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run_hplan("--lang", "da", "validate").stdout == "1 fil kontrolleret: ingen problemer\n"
    assert run_hplan("--lang", "da", "validate", "--lang", "en").stdout == "1 file checked: no problems\n"
    assert run_hplan("--lang", "en", "validate", "--lang", "da").stdout == "1 fil kontrolleret: ingen problemer\n"
    assert "Validering: plans/solbakken.yaml: ingen problemer" in run_hplan("--lang", "da", "status").stdout
    # the next run in the same process starts afresh: the configuration chooses again
    assert run_hplan("validate").stdout == "1 file checked: no problems\n"


def test_an_unknown_language_is_exit_2(run_hplan: Run) -> None:
    result = run_hplan("validate", "--lang", "fr")
    assert result.exit_code == 2
    assert "'fr' is not one of 'da', 'en'" in result.output


# --- what the Danish views say -------------------------------------------------------------------


def test_validate_text_in_danish_keeps_the_line_shape_editors_read(run_hplan: Run) -> None:
    result = run_hplan("validate", "tests/data/cli/warnings", "--as-of", "2019-06-01", "--lang", "da")
    *lines, summary = result.stdout.splitlines()
    assert summary == "1 fil kontrolleret: 0 fejl, 2 advarsler"
    # file:line:col, the severity in Danish (spec/danish.md V1), the code, the Danish message
    assert lines and all(re.match(r"^\S+:\d+:\d+: advarsel HP\d{3} [a-zæøå]", line) for line in lines)
    assert "milepælen 'm-natteravne' havde frist 31.03.2018" in result.stdout


@pytest.mark.parametrize("output_format", ["text", "markdown"])
def test_status_in_danish(run_hplan: Run, output_format: str) -> None:
    english = run_hplan("status", "plans/loevvangen.yaml", *AS_OF, "--format", output_format).stdout
    danish = run_hplan("status", "plans/loevvangen.yaml", *AS_OF, "--format", output_format, "--lang", "da").stdout
    for word in (
        "Succeskriterier",
        "Milepæle",
        "Periode",
        "følger planen",
        "bagud",
        "mangler ny måling",
        "kr.",
        "Lokal medfin",
    ):
        assert word in danish, word
    for word in ("Success criteria", "Milestones", "on track", "off track", "stale", "Local share"):
        assert word in english and word not in danish, word
    assert "9.080.000 kr." in danish and "27,0 %" in danish


def test_status_portfolio_in_danish(run_hplan: Run) -> None:
    danish = run_hplan("status", "plans", *AS_OF, "--lang", "da").stdout
    assert "4 helhedsplaner pr. 01.06.2019 – de kommende 60 dage" in danish
    assert "Kræver opmærksomhed" in danish
    assert "Boligorganisationer" in danish


@pytest.mark.parametrize("output_format", ["text", "markdown"])
def test_diff_in_danish(run_hplan: Run, output_format: str) -> None:
    golden = "tests/golden/diff"
    danish = run_hplan("diff", f"{golden}/old.yaml", f"{golden}/new.yaml", "-f", output_format, "--lang", "da").stdout
    assert "kræver Landsbyggefondens godkendelse" in danish
    assert "bestyrelsen" in danish and "tilføjet" in danish
    assert "6.630.000 → 6.660.000" in danish if output_format == "text" else "| 9.080.000 | 9.110.000 |" in danish
    assert "approval needed" not in danish
    if output_format == "markdown":
        assert "| Godkendelse | Ændring | Hvor | Før | Efter | Begrundelse |" in danish


@pytest.mark.parametrize(
    "arguments",
    [
        ("validate", "tests/data/cli/warnings", "--as-of", "2019-06-01"),
        ("status", "plans/loevvangen.yaml", *AS_OF),
        ("diff", "tests/golden/diff/old.yaml", "tests/golden/diff/new.yaml"),
        ("rules", "HP304"),
    ],
)
def test_json_is_english_whatever_the_language(run_hplan: Run, arguments: tuple[str, ...]) -> None:
    english = run_hplan(*arguments, "--format", "json")
    danish = run_hplan(*arguments, "--format", "json", "--lang", "da")
    assert danish.stdout == english.stdout
    json.loads(danish.stdout)


def test_rules_in_danish(run_hplan: Run) -> None:
    table = run_hplan("rules", "--lang", "da").stdout
    assert table.splitlines()[0].split() == ["kode", "navn", "niveau", "krav"]
    assert "HP602  milestone-overdue            advarsel Ingen milepæl har overskredet sin frist" in table
    one = run_hplan("rules", "HP701", "--lang", "da").stdout
    assert one.startswith("HP701 cpr-number (fejl, kontrolleres: hele teksten)\n\nIngen værdi, nøgle eller")
    # the explanation is English, and says so; its example captions are Danish (spec/danish.md U2)
    assert "\n(Forklaringen findes kun på engelsk.)\n" in one
    assert "Godkendes:" in one and "Afvises:" in one and "Passing:" not in one
    assert "``" not in run_hplan("rules", "HP009", "--lang", "da").stdout


def test_number_formats() -> None:
    with i18n.using("da"):
        assert (i18n.number(10_398_000), i18n.percent(0.2704, 1), i18n.percent(0.33)) == (
            "10.398.000",
            "27,0 %",
            "33 %",
        )
        assert i18n.tn("count.days", 1) == "1 dag"
    assert (i18n.number(10_398_000), i18n.percent(0.2704, 1), i18n.tn("count.days", 2)) == (
        "10,398,000",
        "27.0%",
        "2 days",
    )


def test_a_share_that_rounds_to_zero_has_no_sign() -> None:
    assert (i18n.percent(-0.001), i18n.percent(-0.0004, 1), i18n.percent(-0.006)) == ("0%", "0.0%", "-1%")


def test_python_m_hplan_speaks_danish_under_a_danish_locale() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "hplan",
            "validate",
            "tests/data/cli/good",
            "--as-of",
            "2018-06-01",
        ],
        cwd=ROOT,
        env={"LANG": "da_DK.UTF-8", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout) == (0, "1 fil kontrolleret: ingen problemer\n"), result.stderr
