"""Hostile input: a corpus of broken, huge and malicious files, and the fuzzing of every command."""
