"""``marsad tag --conll FILE|-``: BIO entity tags for pre-tokenised text (one token per line)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TextIO

import click

from marsad.errors import InputError

# CoNLL-2003's document separator: a one-token "sentence" that starts a new article. It comes back tagged O, and
# label propagation does not cross it (without it, runs of CHUNK sentences are the articles).
DOCSTART = "-DOCSTART-"
BATCH = 250  # sentences tagged in one call (NerModel.tag_articles): fuller batches, a few MB of memory


def read_conll_sentences(fh: TextIO) -> Iterator[list[str]]:
    """Sentences of tokens: the first column of each line, blank lines between sentences."""
    cur: list[str] = []
    for line in fh:
        cols = line.rstrip("\r\n").split()
        if not cols:
            if cur:
                yield cur
                cur = []
            continue
        cur.append(cols[0])
    if cur:
        yield cur


@click.command()
@click.option(
    "--conll",
    "conll",
    required=True,
    metavar="FILE",
    help="Input: one token per line (first column), blank line between sentences; - for standard input.",
)
@click.option(
    "--model", "model_dir", type=click.Path(file_okay=False), help="Model folder (default: marsad/models/ner)."
)
def tag(conll: str, model_dir: str | None) -> None:
    """Tag tokens with B-PER … I-MISC / O; prints `token<TAB>TAG`, sentences separated by blank lines.

    Names are made consistent within an article: a line -DOCSTART- on its own (CoNLL-2003) starts a new one, and
    without such lines every run of 25 sentences is taken for one (longer articles are cut into runs too)."""
    from marsad.ner.tagger import NerModel

    model = NerModel.load(model_dir)
    try:
        fh = sys.stdin if conll == "-" else open(conll, encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"{conll}: cannot read: {exc.strerror}") from None
    from marsad.ner.consistency import CHUNK

    out = sys.stdout
    first = True

    def write(sents: list[list[str]], tags: list[list[str]]) -> None:
        nonlocal first
        for sent, sent_tags in zip(sents, tags, strict=True):
            if not first:
                out.write("\n")
            first = False
            for tok, t in zip(sent, sent_tags, strict=True):
                out.write(f"{tok}\t{t}\n")

    # articles read and not yet written, each with its tags if they are known already (-DOCSTART- lines); the
    # others are tagged together once BATCH sentences wait (NerModel.tag_articles: fuller batches, a few MB)
    queue: list[tuple[list[list[str]], list[list[str]] | None]] = []
    waiting = 0
    article: list[list[str]] = []

    def end_article() -> None:
        nonlocal article, waiting
        if article:
            queue.append((article, None))
            waiting += len(article)
            article = []

    def flush() -> None:
        nonlocal waiting
        tagged = iter(model.tag_articles([sents for sents, fixed in queue if fixed is None]))
        for sents, fixed in queue:
            write(sents, next(tagged) if fixed is None else fixed)
        queue.clear()
        waiting = 0

    try:
        for sent in read_conll_sentences(fh):
            if sent == [DOCSTART]:
                end_article()
                queue.append(([sent], [["O"]]))
            else:
                article.append(sent)
                if len(article) == CHUNK:  # a run of sentences is one "document" for label propagation
                    end_article()
            if waiting >= BATCH:
                flush()
        end_article()
        flush()
    except UnicodeDecodeError as exc:
        raise InputError(f"{conll}: not UTF-8 text ({exc.reason})") from None
    finally:
        if fh is not sys.stdin:
            fh.close()
