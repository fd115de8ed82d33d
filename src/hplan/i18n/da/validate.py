"""Danish messages of ``hplan validate``."""

MESSAGES: dict[str, str] = {
    # hplan validate
    "v.summary.clean": "{files} kontrolleret: ingen problemer{suppressed}",
    "v.summary": "{files} kontrolleret: {errors}, {warnings}{suppressed}",
    "v.severity.error": "fejl",
    "v.severity.warning": "advarsel",
    "v.suppressed.one": " ({count} undtaget)",
    "v.suppressed.other": " ({count} undtaget)",
}
