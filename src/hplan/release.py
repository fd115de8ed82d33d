"""Where this hplan comes from: its version tag and repository, as `hplan init` and the docs name them.

The version itself is written once, in ``hplan.__version__`` (pyproject.toml
reads it from there). ``REPOSITORY_URL`` is the one place the repository's
address is written in the code; the docs repeat it and a test holds them to
it. See docs/releasing.md for how a release is made and tagged.
"""

from __future__ import annotations

from hplan import __version__

# The placeholder stays until the repository has its public address; docs/releasing.md says where to set it.
REPOSITORY_URL = "https://github.com/<owner>/hplan"
TAG = f"v{__version__}"


def action() -> str:
    """``owner/name@vX.Y.Z``: this release's GitHub Action, as a workflow's ``uses:`` names it."""
    slug = REPOSITORY_URL.removeprefix("https://github.com/")
    return f"{slug}@{TAG}"


def pip_requirement(extra: str = "") -> str:
    """``hplan @ git+URL@vX.Y.Z``: this release, installed by pip from its tag (``extra``: e.g. ``report``)."""
    name = f"hplan[{extra}]" if extra else "hplan"
    return f"{name} @ git+{REPOSITORY_URL}@{TAG}"
