"""Danish messages of ``hplan rules``, and ``RULES``: each rule's one-line summary (English: its docstring)."""

from hplan import codes

MESSAGES: dict[str, str] = {
    # hplan rules
    "r.col.code": "kode",
    "r.col.name": "navn",
    "r.col.severity": "niveau",
    "r.col.summary": "krav",
    "r.md.header": "| kode | navn | niveau | kontrolleres | hvad reglen kræver |",
    "r.head": "{code} {name} ({severity}, kontrolleres: {scope})",
    "r.severity.error": "fejl",
    "r.severity.warning": "advarsel",
    "r.scope.read": "ved læsning",
    "r.scope.text": "hele teksten",
    "r.scope.plan": "plan",
    "r.scope.board": "bestyrelse",
    "r.scope.files": "på tværs af filer",
    "r.scope.suppressions": "undtagelser",
    "r.passing": "Godkendes:",
    "r.failing": "Afvises:",
    "r.only_english": "(Forklaringen findes kun på engelsk.)",
}


RULES: dict[str, str] = {
    codes.YAML_SYNTAX: "Filen skal være gyldig YAML.",
    codes.DUPLICATE_KEY: "En nøgle forekommer kun én gang på samme niveau.",
    codes.UNKNOWN_KEY: "Filen bruger kun nøgler, som filformatet kender.",
    codes.MISSING_KEY: "Alle påkrævede nøgler er til stede.",
    codes.INVALID_VALUE: "Hver værdi har den type og form, dens nøgle kræver.",
    codes.ENCODING: "En planfil er UTF-8-tekst.",
    codes.EMPTY_FILE: "En fil indeholder et dokument.",
    codes.ONE_DOCUMENT: "En fil indeholder præcis ét YAML-dokument.",
    codes.TAG_NOT_ALLOWED: "Ingen andre YAML-mærker end kernemærkerne ('!!str', '!!int' osv.).",
    codes.LIMITS: "En fil holder sig inden for hplans sikkerhedsgrænser.",
    codes.SCHEMA_MODELINE: "Filens modeline peger på skemaet for dens slags dokument, og skemafilen findes.",
    codes.NUMBER_NOTATION: "Et tal skrives med almindelige cifre, som alle YAML 1.2-læsere læser det.",
    codes.FORMAT_AND_KIND: "Dokumentet angiver 'format: 1' og 'kind: plan' eller 'kind: board'.",
    codes.TYPOGRAPHIC_QUOTES: "Et navn eller en anden fritekst står ikke i typografiske anførselstegn.",
    codes.INVISIBLE_CHARACTER: "Der står ingen hårde eller usynlige mellemrum, hvor YAML forventer struktur.",
    codes.DUPLICATE_ID: "Id'er er entydige inden for deres art i en plan.",
    codes.DUPLICATE_DOCUMENT_ID: (
        "Plan- og bestyrelses-id'er er entydige på tværs af de filer, der kontrolleres sammen."
    ),
    codes.UNKNOWN_FOCUS_AREA: "Enhver henvisning til et indsatsområde nævner et af planens indsatsområder.",
    codes.UNKNOWN_ACTIVITY: "En milepæls 'activity' nævner en af planens aktiviteter.",
    codes.UNKNOWN_PARTY: "Underskrifter og budgettets finansieringskilder nævner planens parter.",
    codes.BOARD_REFERENCE: "En plans sti til bestyrelsen fører til en gyldig 'kind: board'-fil i repositoriet.",
    codes.BOARD_PLANS: "En plan, der peger på en fælles bestyrelse, står på bestyrelsens liste 'plans'.",
    codes.BOARD_PLAN_EXISTS: (
        "Hver plan på en bestyrelses liste 'plans' kontrolleres med den og peger tilbage på den."
    ),
    codes.BOARD_TERMS_OF_REFERENCE: "Bestyrelsen har et kommissorium, hvor bevillingsrammen kræver det.",
    codes.BOARD_PARTY_MISSING: "Kommunen og hver boligorganisation i planen har et medlem i bestyrelsen.",
    codes.BOARD_MEETING_OVERDUE: "Bestyrelsen har holdt møde så ofte, som kommissoriet fastsætter.",
    codes.CRITERIA_NOT_FOLLOWED_UP: "Bestyrelsen har fulgt op på planens succeskriterier i hvert afsluttet år.",
    codes.BOARD_MEETING_PLAN: "Et bestyrelsesmøde og dets beslutninger vedrører helhedsplaner, bestyrelsen leder.",
    codes.PERIOD_ORDER: "Planperioden slutter, efter at den begynder.",
    codes.PERIOD_LENGTH: "Planperioden har bevillingsrammens sædvanlige længde (fire år for LBF-planer).",
    codes.OUTSIDE_PERIOD: "Aktiviteter, milepæle, målinger og samarbejdsaftaler ligger inden for planperioden.",
    codes.BUDGET_YEAR_OUTSIDE_PERIOD: "Hvert budgetår ligger helt eller delvis inden for planperioden.",
    codes.UNKNOWN_PROFILE: "Planens bevillingsramme findes: en indbygget eller en fil med bevillingsrammen.",
    codes.FOCUS_AREA_NOT_IN_PROFILE: "Hvert indsatsområde hører til planens bevillingsramme.",
    codes.FOCUS_AREA_WITHOUT_CRITERIA: "Hvert indsatsområde har mindst ét succeskriterium.",
    codes.TARGET_DIRECTION: "Målet for et succeskriterium ligger i den ønskede retning i forhold til baseline.",
    codes.PERCENT_RANGE: "Procenttal ligger mellem 0 og 100.",
    codes.BASELINE_MISSING: (
        "Et kvantitativt succeskriterium har en baseline eller en frist for, hvornår den fastlægges."
    ),
    codes.SUB_TARGET_DIRECTION: "Delmålene bevæger sig fra baseline mod målet i succeskriteriets retning.",
    codes.UNKNOWN_TARGET_GROUP: (
        "Indsatsområder, succeskriterier og aktiviteter nævner målgrupper, som planen definerer."
    ),
    codes.LOCAL_SHARE: (
        "Den lokale medfinansiering udgør mindst bevillingsrammens mindstekrav (25 %) over hele planperioden."
    ),
    codes.LOCAL_CONTRIBUTORS: "Parterne omfatter en kommune og en boligorganisation: begge underskriver aftalen.",
    codes.OVERSPENT: "Forbruget i et år overstiger ikke årets budget.",
    codes.COMMITMENT_AMOUNT: "Et medfinansieringstilsagn angiver beløbet enten pr. år eller for hele planperioden.",
    codes.COMMITMENT_PARTY: "Et medfinansieringstilsagn gives af en af planens parter.",
    codes.COMMITMENT_EXCEEDED: "Budgetposterne kræver ikke mere af en part, end den har givet tilsagn om.",
    codes.COMMITMENT_UNMET: "En parts faktiske medfinansiering i afsluttede år når op på dens tilsagn.",
    codes.SPENT_SOURCE_UNFUNDED: "Forbrug pr. finansieringskilde nævner kun kilder, der finansierer budgetposten.",
    codes.LBF_UNUSED: "Uforbrugt LBF-tilskud i et afsluttet år holder sig under grænsen for uforbrugte midler.",
    codes.PAYMENT_OUTSIDE_PERIOD: "En udbetaling fra Landsbyggefonden hører til et år i planperioden.",
    codes.MISSING_SIGNATURE: "Den strategiske samarbejdsaftale har en underskrift fra hver part.",
    codes.MILESTONE_COMPLETION: "En gennemført milepæl har en gennemførelsesdato, og kun gennemførte milepæle har det.",
    codes.MILESTONE_OVERDUE: "Ingen milepæl har overskredet sin frist uden at være gennemført eller udgået.",
    codes.CONTINGENCY_PLAN_MISSING: "Planen har en beredskabsplan, hvor bevillingsrammen kræver det.",
    codes.CONTINGENCY_PLAN_REVIEW: "Beredskabsplanen er gennemgået inden for bevillingsrammens interval.",
    codes.APPROVAL_BODY: "Hver godkendende instans i ændringsloggen er lbf, board, steering_group eller en part.",
    codes.EVALUATION_MISSING: "Hvert afsluttet kalenderår i perioden har en årlig evaluering inden fristen.",
    codes.AGREEMENT_ENDS_EARLY: "En samarbejdsaftale, der er udløbet eller snart udløber, har en afløser.",
    codes.BASELINE_OVERDUE: "En baseline, der mangler, fastlægges inden sin frist.",
    codes.MEASUREMENT_IN_FUTURE: "Ingen måling er dateret (eller offentliggjort) efter opgørelsesdatoen.",
    codes.ASSESSMENT_MISSING: (
        "Et kvalitativt succeskriterium har en vurdering af målopfyldelsen for hvert evalueret år."
    ),
    codes.LOCAL_CONTRIBUTION_MISSING: "Hver slags part, bevillingsrammen nævner, medfinansierer planen over perioden.",
    codes.LBF_REPORT_OVERDUE: "Den årlige indberetning til Landsbyggefonden er sendt senest ved fristen.",
    codes.SPENDING_UNREPORTED: "Et afsluttet års forbrug er opgjort, når indberetningen for året har frist.",
    codes.CPR_NUMBER: "Ingen værdi, nøgle eller kommentar ligner et CPR-nummer.",
    codes.SUPPRESSION_WITHOUT_REASON: "En undtagelse angiver, hvorfor den skjulte bemærkning ikke gælder.",
    codes.UNUSED_SUPPRESSION: "En undtagelse skal skjule en bemærkning; fjern undtagelser, der ikke skjuler noget.",
    codes.SUPPRESSION_SYNTAX: "En '# hplan:'-kommentar skal være en undtagelse, som hplan kan læse.",
}
