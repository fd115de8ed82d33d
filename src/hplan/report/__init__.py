"""Reporters: turn results into text, json, github and markdown output."""
