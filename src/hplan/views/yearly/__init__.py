"""Views of ``hplan report``: markdown and HTML with charts."""
