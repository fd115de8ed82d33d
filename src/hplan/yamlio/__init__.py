"""YAML in and out: text decoding, the libyaml event builder, scalar resolution, the round-trip writer."""
