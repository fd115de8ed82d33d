"""The validate pipeline: discover files, check their shape, run the rules, apply the team's policy."""
