"""Writing plan files and plan repositories for the user (``hplan init``), so that nobody starts from a copy."""
