"""The marsad error hierarchy.

Library code raises these; the CLI turns them into one line and a non-zero exit, the web app into an HTTP status.
Each message says what was expected, what was found, and what to try next.
"""

from __future__ import annotations


class MarsadError(Exception):
    """Base of every error marsad raises on purpose."""

    exit_code = 1
    http_status = 500


class InputError(MarsadError):
    """The input cannot be analysed as it is (empty, binary, undecodable, too large, not Arabic)."""

    exit_code = 2
    http_status = 400


class SpanError(MarsadError):
    """A span does not point into the document text (a bug in the component that made it)."""


class PipelineError(MarsadError):
    """The pipeline is misconfigured or a component broke its contract."""


class ModelError(MarsadError):
    """A bundled model or data artefact is missing or unreadable."""


class GoldError(MarsadError):
    """A gold file is malformed or does not belong to the article beside it."""

    exit_code = 2
