"""Every rule, one module per group; importing this package registers them all."""

from hplan.rules import (  # noqa: F401  (imported to register their rules)
    boards,
    budget,
    focus,
    governance,
    habits,
    ids,
    organisation,
    period,
    personal_data,
    reading,
    suppressions,
)
