"""``hplan diff``: the changes between two versions of a plan and the approval each needs (the data)."""
