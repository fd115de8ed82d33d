"""Plan texts shared by the test modules: the head of a small valid plan."""

from __future__ import annotations


def minimal_head(
    ident: str = "mini", name: str = "Mini", area: str = "Testområdet", municipality: str = "Testby Kommune"
) -> str:
    """Everything of a small plan before ``focus_areas:``: parties, agreement, organisation."""
    return f"""\
format: 1
kind: plan
id: {ident}
name: {name}
area: {area}
profile: lbf-2015-18
period: {{start: 2018-01-01, end: 2021-12-31}}
parties:
  - {{id: kommune, name: {municipality}, kind: municipality}}
  - {{id: bolig, name: Testby Bolig, kind: housing_organisation}}
strategic_agreement:
  purpose: Et trygt område.
  signatures:
    - {{party: kommune, date: 2017-12-01, role: Rådmand}}
    - {{party: bolig, date: 2017-12-02, role: Direktør}}
organisation:
  board: {{name: Bestyrelsen, members: [{{role: Direktør, organisation: bolig}}]}}
  steering_group: {{members: [{{role: Skoleleder, organisation: kommune}}]}}
  secretariat: {{project_leader: {{role: Projektleder, organisation: bolig}}}}
"""
