"""The one place that maps component names to the factories that build them.

``DEFAULT_PIPELINE`` is what ``marsad.load()`` builds when no names are given. Factories import lazily so that
``import marsad`` stays cheap and a missing model only fails when its component is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from marsad.errors import PipelineError
from marsad.pipeline import Component


def _sentencizer(**cfg: Any) -> Component:
    from marsad.text.sentences import Sentencizer

    return Sentencizer(**cfg)


def _tokenizer(**cfg: Any) -> Component:
    from marsad.text.tokens import Tokenizer

    return Tokenizer(**cfg)


def _ner(**cfg: Any) -> Component:
    from marsad.ner.tagger import EntityRecognizer

    return EntityRecognizer(**cfg)


def _geo(**cfg: Any) -> Component:
    from marsad.geo.component import GeoResolver

    return GeoResolver(**cfg)


def _times(**cfg: Any) -> Component:
    from marsad.time.tagger import TimeTagger

    return TimeTagger(**cfg)


def _statements(**cfg: Any) -> Component:
    from marsad.statements.extract import StatementExtractor

    return StatementExtractor(**cfg)


def _events(**cfg: Any) -> Component:
    from marsad.events.extract import EventExtractor

    return EventExtractor(**cfg)


def _claims(**cfg: Any) -> Component:
    from marsad.events.claims import ClaimLinker

    return ClaimLinker(**cfg)


FACTORIES: dict[str, Callable[..., Component]] = {
    "sentencizer": _sentencizer,
    "tokenizer": _tokenizer,
    "ner": _ner,
    "geo": _geo,
    "times": _times,
    "statements": _statements,
    "events": _events,
    "claims": _claims,
}

DEFAULT_PIPELINE: tuple[str, ...] = (
    "sentencizer",
    "tokenizer",
    "ner",
    "geo",
    "times",
    "statements",
    "events",
    "claims",
)


def create(name: str, **config: Any) -> Component:
    try:
        factory = FACTORIES[name]
    except KeyError:
        raise PipelineError(f"unknown component {name!r}; available: {sorted(FACTORIES)}") from None
    return factory(**config)
