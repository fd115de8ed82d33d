"""Line breaks as libyaml counts them (a leaf, so that privacy and policy can count lines too)."""

from __future__ import annotations

import re

# libyaml (YAML 1.1) breaks lines at CR LF, CR, LF, NEL, LS and PS; positions
# hplan computes itself must count lines the same way as the parser's marks.
_LINE_BREAKS = re.compile(r"\r\n?|[\x85\u2028\u2029]")
LINE_BREAKS_BYTES = re.compile(rb"\r\n?|\xc2\x85|\xe2\x80[\xa8\xa9]")


def normalise_breaks(text: str) -> str:
    """``text`` with every YAML line break as a line feed; columns stay as they are."""
    if "\r" in text or "\x85" in text or "\u2028" in text or "\u2029" in text:
        return _LINE_BREAKS.sub("\n", text)
    return text
