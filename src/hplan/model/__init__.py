"""Pydantic models of the plan and board documents."""
