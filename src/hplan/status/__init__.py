"""``hplan status``: where each plan stands on a date (the data; views render it)."""
