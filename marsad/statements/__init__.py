"""Statements: who said what, to whom, through whom, when, with which stance (FORMAT.md ``statements``)."""

from marsad.statements.extract import StatementExtractor, extract_statements

__all__ = ["StatementExtractor", "extract_statements"]
