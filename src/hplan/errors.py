"""The one exception family for "hplan could not do its job" (exit code 2).

Problems *in* a document are diagnostics, never exceptions. An ``HplanError``
means the tool itself could not work: a path that does not exist, a bad option,
a git revision that does not exist, a broken profile or configuration file. The
CLI turns it into a message and exit code 2 in exactly one place.
"""

import errno

from hplan.i18n import Language
from hplan.i18n.message import Term, localize, mapped, msg
from hplan.privacy import redact

# The operating system's reasons a file cannot be read or written that users meet, with Danish words;
# another reason shows as the system words it, marked as English in Danish.
_OS_REASONS = {
    errno.EACCES: "err.os.denied",
    errno.EPERM: "err.os.denied",
    errno.ENOENT: "err.os.missing",
    errno.ENOSPC: "err.os.full",
    errno.EROFS: "err.os.read_only",
    errno.EISDIR: "err.os.folder",
    errno.ENOTDIR: "err.os.not_folder",
}


class HplanError(Exception):
    """hplan could not do what it was asked; the message says what and why.

    The message often names what the user typed - a path, a revision, an
    option's value - so it passes through ``redact`` when the error is made,
    like every diagnostic: a CPR-like number in a file name is never repeated.
    """

    language: Language | None = None
    """The language the failing input itself states (a broken ``.hplan.yaml``'s ``language:``), if any."""

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


def os_reason(exc: OSError | ValueError) -> Term:
    """Why a file could not be read or written, as the system says it (English) with Danish words beside it."""
    english = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
    key = _OS_REASONS.get(exc.errno) if isinstance(exc, OSError) and exc.errno is not None else None
    return Term(english, msg(key) if key is not None else None)
