"""Danish messages of ``hplan validate``."""

MESSAGES: dict[str, str] = {
    # hplan validate
    "v.summary.clean": "{files} kontrolleret: ingen problemer{suppressed}",
    "v.summary": "{files} kontrolleret: {errors}, {warnings}{suppressed}",
    "v.suppressed.one": " ({count} undertrykt)",
    "v.suppressed.other": " ({count} undertrykte)",
}
