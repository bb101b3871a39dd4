"""``marsad tag --conll``: the same tokens and sentence breaks come back, each with a BIO tag."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.ner.tagger import default_model_dir

pytestmark = pytest.mark.skipif(
    not (default_model_dir() / "model.crfsuite").exists(), reason="bundled NER model not built"
)

TAGS = {"O"} | {f"{b}-{t}" for b in "BI" for t in ("PER", "LOC", "ORG", "MISC")}

# Our own sentences, tokenised the ANERcorp way (clitics attached, punctuation apart), extra columns ignored.
CONLL = """وصل\tO
وزير\tO
الخارجية\tO
الفرنسي\tO
جان\tO
إيف\tO
لودريان\tO
إلى\tO
بغداد\tO
.\tO

وقالت x
وكالة y
الأنباء z
إن
الاجتماع
عقد
في
القاهرة
أمس
.
"""


def test_round_trip_keeps_tokens_and_breaks() -> None:
    result = CliRunner().invoke(cli, ["tag", "--conll", "-"], input=CONLL)
    assert result.exit_code == 0, result.output
    lines = result.output.split("\n")
    expected = [ln.split()[0] if ln.strip() else "" for ln in CONLL.rstrip("\n").split("\n")]
    got = [ln.split("\t")[0] if ln else "" for ln in lines if ln or lines.index(ln) < len(lines) - 1]
    assert got[: len(expected)] == expected
    tags = [ln.split("\t")[1] for ln in lines if ln]
    assert set(tags) <= TAGS
    tagged = dict(ln.split("\t") for ln in lines if ln)
    assert tagged["بغداد"] == "B-LOC"
    assert tagged["القاهرة"] == "B-LOC"


def test_missing_file_is_a_clean_error(tmp_path) -> None:
    result = CliRunner().invoke(cli, ["tag", "--conll", str(tmp_path / "nope.conll")])
    assert result.exit_code != 0
