"""``hplan status``: where each plan stands on a date (the data; views render it).

- :mod:`~hplan.status.options`: what a run is asked (the date, the horizon, the thresholds);
- :mod:`~hplan.status.model`: the values it answers with, and the states;
- :mod:`~hplan.status.criteria`: one success criterion's progress, state and staleness;
- :mod:`~hplan.status.plan`: one plan's status (period, milestones, budget, evaluations, agreements);
- :mod:`~hplan.status.lenient`: reading a plan that fails the shape check as far as it can be read;
- :mod:`~hplan.status.run`: files in, validated and computed over worker processes, a result out.

Everything returns immutable values and never prints.
"""
