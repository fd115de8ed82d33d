"""English messages of ``hplan validate``."""

MESSAGES: dict[str, str] = {
    # hplan validate
    "v.summary.clean": "{files} checked: no problems{suppressed}",
    "v.summary": "{files} checked: {errors}, {warnings}{suppressed}",
    "v.severity.error": "error",
    "v.severity.warning": "warning",
    "v.suppressed.one": " ({count} suppressed)",
    "v.suppressed.other": " ({count} suppressed)",
}
