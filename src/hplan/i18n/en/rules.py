"""English messages of ``hplan rules`` (the rules' summaries themselves are their docstrings)."""

MESSAGES: dict[str, str] = {
    # hplan rules
    "r.col.code": "code",
    "r.col.name": "name",
    "r.col.severity": "severity",
    "r.col.summary": "summary",
    "r.md.header": "| code | name | severity | checked on | what it asks |",
    "r.head": "{code} {name} ({severity}, checked on {scope})",
    "r.severity.error": "error",
    "r.severity.warning": "warning",
    "r.scope.read": "reading",
    "r.scope.text": "whole text",
    "r.scope.plan": "plan",
    "r.scope.board": "board",
    "r.scope.files": "across files",
    "r.scope.suppressions": "suppressions",
    "r.passing": "Passing:",
    "r.failing": "Failing:",
    "r.only_english": "(The explanation below is in English only.)",
}
