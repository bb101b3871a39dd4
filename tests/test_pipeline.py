import pytest

import marsad
from marsad.document import Document
from marsad.errors import PipelineError
from marsad.pipeline import Pipeline


class Upper:
    name = "upper"
    requires: tuple[str, ...] = ()
    assigns = ("sentences",)

    def __call__(self, doc):
        return doc


class NeedsEntities:
    name = "needs_entities"
    requires = ("entities",)
    assigns = ("events",)

    def __call__(self, doc):
        return doc


class ReturnsNone:
    name = "broken"
    requires: tuple[str, ...] = ()
    assigns = ("times",)

    def __call__(self, doc):
        return None


def test_pipeline_runs_components_in_order_and_records_them():
    nlp = Pipeline([Upper()])
    doc = nlp(Document(text="خبر"))
    assert doc.processed_by == ["upper"]


def test_pipeline_refuses_missing_prerequisite():
    with pytest.raises(PipelineError, match="requires"):
        Pipeline([NeedsEntities()])


def test_pipeline_accepts_prerequisite_provided_by_caller():
    nlp = Pipeline([NeedsEntities()], provided=("entities",))
    assert nlp.names == ["needs_entities"]


def test_pipeline_refuses_component_that_returns_something_else():
    with pytest.raises(PipelineError, match="expected a Document"):
        Pipeline([ReturnsNone()])(Document(text="خبر"))


def test_pipeline_refuses_duplicate_names():
    with pytest.raises(PipelineError, match="already"):
        Pipeline([Upper(), Upper()])


def test_pipeline_pipe_reports_failures_and_continues():
    failures = []
    nlp = Pipeline([ReturnsNone()])
    out = list(nlp.pipe([Document(text="خبر"), Document(text="خبر آخر")], on_error=lambda d, e: failures.append(d)))
    assert out == [] and len(failures) == 2


def test_load_unknown_component_names_the_available_ones():
    with pytest.raises(PipelineError, match="available"):
        marsad.load(["no_such_component"])


def test_without_layers_skips_components_that_assign_given_layers():
    nlp = Pipeline([Upper(), NeedsEntities()], provided=("entities",)).without_layers(["sentences"])
    assert nlp.names == ["needs_entities"]


def test_analyze_returns_valid_document(sample_article):
    doc = marsad.analyze(sample_article, published="2024-03-06")
    doc.validate()
    assert doc.published == "2024-03-06"
    assert doc.sentences and doc.tokens


def test_prepare_long_run_loads_lazily_loaded_parts_and_freezes_them() -> None:
    import gc

    import marsad

    pipeline = marsad.load(["sentencizer", "tokenizer", "times"])
    before = gc.get_freeze_count()
    try:
        pipeline.prepare_long_run()
        assert gc.get_freeze_count() > before  # the objects alive now sit in the permanent generation
        doc = pipeline(marsad.Document(text="أعلنت الحكومة يوم الخميس خطة جديدة.", published="2020-01-02"))
        assert [(t.text, t.value) for t in doc.times] == [("يوم الخميس", "2020-01-02")]  # works as before
    finally:
        gc.unfreeze()
