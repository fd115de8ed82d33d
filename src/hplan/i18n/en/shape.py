"""English messages of reading and shape findings (HP001-HP011) and the Danish input habits (HP012-HP014)."""

MESSAGES: dict[str, str] = {}
