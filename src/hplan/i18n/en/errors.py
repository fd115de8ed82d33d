"""English messages of the errors that stop hplan (exit 2): 'hplan: error: ...'."""

MESSAGES: dict[str, str] = {}
