"""Rebuild ``marsad/text/data/word_freq.tsv.gz``: word-form frequencies mined from unlabelled Arabic news.

Run ``python -m marsad.text.build_clitic_lexicon`` (corpora read from ``../shared/data`` relative to the repo
root, or ``$MARSAD_SHARED_DATA``). Only the ``<TITLE>`` and ``<TEXT>`` parts of the TREC-like files are read.
Forms are kept with their hamza, ى and ة (diacritics, tatweel and invisible characters removed) because the
segmenter needs to tell ألمانيا from ال+مانيا and أن from ان; the normalised view is derived at load time.
No corpus text is stored: only (form, count) pairs with count >= ``--min-count``.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import hashlib
import json
import os
import re
import time
from pathlib import Path

from marsad.text import charsets

REPO = Path(__file__).resolve().parents[2]
DATA_DIR = Path(__file__).resolve().parent / "data"
CORPORA = ("news-ant-multisource", "news-ant-jawharafm")

_PART = re.compile(r"<(TITLE|TEXT)>(.*?)</\1>", re.S)
_STRIP = str.maketrans({c: None for c in charsets.AR_DIACRITICS + charsets.TATWEEL + charsets.INVISIBLE})
_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a]+")


def shared_data_dir() -> Path:
    return Path(os.environ.get("MARSAD_SHARED_DATA", REPO.parent / "shared" / "data"))


def count_words(root: Path, corpora: tuple[str, ...]) -> tuple[collections.Counter[str], dict[str, object]]:
    """Count Arabic word forms in the TITLE/TEXT of every .txt file of ``corpora``; returns counts and stats."""
    counts: collections.Counter[str] = collections.Counter()
    digest = hashlib.sha256()
    n_files = 0
    for name in corpora:
        for path in sorted((root / name).rglob("*.txt")):
            raw = path.read_bytes()
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + hashlib.sha256(raw).digest())
            text = raw.decode("utf-8", errors="replace")
            for m in _PART.finditer(text):
                counts.update(_WORD.findall(m.group(2).translate(_STRIP)))
            n_files += 1
    return counts, {"files": n_files, "sha256_of_file_hashes": digest.hexdigest()}


def _scores(freq_path: Path) -> dict[str, object]:
    """Word accuracy of the segmenter built on the new lexicon, on the hand-written lists (when present)."""
    from marsad.text.clitic_eval import read_gold, score
    from marsad.text.clitics import CliticSegmenter

    seg = CliticSegmenter.load(freq_path=freq_path)
    out: dict[str, object] = {}
    for name in ("clitic_gold.tsv", "clitic_heldout.tsv"):
        path = REPO / "tests" / "text" / "data" / name
        if path.exists():
            gold = read_gold(path)
            acc, errors = score(gold, seg)
            out[name] = {"words": len(gold), "accuracy": round(acc, 4), "errors": len(errors)}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=None, help="folder holding the corpora (default ../shared/data)")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--out", type=Path, default=DATA_DIR / "word_freq.tsv.gz")
    args = ap.parse_args(argv)
    root = args.data or shared_data_dir()
    t0 = time.time()
    counts, stats = count_words(root, CORPORA)
    kept = sorted(((w, c) for w, c in counts.items() if c >= args.min_count), key=lambda x: (-x[1], x[0]))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the gzip byte-identical across rebuilds
    with gzip.GzipFile(args.out, "wb", mtime=0) as fh:
        fh.write(b"# form\tcount  (Arabic word forms, diacritics removed; see marsad/text/build_clitic_lexicon.py)\n")
        fh.write("".join(f"{w}\t{c}\n" for w, c in kept).encode())
    manifest = {
        "artefact": args.out.name,
        "built_by": "python -m marsad.text.build_clitic_lexicon",
        "corpora": list(CORPORA),
        "parts": ["TITLE", "TEXT"],
        "min_count": args.min_count,
        "tokens": sum(counts.values()),
        "types_seen": len(counts),
        "types_kept": len(kept),
        "artefact_sha256": hashlib.sha256(args.out.read_bytes()).hexdigest(),
        **stats,
    }
    manifest["scores"] = _scores(args.out)
    (args.out.parent / "word_freq.manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    print(json.dumps(manifest, indent=2), f"\n{time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
