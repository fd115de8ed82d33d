"""Danish messages of ``hplan diff``."""

MESSAGES: dict[str, str] = {
    "d.note.later.one": "{count} dag senere",
    "d.note.later.other": "{count} dage senere",
    "d.note.earlier.one": "{count} dag tidligere",
    "d.note.earlier.other": "{count} dage tidligere",
    "d.note.lbf_total": "{change:+,} kr.",
    "d.note.share": "{share:.1f} %",
    "d.note.no_budget": "intet budget",
    "d.note.share_below": "lokal medfinansiering {before} → {after:.1f} %, under mindstekravet på {minimum:.0f} %",
    "d.reason.default": "ingen regel i bevillingsrammen nævner denne ændring; standardniveauet er {level}",
    # hplan diff
    "d.level.lbf": "Landsbyggefonden",
    "d.level.board": "bestyrelsen",
    "d.level.none": "ingen",
    "d.needed.lbf": "kræver Landsbyggefondens godkendelse",
    "d.needed.board": "kræver bestyrelsens godkendelse",
    "d.needed.none": "kræver ingen godkendelse",
    "d.kind.added": "tilføjet",
    "d.kind.removed": "fjernet",
    "d.kind.changed": "ændret",
    "d.compared": "{plans} sammenlignet, {changes}{detail}",
    "d.none_changed": "ingen plan er ændret",
    "d.none_compared": (
        "ingen plan kunne sammenlignes, så godkendelsesbehovet er ikke vurderet; ret fejlene og kør igen"
    ),
    "d.recorded.removed": (
        "planen er fjernet, så der er ingen ændringslog, hvor godkendelsen ({level}) kan registreres"
    ),
    "d.recorded.missing": "ingen ny godkendelse registreret, og ændringerne kræver godkendelse af {level}",
    "d.recorded.entry": "ny godkendelse fra {level}",
    "d.recorded.enough": "{entry}, som ændringerne kræver",
    "d.recorded.too_low": "{entry}, men ændringerne kræver godkendelse af {level}",
    "d.plan_wide": "Planen generelt",
    "d.sides.added": "tilføjet: {new}",
    "d.sides.removed": "fjernet: {old}",
    "d.mark.ok": "ok",
    "d.mark.missing": "mangler",
    "d.revisions_log": "ændringslog",
    "d.no_content_changes": "ingen ændringer i planens indhold (kun formatering, rækkefølge eller kommentarer)",
    "d.budget_heading": "Budget (planlagt, kr.)",
    "d.all_years": "hele perioden",
    "d.total": "i alt",
    "d.local_share": "lokal medfinansiering {old} → {new} (mindst {minimum})",
    "d.md.none_compared": (
        "Ingen plan kunne sammenlignes, så godkendelsesbehovet er ikke vurderet; ret fejlene og kør igen."
    ),
    "d.md.none_changed": "Ingen plan er ændret.",
    "d.md.not_recorded": "Godkendelsen er endnu ikke registreret i ændringsloggen for {plans}.",
    "d.md.all_recorded": "Ændringsloggen for hver ændret plan registrerer den godkendelse, ændringerne kræver.",
    "d.md.problems": "Problemer",
    "d.md.problems_intro": (
        "Disse filer er ikke gyldige planer og kunne derfor ikke sammenlignes (kør `hplan validate`):"
    ),
    "d.md.added": "Tilføjet: {new}",
    "d.md.removed": "Fjernet: {old}",
    "d.md.revisions_log": "Ændringslog: {recorded}.",
    "d.md.no_content_changes": ("Ingen ændringer i planens indhold (kun formatering, rækkefølge eller kommentarer)."),
    "d.md.recordings.one": "{count} registrering kræver ingen godkendelse",
    "d.md.recordings.other": "{count} registreringer kræver ingen godkendelse",
    "d.md.local_share": "Lokal medfinansiering: {old} → {new} (mindst {minimum}).",
    "d.md.changes_header": "| Godkendelse | Ændring | Hvor | Før | Efter | Begrundelse |",
    "d.md.budget_header": "| År | Kilde | Før | Efter | Ændring |",
}
