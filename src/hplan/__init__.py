"""hplan: boligsociale helhedsplaner as version-controlled, validated YAML."""

__version__ = "0.2.0"
