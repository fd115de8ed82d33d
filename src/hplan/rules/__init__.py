"""Every rule, one module per group; importing this package registers them all."""

from hplan.rules import (  # noqa: F401  (imported to register their rules)
    board_documents,
    boards,
    budget,
    criteria,
    editor,
    focus,
    governance,
    governance_documents,
    habits,
    ids,
    money,
    organisation,
    period,
    personal_data,
    reading,
    suppressions,
)
