"""Trigger coverage on unlabelled news: how often each lexicon lemma fires, and frequent words the lexicon misses.

    .venv/bin/python -m marsad.events.coverage [--data ../shared/data] [--max-files 3000] [--out PATH]

Reads the ``<TEXT>`` of ANT-corpus files (news-ant-multisource: middleEast + internationalNews; news-ant-jawharafm:
internationalNews), tokenises them and runs the trigger matcher only (no upstream layers). It writes a frequency
list (lemma, PLOVER type, count) and a list of *candidate* trigger words: words that are frequent right after
or before a casualty word (مقتل، قتلى، جرحى، إصابة) and are not in the lexicon, for a person to review and, when
they really are events, add to ``data/triggers.tsv``. Nothing is added automatically.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
from collections import Counter
from pathlib import Path

from marsad.events.extract import match_word
from marsad.events.lexicon import load_lexicon
from marsad.events.quantities import strip_key
from marsad.text.normalize import lookup_key
from marsad.text.tokens import is_arabic_word, tokenize

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = Path(os.environ.get("MARSAD_SHARED_DATA", ROOT.parent / "shared" / "data"))
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_CASUALTY = {"مقتل", "قتلي", "جرحي", "اصابه", "مصرع", "قتيلا", "مصابين", "اصابات"}
# Function words and very common verbs are never candidates.
_STOP = {
    "في", "من", "علي", "الي", "عن", "مع", "ان", "الذي", "التي", "هذا", "هذه", "بعد", "قبل", "كما", "او", "ما",
    "قال", "قالت", "وقال", "وقالت", "اكثر", "اقل", "نحو", "بين", "عدد", "حيث", "كان", "كانت", "لم", "لا", "و",
}  # fmt: skip


def corpus_files(data: Path) -> list[Path]:
    """The news files read, in a stable order."""
    globs = [
        "news-ant-multisource/*/middleEast/*.txt",
        "news-ant-multisource/*/internationalNews/*.txt",
        "news-ant-jawharafm/internationalNews/*.txt",
    ]
    files: list[Path] = []
    for g in globs:
        files.extend(sorted(data.glob(g)))
    return files


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--max-files", type=int, default=3000, help="every n-th file so that about this many are read")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "data" / "coverage.tsv")
    args = ap.parse_args(argv)
    files = corpus_files(args.data)
    step = max(1, len(files) // args.max_files)
    files = files[::step]
    lex = load_lexicon()
    fired: Counter[tuple[str, str]] = Counter()
    near_casualty: Counter[str] = Counter()
    total_words = 0
    digest = hashlib.sha256()
    for path in files:
        raw = path.read_text(encoding="utf-8", errors="replace")
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(raw.encode()).digest())
        body = " ".join(_TEXT.findall(raw)) or raw
        toks = [t for t in tokenize(body) if is_arabic_word(t)]
        keys = [lookup_key(t.text) for t in toks]
        total_words += len(keys)
        for i, key in enumerate(keys):
            m = match_word(lex, key)
            if m is not None:
                fired[(m[0].lemma, m[0].plover)] += 1
            if strip_key(key) in _CASUALTY:
                for j in (i - 2, i - 1, i + 1, i + 2):
                    if 0 <= j < len(keys):
                        cand = keys[j]
                        if cand in _STOP or strip_key(cand) in _STOP or len(cand) < 3:
                            continue
                        if match_word(lex, cand) is None and strip_key(cand) not in _CASUALTY:
                            near_casualty[cand] += 1
    lines = [
        "# Trigger coverage on unlabelled ANT news (rebuild: .venv/bin/python -m marsad.events.coverage).",
        f"# files read: {len(files)} (every {step}th of {len(corpus_files(args.data))}); Arabic words: {total_words}",
        f"# corpus digest (file names + content sha256): {digest.hexdigest()}",
        "# section\tword_or_lemma\tplover\tcount",
    ]
    for (lemma, plover), n in sorted(fired.items(), key=lambda kv: -kv[1]):
        lines.append(f"fired\t{lemma}\t{plover}\t{n}")
    for word, n in near_casualty.most_common(150):
        lines.append(f"candidate\t{word}\t-\t{n}")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(files)} files, {total_words} words; {sum(fired.values())} trigger hits over {len(fired)} lemmas")
    print("top lemmas:", ", ".join(f"{lem}/{p}:{n}" for (lem, p), n in fired.most_common(25)))
    print("top candidates:", ", ".join(f"{w}:{n}" for w, n in near_casualty.most_common(40)))


if __name__ == "__main__":
    main()
