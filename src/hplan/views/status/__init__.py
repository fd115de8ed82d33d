"""Views of ``hplan status``."""
