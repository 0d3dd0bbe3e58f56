"""Text made safe for WordprocessingML without changing its length (offsets stay valid)."""

from __future__ import annotations

import re

# Code points XML 1.0 forbids (lxml refuses them); a document read from a PDF can contain some.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Replace characters XML cannot hold with U+FFFD, one for one; tabs become spaces."""
    return _FORBIDDEN.sub("\ufffd", text).replace("\t", " ")
