"""Danish and English output: complete catalogues, the choice of language, and what each view says.

English is the source: ``hplan.i18n.en`` and ``hplan.i18n.da`` must have the
same message ids with the same placeholders, and every registered rule a
Danish summary. The language comes from ``--lang``, else the configuration's
``language``, else the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``); JSON
stays English whatever is chosen.
"""

from __future__ import annotations

import json
import re
import shutil
import string
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from hplan import i18n
from hplan.cli.options import Language, choose_language
from hplan.i18n import da, en
from hplan.rules.registry import all_rules

Run = Callable[..., Result]
ROOT = Path(__file__).resolve().parent.parent
AS_OF = ("--as-of", "2019-06-01")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


# --- the catalogues -----------------------------------------------------------------------


def test_every_message_id_has_both_languages() -> None:
    assert set(en.MESSAGES) - set(da.MESSAGES) == set(), "ids without Danish"
    assert set(da.MESSAGES) - set(en.MESSAGES) == set(), "Danish ids that English does not have"


@pytest.mark.parametrize("key", sorted(en.MESSAGES))
def test_both_languages_have_the_same_placeholders(key: str) -> None:
    assert placeholders(en.MESSAGES[key]) == placeholders(da.MESSAGES[key]), key


def test_counted_messages_have_both_forms() -> None:
    counted = [key.removesuffix(".one") for key in en.MESSAGES if key.endswith(".one")]
    assert len(counted) > 10
    for stem in counted:
        assert f"{stem}.other" in en.MESSAGES, stem


def test_every_rule_has_a_danish_summary() -> None:
    codes = {entry.code for entry in all_rules()}
    assert set(da.RULES) == codes
    for code, summary in da.RULES.items():
        assert summary.endswith(".") and len(summary) <= 100, code


def test_every_message_id_the_reporters_use_exists() -> None:
    used: set[str] = set()
    for module in sorted((ROOT / "src" / "hplan" / "views").rglob("*.py")):
        if module.parent.name == "yearly":
            continue  # the yearly report's own labels (views/yearly/words.py)
        source = module.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\bt\(\s*["']([a-z][a-z_.]+)["']""", source))
        used |= {f"{stem}.one" for stem in re.findall(r"""\btn\(\s*["']([a-z][a-z_.]+)["']""", source)}
    assert len(used) > 100
    assert used - set(en.MESSAGES) == set()


# --- choosing the language -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "configured", "environ", "expected"),
    [
        (Language.en, "da", {"LANG": "da_DK.UTF-8"}, "en"),  # --lang wins
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
    option: Language | None, configured: str | None, environ: dict[str, str], expected: str
) -> None:
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


def test_an_unknown_language_is_exit_2(run_hplan: Run) -> None:
    result = run_hplan("validate", "--lang", "fr")
    assert result.exit_code == 2
    assert "'fr' is not one of 'da', 'en'" in result.output


# --- what the Danish views say -------------------------------------------------------------------


def test_validate_text_in_danish_keeps_the_lines_editors_read(run_hplan: Run) -> None:
    result = run_hplan("validate", "tests/data/cli/warnings", "--as-of", "2019-06-01", "--lang", "da")
    *lines, summary = result.stdout.splitlines()
    assert summary == "1 fil kontrolleret: 0 fejl, 2 advarsler"
    assert lines and all(re.match(r"^\S+:\d+:\d+: warning HP\d{3} ", line) for line in lines)


@pytest.mark.parametrize("output_format", ["text", "markdown"])
def test_status_in_danish(run_hplan: Run, output_format: str) -> None:
    english = run_hplan("status", "plans/loevvangen.yaml", *AS_OF, "--format", output_format).stdout
    danish = run_hplan("status", "plans/loevvangen.yaml", *AS_OF, "--format", output_format, "--lang", "da").stdout
    for word in ("Succeskriterier", "Milepæle", "Periode", "på sporet", "bagud", "forældet", "kr.", "Lokal andel"):
        assert word in danish, word
    for word in ("Success criteria", "Milestones", "on track", "off track", "stale", "Local share"):
        assert word in english and word not in danish, word
    assert "9.080.000 kr." in danish and "27,0 %" in danish


def test_status_portfolio_in_danish(run_hplan: Run) -> None:
    danish = run_hplan("status", "plans", *AS_OF, "--lang", "da").stdout
    assert "3 planer pr. 2019-06-01, horisont 60 dage" in danish
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
        assert "| Godkendelse | Ændring | Hvor | Før | Efter | Hvorfor |" in danish


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
    assert table.splitlines()[0].split() == ["kode", "navn", "alvor", "resumé"]
    assert "HP602  milestone-overdue            advarsel Ingen milepæl har overskredet sin frist" in table
    one = run_hplan("rules", "HP701", "--lang", "da").stdout
    assert one.startswith("HP701 cpr-number (fejl, kontrolleres: hele teksten)\n\nIngen værdi, nøgle eller")
    assert "Passing:" in one  # the documentation itself is English


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
