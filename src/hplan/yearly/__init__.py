"""``hplan report``: the yearly evaluation of one plan year (the data; views render it)."""
