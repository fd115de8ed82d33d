"""Danish messages of reading and shape findings (HP001-HP011) and of the Danish input habits (HP005, HP013-14)."""

MESSAGES: dict[str, str] = {
    # reading (yamlio)
    "rd.empty": "filen er tom; et plan- eller bestyrelsesdokument begynder med 'format: 1'",
    "rd.documents": "filen indeholder mere end ét YAML-dokument; læg hver plan eller bestyrelse i sin egen fil",
    "rd.aliases": (
        "aliasser udfoldes til mere end {nodes:,} knuder; hplan afviser filen (en aliasbombe?). "
        "Skriv værdierne ud i stedet"
    ),
    "rd.alias_unknown": "aliasset *{anchor} har intet anker ovenfor",
    "rd.depth": "dokumentet er indlejret i mere end {depth} niveauer; hplan afviser det",
    "rd.duplicate": (
        "nøglen '{key}' står to gange{where}; YAML beholder kun den sidste værdi, så fjern eller omdøb den ene"
    ),
    "rd.duplicate.first": " (første gang i linje {line}, kolonne {column})",
    "rd.merge": "en fletningsnøgle (<<) skal have en mapning eller en liste af mapninger; ret værdien",
    "rd.tag": "mærket {tag} er ikke tilladt, fordi hplan aldrig bygger objekter ud fra mærker; fjern mærket",
    "rd.tag.value": "værdien passer ikke til sit mærke !!{name}; ret værdien eller fjern mærket",
    "rd.syntax": "YAML-syntaksfejl: {hint}{problem}{context}",
    "rd.syntax.unknown": "kan ikke læses",
    "rd.hint.colon_value": (
        "en værdi, der indeholder ': ', skal stå i anførselstegn, eller også er linjens indrykning forkert"
    ),
    "rd.hint.no_colon": (
        "en nøgle skal have kolon og mellemrum efter sig, eller en tekst over flere linjer skal i anførselstegn"
    ),
    "rd.hint.tab": "sæt værdien i anførselstegn; YAML kan ikke indrykkes med tabulator, så brug mellemrum",
    "rd.hint.indent": "sammenlign linjens indrykning med linjerne over den",
    "rd.hint.list": "punkterne i en liste skal stå lige under hinanden",
    "rd.hint.quote": "anførselstegnet, der begynder her, bliver aldrig lukket",
    "rd.hint.alias": "et alias (*navn) skal henvise til et anker (&navn) længere oppe",
    "rd.hint.other": "kontrollér indrykning, anførselstegn og parenteser her omkring",
    "rd.encoding.wide": "filen er gemt som {wide}; gem den som UTF-8",
    "rd.encoding.binary": "filen ligner en binær fil (den indeholder en NUL-byte); en plan er YAML-tekst i UTF-8",
    "rd.encoding.utf8": (
        "filen er ikke gyldig UTF-8 her; gem den som UTF-8 (den er måske gemt som Latin-1 eller Windows-1252)"
    ),
    "rd.encoding.control": (
        "filen indeholder styretegnet {code}, som YAML ikke tillader; fjern det "
        "(det kommer ofte med, når man kopierer farvet tekst fra en terminal eller et andet program)"
    ),
    "rd.too_large": (
        "filen er på {size:,} byte, over grænsen på {mib} MiB ({limit:,} byte) "
        "for en planfil; del den op, eller fjern det, der ikke hører til i en plan"
    ),
    "rd.too_deep": "dokumentet er indlejret for dybt til at kunne læses",
    # shape (check/shape.py)
    "sh.not_mapping": "en plan- eller bestyrelsesfil består af nøgler og værdier (format:, kind:, id:, …), ikke {what}",
    "sh.what.list": "en liste",
    "sh.what.text": "en enkelt tekst",
    "sh.what.value": "en enkelt værdi ({type})",
    "sh.what.quoted": "teksten {value}",
    "sh.what.bool": "sand eller falsk",
    "sh.what.empty": "ingenting",
    "sh.what.decimal": "decimaltallet {value:g}",
    "sh.csv": (
        "filen ligner en CSV-fil fra Excel (felter adskilt af semikolon), ikke en plan; en plan- eller "
        "bestyrelsesfil er YAML med nøgler (format:, kind:, id:, …)"
    ),
    "sh.format.missing": "'format: 1' (filformatets version) mangler øverst i filen; tilføj den",
    "sh.format.not_number": "'format' skal være tallet {version}, ikke {what}; skriv 'format: 1'",
    "sh.format.other": (
        "filformat {found} kan denne version af hplan ikke læse, den læser format {version}; opdatér hplan, "
        "eller skriv 'format: 1'"
    ),
    "sh.kind.missing": "'kind:' mangler; skriv 'kind: plan', 'kind: board' eller 'kind: profile'",
    "sh.kind.unknown": "ukendt dokumenttype {kind}{hint}; et dokument er 'kind: plan' eller 'kind: board'",
    "sh.unknown_key": "ukendt nøgle '{name}'{hint}; fjern den eller ret stavningen{allowed}",
    "sh.unknown_key.allowed": " (tilladt her: {fields})",
    "sh.unknown_key.quoted": "nøglen står i typografiske anførselstegn ({name}); skriv {bare} uden anførselstegn",
    "sh.missing_key": "den påkrævede nøgle '{name}' mangler; tilføj den her",
    "sh.enum": "'{name}' skal være {expected}{hint}",
    "sh.id": "'{name}' skal være et id: små bogstaver a-z, cifre og bindestreger (fx tryghed-og-trivsel)",
    "sh.pattern": "'{name}' har ikke den krævede form ({pattern}); ret værdien",
    "sh.compare": "'{name}': {detail}",
    "sh.date": "'{name}': {detail}",
    "sh.date.iso": "skal være en dato skrevet som ÅÅÅÅ-MM-DD, fx 2017-02-01",
    "sh.date.datetime": "skal være en dato (ÅÅÅÅ-MM-DD) uden klokkeslæt",
    "sh.date.not_iso": "'{value}' er ikke en dato skrevet som ÅÅÅÅ-MM-DD; skriv den fx som 2017-02-01",
    "sh.revision.approver": (
        "en godkendt ændring angiver, hvem der godkendte den: 'approved_by' (med 'reference') eller 'approvals'"
    ),
    "sh.revision.reference": (
        "en godkendt ændring med 'approved_by' skal have en 'reference' til det referat, hvor godkendelsen står"
    ),
    "sh.other": "'{name}': {detail}",
    "sh.string_type": "'{name}' skal være tekst; sæt værdien i anførselstegn, hvis den er ment som tekst",
    "sh.whole_number": "'{name}' skal være et helt tal (beløb skrives i hele kroner)",
    "sh.number": "'{name}' skal være et tal",
    "sh.finite": "'{name}' skal være et tal; .nan og .inf er ikke tal, en plan kan indeholde",
    "sh.too_short": "'{name}' skal have mindst ét punkt",
    "sh.list": "'{name}' skal være en liste (punkter på linjer, der begynder med '- ')",
    "sh.mapping": "'{name}' skal bestå af nøgler og værdier",
    "sh.empty": "'{name}' må ikke være tom",
    # Danish input habits (spec/danish.md, section 4)
    "hab.decimal_comma": "'{name}' er skrevet med decimalkomma ({value}); skriv tallet med punktum: {fixed}",
    "hab.decimal_comma.quoted": (
        "'{name}' er skrevet med decimalkomma ({value}); skriv tallet med punktum og uden anførselstegn: {fixed}"
    ),
    "hab.percent_sign": "'{name}' indeholder et %-tegn ({value}); skriv kun tallet, {fixed} – enheden står i 'unit'",
    "hab.thousands": "'{name}' er skrevet med tusindtalspunktummer ({value}); skriv beløbet uden punktummer: {fixed}",
    "hab.thousands_ore": (
        "'{name}' er skrevet med tusindtalspunktummer og øre ({value}); skriv hele kroner uden punktummer og komma: "
        "{fixed}"
    ),
    "hab.thousands_kr": "'{name}' er skrevet med tusindtalspunktummer og 'kr.' ({value}); skriv {fixed}",
    "hab.kr": "'{name}' indeholder 'kr.' ({value}); skriv kun tallet, {fixed} – alle beløb er i kroner",
    "hab.millions": "'{name}' er skrevet i millioner ({value}); skriv hele kroner: {fixed}",
    "hab.spaces": "'{name}' indeholder mellemrum mellem cifrene ({value}); skriv {fixed}",
    "hab.commas": "'{name}' er skrevet med kommaer som tusindtalsskilletegn ({value}); skriv {fixed}",
    "hab.point_read": (
        "'{name}' er læst som {read}; menes {value} kr., så skriv {fixed} (beløb skrives i hele kroner uden punktum)"
    ),
    "hab.semicolons": (
        "'{name}' indeholder flere værdier adskilt af semikolon ({value}), som når man kopierer en række fra Excel; "
        "skriv én værdi pr. punkt"
    ),
    "hab.semicolons.funding": (
        "'{name}' indeholder værdier adskilt af semikolon ({value}), som når man kopierer fra Excel; skriv én "
        "finansieringskilde pr. linje som nøgle og beløb: {fixed}"
    ),
    "hab.date": "'{name}' er skrevet som dansk dato ({value}); skriv den som ÅÅÅÅ-MM-DD: {fixed}",
    "hab.date.zeros": "'{name}' mangler foranstillede nuller ({value}); skriv {fixed}",
    "hab.date.invalid": "'{name}' ({value}) er ikke en gyldig dato; skriv den som ÅÅÅÅ-MM-DD, fx {example}",
    "hab.date.short_year": "'{name}' har et tocifret årstal ({value}); skriv hele datoen som ÅÅÅÅ-MM-DD, fx {fixed}",
    "hab.quotes": (
        "'{name}' står i typografiske anførselstegn ({value}), som Word sætter ind; skriv {bare} uden anførselstegn "
        'eller med lige anførselstegn: "{bare}"'
    ),
    "hab.danish_word": "'{name}' skal være {expected}; mente du '{key}'? ('{value}' er det danske ord)",
    "hab.quotes.free_text": (
        "'{name}' begynder og slutter med typografiske anførselstegn ({value}), som bliver en del af navnet i alle "
        'rapporter; fjern dem, eller brug lige anførselstegn: "{bare}"'
    ),
    "hab.indent.nbsp": (
        "linje {line} indeholder et hårdt mellemrum ({code}) i indrykningen, typisk kopieret fra Word eller en mail; "
        "erstat det med et almindeligt mellemrum"
    ),
    "hab.indent.thin": (
        "linje {line} indeholder et smalt mellemrum ({code}) i indrykningen, typisk kopieret fra Word eller en mail; "
        "erstat det med et almindeligt mellemrum"
    ),
    "hab.indent.zero_width": "linje {line} indeholder et usynligt tegn ({code}, mellemrum uden bredde); slet det",
    "hab.after_colon": (
        "linje {line} har et hårdt mellemrum ({code}) efter '{key}:'; erstat det med et almindeligt mellemrum"
    ),
    "hab.zero_width": "linje {line} indeholder et usynligt tegn ({code}, mellemrum uden bredde); slet det",
}
