"""Views of ``hplan diff``."""
