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


def test_conll_tagging_applies_the_consistency_rules_and_refuses_unknown_ones(monkeypatch) -> None:
    from marsad.ner import rules
    from marsad.ner.tagger import CONLL_CONSISTENCY_RULES, DOC_RULES, NerModel

    assert all(callable(getattr(rules, name)) and name in DOC_RULES for name in CONLL_CONSISTENCY_RULES)
    model = NerModel.load()
    sents = [["قال", "البنك", "الأهلي", "المتحد"], ["وأضاف", "أن", "البنك", "الأهلي", "المتحد", "نما"]]
    # a fixed model output, so that the test is about the rules' wiring, not about the model's guesses
    said = [["O", "B-ORG", "I-ORG", "I-ORG"], ["O", "O", "B-ORG", "O", "O", "O"]]
    monkeypatch.setattr(model, "tag_document", lambda sents, bias=None: ([list(t) for t in said], []))
    assert model.tag_sentences(sents, consistency=()) == said
    assert model.tag_sentences(sents)[1] == ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O"]
    with pytest.raises(ValueError, match="unknown consistency rules"):
        model.tag_sentences(sents, consistency=("no_such_rule",))


def test_docstart_lines_separate_articles_and_come_back_tagged_o(monkeypatch) -> None:
    from marsad.ner.tagger import NerModel

    model = NerModel.load()
    # a fixed model output per sentence, so that the test is about where articles end, not the model's guesses
    said = {
        ("قال", "البنك", "الأهلي", "المتحد"): ["O", "B-ORG", "I-ORG", "I-ORG"],
        ("وأضاف", "أن", "البنك", "الأهلي", "المتحد", "نما"): ["O", "O", "B-ORG", "O", "O", "O"],
    }
    monkeypatch.setattr(model, "tag_document", lambda sents, bias=None: ([list(said[tuple(s)]) for s in sents], []))
    monkeypatch.setattr(NerModel, "load", classmethod(lambda cls, folder=None: model))
    first, second = ("\n".join(s) + "\n" for s in said)

    def second_sentence_tags(conll: str) -> list[str]:
        result = CliRunner().invoke(cli, ["tag", "--conll", "-"], input=conll)
        assert result.exit_code == 0, result.output
        blocks = [b.split("\n") for b in result.output.strip("\n").split("\n\n")]
        assert [[ln.split("\t")[0] for ln in b] for b in blocks] == [
            b.split("\n") for b in conll.strip("\n").split("\n\n")
        ]
        return [ln.split("\t")[1] for ln in blocks[-1]]

    # one article: the name tagged in full in the first sentence is tagged in full in the second
    assert second_sentence_tags(first + "\n" + second) == ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O"]
    # two articles: the second keeps what the model said
    result = CliRunner().invoke(
        cli, ["tag", "--conll", "-"], input=f"-DOCSTART- -X- O\n\n{first}\n-DOCSTART-\n\n{second}"
    )
    assert result.exit_code == 0, result.output
    assert result.output.split("\n\n")[0] == "-DOCSTART-\tO"
    assert second_sentence_tags(f"-DOCSTART-\n\n{first}\n-DOCSTART-\n\n{second}") == said[tuple(second.split())]


# Our own sentences (ANERcorp tokenisation) for articles of several sentences.
OWN_SENTENCES = [
    "أعلن البنك المركزي المصري أمس رفع أسعار الفائدة".split(),
    "وقال محافظ البنك طارق عامر إن القرار يهدف إلى كبح التضخم".split(),
    "وتراجع الجنيه أمام الدولار في تعاملات القاهرة".split(),
    "التقى الرئيس الفرنسي إيمانويل ماكرون في باريس رئيس الوزراء العراقي".split(),
    "وبحث الجانبان العلاقات بين فرنسا والعراق".split(),
    "فاز نادي الزمالك على الأهلي بهدفين في استاد القاهرة".split(),
    "وسجل الهدفين اللاعب محمود عبد الرازق".split(),
]


def test_tagging_articles_together_gives_the_tags_of_one_at_a_time() -> None:
    from marsad.ner.tagger import NerModel

    model = NerModel.load()
    articles = [OWN_SENTENCES[i : i + n] for i, n in ((0, 3), (3, 2), (5, 2), (1, 5))]
    together = model.tag_articles(articles)
    assert together == [model.tag_articles([article])[0] for article in articles]
    assert [len(t) for a in together for t in a] == [len(s) for a in articles for s in a]
    assert model.tag_sentences(OWN_SENTENCES) == model.tag_articles([OWN_SENTENCES])[0]


def test_conll_output_does_not_depend_on_the_batch_size(monkeypatch) -> None:
    import marsad.cli.tag as tag_cli

    lines = []
    for i in range(60):  # articles of 1-7 sentences, some with -DOCSTART- before them, some runs of more than 25
        if i % 3 == 0:
            lines.append("-DOCSTART- -X- O\n")
        for s in OWN_SENTENCES[: 1 + i % 7]:
            lines.append("\n".join(s) + "\n")
    conll = "\n".join(lines)
    outputs = []
    for batch in (5, 40, 100_000):
        monkeypatch.setattr(tag_cli, "BATCH", batch)
        result = CliRunner().invoke(cli, ["tag", "--conll", "-"], input=conll)
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
    assert outputs[0] == outputs[1] == outputs[2]
    got = [[ln.split("\t")[0] for ln in b.split("\n")] for b in outputs[0].strip("\n").split("\n\n")]
    assert got == [[ln.split()[0] for ln in b.split("\n")] for b in conll.strip("\n").split("\n\n")]
