"""Writing files so that a reader never sees half of one: shared by the commands that write (schema, report, init)."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write ``content`` (text as UTF-8, or bytes as they are) to ``path`` through a temporary file and a rename.

    The rename replaces the target in one step, so an interrupted write leaves
    either the old file or the new one, never a mix; the temporary file is
    removed when anything fails. The file gets the target's permissions, or
    for a new file those the umask gives (a temporary file is private).
    """
    tmp = _temporary(path, content)
    try:
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_new(path: Path, content: str) -> bool:
    """Write ``content`` to ``path`` as :func:`write_atomic` does, unless something is there; whether it wrote.

    A file, folder or link at ``path`` is never replaced, not even one made
    after the first look: the whole temporary file gets the name by a hard
    link, which fails when the name is taken.
    """
    if os.path.lexists(path):
        return False
    tmp = _temporary(path, content)
    try:
        os.link(tmp, path)
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS):
            raise
        # A filesystem without hard links (FAT, some network shares): the first look must do.
        if os.path.lexists(path):
            return False
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return True


def _temporary(path: Path, content: str | bytes) -> str:
    """A complete, synced temporary file beside ``path`` with ``path``'s permissions; its name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if isinstance(content, bytes):  # a workbook (hplan report --format xlsx)
            with os.fdopen(fd, "wb") as binary:
                binary.write(content)
                binary.flush()
                os.fsync(binary.fileno())
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, mode)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
