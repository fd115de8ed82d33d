"""Rules checked while a file is read (loader) and shaped (models).

They have no ``check`` function: the loader and :mod:`hplan.check.shape` emit them.
They are registered here so that every code has its documentation.
"""

from hplan import codes
from hplan.rules.registry import document_read_rule

document_read_rule(
    codes.YAML_SYNTAX,
    """
    The file must be well-formed YAML.

    The message names what the parser expected; the position is where it
    stopped, which is often just after the real mistake.

    Passing:
        name: Øst i Centrum
    Failing:
        name: Øst i Centrum: Aalborg Øst
""",
)

document_read_rule(
    codes.DUPLICATE_KEY,
    """
    A key appears once in a mapping.

    YAML keeps only one of two equal keys, so the other is silently lost; the
    problem stands at the second occurrence.

    Passing:
        period: {start: 2017-02-01, end: 2021-01-31}
    Failing:
        period: {start: 2017-02-01, start: 2021-01-31}
""",
)

document_read_rule(
    codes.UNKNOWN_KEY,
    """
    Every key is one the file format knows.

    A misspelt key would otherwise be ignored; the message suggests the key
    that was probably meant.

    Passing:
        baseline: {value: 24.0, date: 2016-12-31}
    Failing:
        basline: {value: 24.0, date: 2016-12-31}
""",
)

document_read_rule(
    codes.MISSING_KEY,
    """
    Every required key is present.

    For a success criterion this includes its baseline, target and data
    source; for the organisation its board, steering group and secretariat
    with a project leader.

    Passing:
        target: {value: 18.0, date: 2020-12-31}
    Failing:
        target: {value: 18.0}
""",
)

document_read_rule(
    codes.INVALID_VALUE,
    """
    Every value has the type and form its key requires.

    Ids are slugs (a-z, 0-9, hyphens), amounts whole non-negative kroner,
    dates ISO dates, and enumerations one of their listed values.

    Passing:
        unit: percent
    Failing:
        unit: procent
""",
)

document_read_rule(
    codes.ENCODING,
    """
    A plan file is UTF-8 text.

    Binary files, UTF-16 and Latin-1 files are refused at the first byte
    that is not UTF-8; a byte-order mark is allowed.

    Passing:
        name: Løvvangen
    Failing:
        name: L\xf8vvangen   # saved as Latin-1
""",
)

document_read_rule(
    codes.EMPTY_FILE,
    """
    A file holds a document.

    An empty file, or one of only comments, is a mistake in a plans folder.

    Passing:
        format: 1
    Failing:
        # only a comment
""",
)

document_read_rule(
    codes.ONE_DOCUMENT,
    """
    A file holds exactly one YAML document.

    Put each plan and each board in a file of its own.

    Passing:
        kind: plan
    Failing:
        kind: plan
        ---
        kind: board
""",
)

document_read_rule(
    codes.TAG_NOT_ALLOWED,
    """
    No YAML tags other than the core ones (``!!str``, ``!!int``, ...).

    hplan never constructs objects from tags such as ``!!python/object``;
    the value is read as text and the tag reported.

    Passing:
        reference: "4"
    Failing:
        reference: !!python/object/apply:os.system ["ls"]
""",
)

document_read_rule(
    codes.LIMITS,
    """
    A file stays within hplan's safety limits.

    Files over 10 MiB, nesting deeper than 100 levels, and aliases that
    would expand beyond 10,000 nodes are refused before they cost time or
    memory.

    Passing:
        a: &a [1, 2]
        b: *a
    Failing:
        a: &a [x, x, x, x, x, x, x, x, x, x]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
""",
)

document_read_rule(
    codes.FORMAT_AND_KIND,
    """
    The document says ``format: 1`` and ``kind: plan`` or ``kind: board``.

    Another format version needs another hplan; an unknown kind is refused.

    Passing:
        format: 1
        kind: plan
    Failing:
        format: 2
        kind: plan
""",
)
