"""Output per command and format: text (rich), markdown, json, github, html. Views read results; they never compute."""
