"""Command-line layer: one module per command."""
