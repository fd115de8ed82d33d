"""A translatable message: a catalogue id and its values, reading as English until a view renders it.

Findings, shape errors and exit-2 errors are made far from the view that
prints them, before anyone knows the language. They carry a :class:`Message`:
a ``str`` whose text is the English rendering (so JSON, sorting, tests and
every place that treats a message as text keep working) and which remembers
its id and values, so that a view can render it again in the reader's
language (:func:`localize`).

Values keep their type until rendering: a ``datetime.date`` prints as ISO in
English and ``30.09.2018`` in Danish; a number with a format spec (``{total:,}``,
``{share:.1f}``, ``{minimum:.0%}``) gets the language's separators; a nested
:class:`Message` or :class:`Term` renders in the same language. Converting an
English f-string is one edit::

    Finding(path, f"milestone '{m.id}' was due {m.due}")
    Finding(path, msg("hp602.due", id=m.id, due=m.due))   # id in i18n/en and i18n/da
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from hplan import i18n
from hplan.suggest import closest


class Message(str):
    """A catalogue message with its values; ``str(message)`` is the English text."""

    key: str
    values: Mapping[str, Any]

    def __new__(cls, key: str, /, **values: Any) -> Message:
        """The message ``key`` (an id of the catalogue) with ``values`` for its placeholders."""
        self = super().__new__(cls, render(key, values, "en"))
        self.key = key
        self.values = values
        return self

    def __reduce__(self) -> tuple[Callable[..., Message], tuple[Any, ...]]:
        # Pickled across the worker processes as what it is, not as its English text.
        return (_rebuild, (self.key, dict(self.values)))

    def rendered(self) -> str:
        """The message in the active language."""
        return render(self.key, self.values, i18n.language())

    def mapped(self, change: Callable[[str], str]) -> Message:
        """The same message with ``change`` applied to every text value (and nested message)."""
        values = {name: _mapped(value, change) for name, value in self.values.items()}
        if all(_same(values[name], value) for name, value in self.values.items()):
            return self  # the usual case (nothing redacted): no second rendering
        return Message(self.key, **values)


def mapped(text: str, change: Callable[[str], str]) -> str:
    """``change`` applied to ``text``, keeping a :class:`Message` a message (for redaction)."""
    if isinstance(text, Message):
        return text.mapped(change)
    if isinstance(text, Term):
        english, danish = change(str(text)), mapped(text.danish, change) if text.danish is not None else None
        return text if english == text and _same(danish, text.danish) else Term(english, danish)
    if isinstance(text, Joined):
        parts = [mapped(part, change) for part in text.parts]
        return text if all(map(_same, parts, text.parts)) else Joined(parts, text.separator)
    return change(text)


def _same(new: Any, old: Any) -> bool:
    """Whether ``change`` left a value as it was; a translatable one only as itself (its Danish may have changed)."""
    return new is old or (not isinstance(old, (Message, Term, Joined)) and new == old)


def _rebuild(key: str, values: dict[str, Any]) -> Message:
    return Message(key, **values)


def _mapped(value: Any, change: Callable[[str], str]) -> Any:
    if isinstance(value, (Message, Term, Joined)):
        return mapped(value, change)
    if value is None or isinstance(value, (bool, int, float, dt.date)):
        return value
    return change(str(value))  # a text, a path, anything that prints as text


class Term(str):
    """A text with a Danish form beside it (a profile's name, a reason from a profile file): not a catalogue id.

    ``str(term)`` is the English. In Danish the Danish text is shown when there
    is one, else the English marked as such (a user's own profile may have no
    Danish). The Danish may be a :class:`Message` (pydantic's English kept as
    it was, beside the shape check's Danish words for the same problem).
    """

    danish: str | None

    def __new__(cls, english: str, danish: str | None = None) -> Term:
        """A term in English, with its Danish text if known."""
        self = super().__new__(cls, english)
        self.danish = danish
        return self

    def __reduce__(self) -> tuple[Callable[..., Term], tuple[Any, ...]]:
        return (Term, (str(self), self.danish))

    def rendered(self) -> str:
        """The term in the active language."""
        if i18n.language() != "da":
            return str(self)
        if self.danish is None:
            return i18n.t("only_english", text=str(self))
        return self.danish.rendered() if isinstance(self.danish, Message) else self.danish


class Joined(str):
    """Texts joined by a separator (the problems of one file, one to a line), each rendered in the reader's language.

    ``str(joined)`` is the English; a plain text among the parts is marked as
    English in Danish, as :func:`localize` marks it.
    """

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, parts: Iterable[str], separator: str) -> Joined:
        """``parts`` (messages, terms or plain text) joined by ``separator``."""
        listed = tuple(parts)
        self = super().__new__(cls, separator.join(listed))
        self.parts = listed
        self.separator = separator
        return self

    def __reduce__(self) -> tuple[Callable[..., Joined], tuple[Any, ...]]:
        return (Joined, (self.parts, self.separator))

    def rendered(self) -> str:
        """The parts in the active language, joined."""
        return self.separator.join(localize(part) for part in self.parts)


def msg(key: str, /, **values: Any) -> Message:
    """The message ``key`` with its values: what rules, the shape check and errors hand to a view."""
    return Message(key, **values)


def did_you_mean(word: str, choices: list[str]) -> str:
    """`` (did you mean 'x'?)`` in the reader's language for the closest choice, or an empty string."""
    close = closest(word, choices)
    return Message("hint.did_you_mean", name=close) if close else ""


def localize(text: str) -> str:
    """``text`` in the active language: a :class:`Message` or :class:`Term` rendered, plain text as it is.

    Plain text is an English f-string nobody has converted yet: in Danish it
    is shown with a Danish note that it exists only in English.
    """
    if isinstance(text, (Message, Term, Joined)):
        return text.rendered()
    if i18n.language() == "da" and text:
        return i18n.t("only_english", text=text)
    return text


def render(key: str, values: Mapping[str, Any], language: i18n.Language) -> str:
    """The message ``key`` in ``language`` with ``values`` filled in (dates, numbers and nested messages too)."""
    if language == "en":  # the text of every Message: plain str.format, as fast as an f-string's catalogue lookup
        template = i18n.catalogue("en")[key]
        return template.format(**values) if values else template
    with i18n.using(language):
        return i18n.t(key, **values)
