"""Parametrised cases for the date grammar: (sentence, publication date, [(span text, value), ...])."""

CASES: list[tuple[str, str, list[tuple[str, str]]]] = []
