"""English messages of reading and shape findings (HP001-HP011) and of the Danish input habits (HP005, HP013-14)."""

MESSAGES: dict[str, str] = {
    # reading (yamlio)
    "rd.empty": "file is empty; a plan or board document starts with 'format: 1'",
    "rd.documents": "file holds more than one YAML document; put each plan or board in a file of its own",
    "rd.aliases": (
        "aliases expand beyond {nodes:,} nodes; hplan refuses the file (an alias bomb?). Write the values out instead"
    ),
    "rd.alias_unknown": "alias *{anchor} has no anchor above it",
    "rd.depth": "document nests deeper than {depth} levels; hplan refuses it",
    "rd.duplicate": "duplicate key '{key}'{where}; YAML keeps only the last value, remove or rename one",
    "rd.duplicate.first": " (first at line {line}, column {column})",
    "rd.merge": "a merge key (<<) takes a mapping or a list of mappings",
    "rd.tag": "tag {tag} is not allowed; hplan never constructs objects from tags. Remove the tag",
    "rd.tag.value": "value does not fit its tag !!{name}",
    "rd.syntax": "YAML syntax error: {problem}{context}; {hint}",
    "rd.syntax.unknown": "cannot be parsed",
    "rd.hint.colon_value": "a value holding ': ' must be quoted, or the indentation of this line is off",
    "rd.hint.no_colon": "a key needs a colon and a space after it, or a multi-line text needs quotes",
    "rd.hint.tab": "quote the value; tab characters cannot indent YAML, use spaces",
    "rd.hint.indent": "check the indentation of this line against the lines above it",
    "rd.hint.list": "list items at one level must line up",
    "rd.hint.quote": "the quote that opens here is never closed",
    "rd.hint.alias": "an alias (*name) must refer to an anchor (&name) defined above it",
    "rd.hint.other": "check indentation, quoting and brackets around here",
    "rd.encoding.wide": "file is {wide}; save it as UTF-8",
    "rd.encoding.binary": "file looks binary (it holds a NUL byte); a plan is YAML text in UTF-8",
    "rd.encoding.utf8": "file is not valid UTF-8 here; save it as UTF-8 (it may be Latin-1 or Windows-1252)",
    "rd.encoding.control": (
        "file holds the control character {code}, which YAML does not allow; remove it "
        "(pasted terminal colours or a copy from another program often bring it)"
    ),
    "rd.too_large": (
        "file is {size:,} bytes, over the limit of {mib} MiB ({limit:,} bytes) "
        "for a plan file; split it or remove what does not belong in a plan"
    ),
    "rd.too_deep": "document nests too deeply to read",
    # shape (check/shape.py)
    "sh.not_mapping": "a plan or board file is a mapping of keys (format:, kind:, id:, ...), not {what}",
    "sh.what.list": "a list",
    "sh.what.text": "a single text",
    "sh.what.value": "a single value ({type})",
    "sh.what.quoted": "the text {value}",
    "sh.what.bool": "true or false",
    "sh.what.empty": "empty",
    "sh.what.decimal": "the decimal number {value:g}",
    "sh.csv": (
        "the file looks like a CSV file from Excel (fields separated by semicolons), not a plan; a plan or board "
        "file is YAML with keys (format:, kind:, id:, …)"
    ),
    "sh.format.missing": "missing 'format: 1' (the file-format version) at the top of the file",
    "sh.format.not_number": "'format' is the number {version}, not {what}; write 'format: 1'",
    "sh.format.other": (
        "file format {found} is not one this hplan reads; it reads format {version}. "
        "Upgrade hplan, or write 'format: 1'"
    ),
    "sh.kind.missing": "missing 'kind:'; write 'kind: plan', 'kind: board' or 'kind: profile'",
    "sh.kind.unknown": "unknown kind {kind}{hint}; a document is 'kind: plan' or 'kind: board'",
    "sh.unknown_key": "unknown key '{name}'{hint}; remove it or fix its spelling.{allowed}",
    "sh.unknown_key.allowed": " Allowed here: {fields}.",
    "sh.unknown_key.quoted": "the key is in typographic quotes ({name}); write {bare} without quotes",
    "sh.missing_key": "missing required key '{name}'; add it here",
    "sh.enum": "'{name}' must be one of {expected}{hint}",
    "sh.id": "'{name}' must be an id: lower-case a-z, digits and hyphens (e.g. tryghed-og-trivsel)",
    "sh.pattern": "'{name}' does not have the required form ({pattern})",
    "sh.compare": "'{name}' {detail}",
    "sh.date": "'{name}': {detail}",
    "sh.date.iso": "must be an ISO date (YYYY-MM-DD), e.g. 2017-02-01",
    "sh.date.datetime": "expected a date (YYYY-MM-DD), not a date and time",
    "sh.date.not_iso": "'{value}' is not an ISO date; write it as YYYY-MM-DD, e.g. 2017-02-01",
    "sh.revision.approver": "a revision names who approved it: 'approved_by' (with 'reference') or 'approvals'",
    "sh.revision.reference": "a revision with 'approved_by' needs a 'reference' to where the approval is minuted",
    "sh.other": "'{name}': {detail}",
    "sh.string_type": "'{name}' must be text; put the value in quotes if it is meant as text",
    "sh.whole_number": "'{name}' must be a whole number (kroner have no decimals here)",
    "sh.number": "'{name}' must be a number",
    "sh.finite": "'{name}' must be a number; .nan and .inf are not figures a plan can hold",
    "sh.too_short": "'{name}' needs at least one entry",
    "sh.list": "'{name}' must be a list (items on lines starting with '- ')",
    "sh.mapping": "'{name}' must be a mapping of keys and values",
    "sh.empty": "'{name}' must not be empty",
    # Danish input habits: what was typed, and the spelling to write (spec/danish.md, section 4)
    "hab.decimal_comma": "'{name}' is written with a decimal comma ({value}); write it with a point: {fixed}",
    "hab.decimal_comma.quoted": (
        "'{name}' is written with a decimal comma ({value}); write it with a point and without quotes: {fixed}"
    ),
    "hab.percent_sign": (
        "'{name}' holds a % sign ({value}); write the number only, {fixed} – the unit is given in 'unit'"
    ),
    "hab.thousands": "'{name}' is written with thousands separators ({value}); write the amount without them: {fixed}",
    "hab.thousands_ore": (
        "'{name}' is written with thousands separators and øre ({value}); write whole kroner without separators: "
        "{fixed}"
    ),
    "hab.thousands_kr": "'{name}' is written with thousands separators and 'kr.' ({value}); write {fixed}",
    "hab.kr": "'{name}' holds 'kr.' ({value}); write the number only, {fixed} – all amounts are in kroner",
    "hab.millions": "'{name}' is written in millions ({value}); write whole kroner: {fixed}",
    "hab.spaces": "'{name}' has spaces between the digits ({value}); write {fixed}",
    "hab.commas": "'{name}' is written with commas as thousands separators ({value}); write {fixed}",
    "hab.point_read": (
        "'{name}' was read as {read}; if {value} kr. is meant, write {fixed} (amounts are whole kroner without a point)"
    ),
    "hab.semicolons": (
        "'{name}' holds several values separated by semicolons ({value}), as in a row copied from Excel; "
        "write one value per entry"
    ),
    "hab.semicolons.funding": (
        "'{name}' holds semicolon-separated values ({value}), as copied from Excel; write one funding source per "
        "line as key and amount: {fixed}"
    ),
    "hab.date": "'{name}' is written as a Danish date ({value}); write it as YYYY-MM-DD: {fixed}",
    "hab.date.zeros": "'{name}' lacks leading zeros ({value}); write {fixed}",
    "hab.date.invalid": "'{name}' ({value}) is not a valid date; write it as YYYY-MM-DD, e.g. {example}",
    "hab.date.short_year": "'{name}' has a two-digit year ({value}); write the full date as YYYY-MM-DD, e.g. {fixed}",
    "hab.quotes": (
        "'{name}' is in typographic quotes ({value}), as Word inserts them; write {bare} without quotes or with "
        'straight quotes: "{bare}"'
    ),
    "hab.danish_word": "'{name}' must be one of {expected} (did you mean '{key}'? '{value}' is the Danish word)",
    "hab.quotes.free_text": (
        "'{name}' starts and ends with typographic quotes ({value}), which become part of the name in every report; "
        'remove them or use straight quotes: "{bare}"'
    ),
    "hab.indent.nbsp": (
        "line {line} has a non-breaking space ({code}) in its indentation, usually pasted from Word or a mail; "
        "replace it with an ordinary space"
    ),
    "hab.indent.thin": (
        "line {line} has a thin space ({code}) in its indentation, usually pasted from Word or a mail; "
        "replace it with an ordinary space"
    ),
    "hab.indent.zero_width": "line {line} holds an invisible character ({code}, zero-width space); delete it",
    "hab.after_colon": (
        "line {line} has a non-breaking space ({code}) after '{key}:'; replace it with an ordinary space"
    ),
    "hab.zero_width": "line {line} holds an invisible character ({code}, zero-width space); delete it",
}
