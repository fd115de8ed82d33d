"""Danish messages of the commands that write plans: ``new``, ``profiles``, ``record`` and ``fmt``."""

MESSAGES: dict[str, str] = {
    "a.input.date": (
        "{what}: '{value}' er ikke en dato; skriv den som ÅÅÅÅ-MM-DD (2024-12-31) eller DD.MM.ÅÅÅÅ (31.12.2024)"
    ),
    "a.input.short_year": "{what}: '{value}' har et tocifret årstal; skriv hele årstallet, fx 31.12.2024",
    "a.input.no_such_day": "{what}: '{value}' er ikke en dag i kalenderen; ret dagen eller måneden",
    "a.input.amount": "{what}: '{value}' er ikke et beløb; skriv hele kroner, fx 1250000, 1.250.000 eller 1250000 kr.",
    "a.input.ore": "{what}: '{value}' indeholder øre; beløb i en plan er hele kroner",
    "a.input.figure": "{what}: '{value}' er ikke et tal; skriv det som 46,1 eller 46.1",
    "a.input.ambiguous": (
        "{what}: '{value}' kan læses som {thousands} (med tusindtalspunktum) eller som {decimal}; "
        "skriv {thousands} eller {decimal}"
    ),
    "a.unknown.criterion": "planen har intet succeskriterium '{ref}'{hint}",
    "a.unknown.milestone": "planen har ingen milepæl '{ref}'{hint}",
    "a.unknown.area": "året har ingen budgetpost for indsatsområdet '{ref}'{hint}",
    "a.unknown.category": "året har ingen budgetpost med udgiftsarten '{ref}'{hint}",
    "a.unknown.approver": (
        "'{ref}' er ikke et organ, der godkender ændringer af planen: "
        "lbf, board (bestyrelsen), steering_group (styregruppen) eller en af planens parter{hint}"
    ),
    "a.unknown.profile_area": "bevillingsrammen har intet indsatsområde '{ref}'{hint}",
    "a.did_you_mean": "; mente du '{choice}'?",
    "a.known": "; planen har: {ids}",
    "a.ambiguous": "'{ref}' passer på flere ({ids}); angiv id'et",
    "a.measurement.exists": (
        "succeskriteriet '{ref}' har allerede en måling pr. {date} ({value}); tilføj --replace for at erstatte den"
    ),
    "a.evaluation.exists": (
        "planen har allerede styregruppens evaluering af {year}; tilføj --replace for at erstatte den"
    ),
    "a.spending.no_year": "budgettet har ingen budgetpost for {year}; registrér forbrug for et år, budgettet dækker",
    "a.spending.which": "{year} har flere budgetposter ({lines}); vælg én med --area og --category",
    "a.milestone.date_only_done": "--date er datoen, hvor milepælen blev gennemført; angiv den kun med 'done'",
    "a.edit.cannot_read": "{file}: kan ikke læses ({reason})",
    "a.edit.cannot_write": "{file}: kan ikke skrives ({reason}); filen er uændret",
    "a.edit.changed_on_disk": (
        "{file}: filen blev ændret, mens hplan redigerede den; intet er skrevet - kør kommandoen igen"
    ),
    "a.edit.data_changed": "{file}: formateringen ville ændre planens data; intet er skrevet (en fejl i hplan)",
    "a.refused.unreadable": "{file}: ikke ændret: hplan kan ikke læse planen; ret problemet ovenfor først",
    "a.refused.invalid": "{file}: ikke ændret: planen har {errors}; ret dem først (hplan validate viser dem)",
    "a.refused.adds_errors": "{file}: ikke ændret: ændringen ville give {errors}",
    "a.unchanged": "{file}: allerede registreret; intet at ændre",
    "a.recorded.measurement": "{file}: målingen er registreret",
    "a.recorded.milestone": "{file}: milepælen er registreret",
    "a.recorded.evaluation": "{file}: evalueringen er registreret",
    "a.recorded.spending": "{file}: forbruget er registreret",
    "a.recorded.approval": "{file}: godkendelsen er registreret i ændringsloggen",
    "a.fmt.wrote": "formaterede {file}",
    "a.fmt.would": "ville formatere {file}",
    "a.fmt.summary": "{files} kontrolleret, {changed} formateret",
    "a.fmt.summary.check": "{files} kontrolleret, {changed} skal formateres",
    "a.new.exists": "{file}: findes; hplan new overskriver aldrig en fil",
    "a.new.missing": "{options}: skal angives med --no-input",
    "a.new.profile": "'{ref}' er ikke en indbygget bevillingsramme{hint}",
    "a.new.kind": "parten '{name}': typen '{kind}' er ikke housing_organisation, municipality eller other",
    "a.new.parties": "en plan skal have en kommune og mindst én boligorganisation blandt sine parter",
    "a.new.party": "--party '{value}': skriv NAVN=TYPE, fx 'Aalborg Kommune=municipality'",
    "a.new.wrote": "skrev {file} med indsatsområderne {areas}",
    "a.new.next": "Derefter: udfyld det, kommentarerne beder om, og kør: hplan validate {file}",
    "a.ask.name": "Helhedsplanens navn",
    "a.ask.area": "Området (boligområde og afdelinger)",
    "a.ask.profile": "Bevillingsramme (fx lbf-2019-26)",
    "a.ask.start": "Startdato (2021-04-01 eller 01.04.2021)",
    "a.ask.focus": "Indsatsområder, adskilt af komma, id'er eller navne ({choices})",
    "a.ask.party": "Part {number}: navn (tomt, når alle er med)",
    "a.ask.kind": "Type for '{name}' (housing_organisation, municipality, other)",
    "a.ask.lbf": "Landsbyggefondens bevilling pr. år (kr.)",
    "a.profiles.rules": "  lokal medfinansiering mindst {share}; planperioden er {years} år",
    "a.profiles.approvals": (
        "  en ændring kræver godkendelse ({default}), og Landsbyggefondens, hvor den berører: {lbf}"
    ),
    "a.profiles.areas": "  indsatsområder:",
    # The skeleton of hplan new: its comments and the texts to rewrite.
    "a.skel.head": (
        "En ny helhedsplan under {profile}, lavet med hplan new.\n"
        "Omskriv hver tekst, der er markeret med >>; hplan validate kontrollerer resten.\n"
        "Planen nævner roller og organisationer, aldrig personer."
    ),
    "a.skel.purpose": ">> Skriv formålet med den strategiske samarbejdsaftale",
    "a.skel.period": "Planperioden: bevillingsrammens sædvanlige længde fra startdatoen.",
    "a.skel.parties": "Parterne, der underskriver den strategiske samarbejdsaftale (id, navn, type).",
    "a.skel.strategic_agreement": (
        "Den strategiske samarbejdsaftale: formålet og en underskrift pr. part\n"
        "(ret dato og rolle for hver underskrift; en ændring kræver Landsbyggefondens godkendelse)."
    ),
    "a.skel.organisation": "Organiseringen: bestyrelse, styregruppe, projektsekretariat, aktivitetsgrupper.",
    "a.skel.focus_areas": (
        "Indsatsområderne, hver med sin delaftale: formål, kerneudfordringer,\n"
        "succeskriterier med baseline, mål og datakilde, aktiviteter."
    ),
    "a.skel.cooperation_agreements": "Samarbejdsaftaler med lokale partnere (skole, jobcenter, SSP).",
    "a.skel.milestones": (
        "Milepælsplanen: hplan record milestone markerer en milepæl som gennemført, forsinket eller udgået."
    ),
    "a.skel.budget": (
        "Budgettet i hele kroner pr. kalenderår: Landsbyggefondens bevilling og den lokale\n"
        "medfinansiering på bevillingsrammens mindstekrav, delt ligeligt; ret til de aftalte tal.\n"
        "hplan record spending registrerer forbruget."
    ),
    "a.skel.evaluations": "Styregruppens årlige evalueringer: hplan record evaluation tilføjer en.",
    "a.skel.revisions": "Ændringsloggen med godkendte ændringer af planen: hplan record approval tilføjer en.",
    "a.skel.terms_comment": "Bestyrelsens kommissorium: ret datoen for, hvornår det blev vedtaget.",
    "a.skel.terms_reference": ">> Hvor kommissoriet findes",
    "a.skel.contingency_plan": (
        "Beredskabsplanen: hvem gør hvad efter alvorlige hændelser, angivet med roller - aldrig navne.\n"
        "Ret datoen for, hvornår den blev vedtaget."
    ),
    "a.skel.contingency_reference": ">> Hvor beredskabsplanen findes",
    "a.skel.situation": ">> En situation, planen forbereder",
    "a.skel.actions": ">> Hvad der gøres, og hvor hurtigt",
    "a.skel.department": ">> Afdeling",
    "a.skel.board": "Bestyrelsen for helhedsplanen {name}",
    "a.skel.board_comment": "Bestyrelsen: her i planen eller en sti til en fælles bestyrelsesfil (boards/NAVN.yaml).",
    "a.skel.area": "{name}",
    "a.skel.area_purpose": ">> Skriv delaftalens formål",
    "a.skel.challenge": ">> Skriv en kerneudfordring",
    "a.skel.criterion": ">> Skriv succeskriteriet",
    "a.skel.indicator": ">> Skriv indikatoren, der måler det",
    "a.skel.source": ">> Skriv datakilden",
    "a.skel.unit": "Ret enhed, retning, baseline og mål; hplan record measurement tilføjer målinger.",
}
