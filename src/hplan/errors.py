"""The one exception family for "hplan could not do its job" (exit code 2).

Problems *in* a document are diagnostics, never exceptions. An ``HplanError``
means the tool itself could not work: a path that does not exist, a bad option,
a git revision that does not exist, a broken profile or configuration file. The
CLI turns it into a message and exit code 2 in exactly one place.
"""

from hplan.i18n.message import localize, mapped
from hplan.privacy import redact


class HplanError(Exception):
    """hplan could not do what it was asked; the message says what and why.

    The message often names what the user typed - a path, a revision, an
    option's value - so it passes through ``redact`` when the error is made,
    like every diagnostic: a CPR-like number in a file name is never repeated.
    """

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        message = mapped(message, redact)
        super().__init__(message)
        self.message = message
        self.hint = mapped(hint, redact) if hint is not None else None

    def __str__(self) -> str:
        return self.message if self.hint is None else f"{self.message}\n{self.hint}"

    def rendered(self) -> str:
        """The message (and hint) in the active language, for the exit-2 line."""
        message = localize(self.message)
        return message if self.hint is None else f"{message}\n{localize(self.hint)}"


class UsageError(HplanError):
    """An option or argument that cannot be used as given."""


class PathNotFound(HplanError):
    """A path named on the command line does not exist or cannot be opened."""


class GitError(HplanError):
    """git is missing, or a revision or path does not exist in the repository."""


class ProfileError(HplanError):
    """A profile (rule set) that cannot be found or read."""
