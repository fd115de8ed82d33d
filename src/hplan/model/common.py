"""Field types and the base model shared by the plan and board models.

Models are strict: an unknown key is an error, numbers are not silently turned
into text, amounts are whole kroner and dates are ISO calendar dates. The
models are the single source of the JSON Schema in ``schemas/``. A model
whose items make up a list says what names one (``identity``);
:func:`model_in` finds the model a field holds, for code that walks the
models beside the data.
"""

import datetime as dt
import re
from typing import Annotated, Any, ClassVar, get_args

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from hplan.i18n.message import msg

SLUG_PATTERN = r"^[a-z0-9-]+$"

Slug = Annotated[
    str,
    StringConstraints(pattern=SLUG_PATTERN, min_length=1),
    Field(description="An identifier: lower-case letters a-z, digits and hyphens."),
]
Text = Annotated[str, StringConstraints(min_length=1)]


# YYYY-MM-DD only, as the schema's "format": "date" (RFC 3339) and the YAML
# reader have it; ``date.fromisoformat`` alone also takes 20170201 and 2017-W05-3.
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _iso_date(value: Any) -> Any:
    """Accept a quoted ISO date too; refuse a date with a time of day."""
    if isinstance(value, dt.datetime):
        raise ValueError(msg("sh.date.datetime"))
    if isinstance(value, str):
        try:
            if _ISO_DATE.fullmatch(value) is None:
                raise ValueError(value)
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(msg("sh.date.not_iso", value=value)) from None
    return value


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date), Field(json_schema_extra={"format": "date"})]
# Amounts and an indicator's figures (a baseline, target or measurement) are
# bounded so that sums, shares and charts of them stay finite numbers: no
# amount or indicator of a plan (a share, a count, kroner) comes near a
# thousand million million.
MAX_KRONER = 10**15
MAX_FIGURE = 1e15
Kroner = Annotated[int, Field(ge=0, le=MAX_KRONER, strict=True, description="Whole Danish kroner (DKK), not negative.")]
Figure = Annotated[float, Field(ge=-MAX_FIGURE, le=MAX_FIGURE, description="A finite number.")]
Year = Annotated[int, Field(ge=1900, le=2200, strict=True)]


class Strict(BaseModel):
    """Base of every document model: unknown keys are errors, values are not coerced."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        str_strip_whitespace=False,
        populate_by_name=False,
        # YAML has .nan and .inf; no figure of a plan is either, and JSON cannot write them.
        allow_inf_nan=False,
    )

    identity: ClassVar[tuple[str, ...]] = ()
    """The fields that name an item of a list of this model from one version of a document to the next.

    ``hplan diff`` matches list items on them and writes them in a change's
    path (``milestones[m-jobcoach]``, ``budget.lines[2019/tryghed/activities]``);
    a model whose items have no name of their own keeps ``()``, and its items
    are matched by their whole value. A class variable, so the JSON Schema
    does not show it.
    """


class Member(Strict):
    """A member of a board, steering group or secretariat: a role, never a name."""

    # Two members may hold one role (two Skoleledere), so a member is its whole value.
    identity: ClassVar[tuple[str, ...]] = ()

    role: Text = Field(description="The member's role, e.g. Skoleleder (never a person's name).")
    organisation: Text = Field(description="The organisation, or a party id of the plan.")


def model_in(annotation: Any) -> type[Strict] | None:
    """The document model in a field's type: alone, optional, in a union or ``Annotated``, or a list's items."""
    if isinstance(annotation, type) and issubclass(annotation, Strict):
        return annotation
    for part in get_args(annotation):
        found = model_in(part)
        if found is not None:
            return found
    return None
