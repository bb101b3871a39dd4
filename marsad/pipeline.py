"""A Pipeline runs named components over a Document, in order (like spaCy's ``Language`` over a ``Doc``).

A component is any callable ``Document -> Document`` with a ``name`` and two tuples of layer names:
``requires`` (layers that must have been assigned by an earlier component) and ``assigns`` (layers it fills).
The pipeline checks the chain when it is built and checks every return value when it runs.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable
from typing import Protocol, runtime_checkable

from marsad.document import Document
from marsad.errors import PipelineError


@runtime_checkable
class Component(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


class Pipeline:
    """Named components run in order over one Document."""

    def __init__(self, components: Iterable[Component] = (), *, provided: Iterable[str] = ()) -> None:
        # layers the caller fills before the pipeline runs (e.g. gold entities), so requirements on them are met
        self.provided = tuple(provided)
        self._components: list[Component] = []
        for component in components:
            self.add(component)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self._components]

    @property
    def components(self) -> list[Component]:
        return list(self._components)

    def get(self, name: str) -> Component:
        for c in self._components:
            if c.name == name:
                return c
        raise PipelineError(f"no component named {name!r}; the pipeline has {self.names}")

    def add(self, component: Component) -> None:
        """Append a component after checking that what it requires is assigned earlier."""
        for attr in ("name", "requires", "assigns"):
            if not hasattr(component, attr):
                raise PipelineError(
                    f"{component!r} is not a component: it lacks {attr!r} "
                    "(give it name, requires and assigns attributes)"
                )
        if component.name in self.names:
            raise PipelineError(f"a component named {component.name!r} is already in the pipeline {self.names}")
        assigned = set(self.provided) | {layer for c in self._components for layer in c.assigns}
        missing = [layer for layer in component.requires if layer not in assigned]
        if missing:
            raise PipelineError(
                f"component {component.name!r} requires {missing}, which no earlier component assigns; "
                f"pipeline so far: {self.names}"
            )
        self._components.append(component)

    def __call__(self, doc: Document, *, timings: dict[str, float] | None = None) -> Document:
        for component in self._components:
            t0 = time.perf_counter()
            result = component(doc)
            if not isinstance(result, Document):
                raise PipelineError(
                    f"component {component.name!r} returned {type(result).__name__}, expected a Document "
                    "(a component must return the Document it was given)"
                )
            doc = result
            doc.processed_by.append(component.name)
            if timings is not None:
                timings[component.name] = timings.get(component.name, 0.0) + time.perf_counter() - t0
        return doc

    def pipe(self, docs: Iterable[Document], *, on_error: Callable[[Document, Exception], None] | None = None):
        """Run over many documents; with ``on_error`` a failing document is reported and skipped."""
        for doc in docs:
            try:
                yield self(doc)
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(doc, exc)

    def without_layers(self, layers: Iterable[str]) -> Pipeline:
        """A pipeline that skips components whose every assigned layer is already provided (e.g. from gold)."""
        given = set(layers)
        kept = [c for c in self._components if not (c.assigns and set(c.assigns) <= given)]
        return Pipeline(kept, provided=given | set(self.provided))

    def prepare_long_run(self) -> None:
        """For a process that will analyse many documents (``marsad ingest``, batch workers): load what the
        components load lazily (one short article through the pipeline), then ``gc.freeze()`` every object alive —
        the models, gazetteers and lexicons — so the garbage collector's full passes stop re-walking millions of
        long-lived objects (1.09x faster over 1,200 ANT articles: benchmarks/bench_gc_freeze.py). Process-wide,
        so not done by ``marsad.load``: a host program decides for itself."""
        self(Document(text=_WARM_UP_TEXT, published="2020-01-01"))
        gc.collect()
        gc.freeze()

    def __repr__(self) -> str:
        return f"Pipeline({self.names})"


# A short article of our own that reaches every component (a place, a speaker, a date, an event).
_WARM_UP_TEXT = (
    "قال المتحدث باسم وزارة الصحة في بغداد يوم الاثنين إن ثلاثة أشخاص أصيبوا في انفجار قرب سوق المدينة، "
    "ونفى أن تكون الحصيلة أكبر."
)
