"""Pure calculations on the models: budget and local share, the plan's calendar. No I/O, no output."""
