"""A random sample of cross-article event links, printed for judging their precision by hand.

    .venv/bin/python benchmarks/sample_links.py [--db STORE] [--articles 3000] [--n 30] [--seed 0]

Without ``--db`` it first ingests the first ``--articles`` ANT articles (full pipeline) into a temporary SQLite
store. It then samples cross-article events whose mentions come from at least two *different* near-duplicate
clusters (wire copies of one story are linked by their cluster, which says nothing about event matching) and prints
each one's type, date, place and actors, and for every mention (up to 4) its source and the text around the trigger.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
from pathlib import Path

SHARED = Path(os.environ.get("MARSAD_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def build_store(path: str, articles: int) -> None:
    import marsad
    from marsad.ingest.runner import ingest, iter_records
    from marsad.store import open_store

    pipeline = marsad.load()
    pipeline.prepare_long_run()
    with open_store(path) as store:
        records = iter_records([SHARED / "data" / "news-ant-multisource"])
        report = ingest(records, store, pipeline, limit=articles, progress=False)
    print(f"ingested {report.stored} articles ({report.duplicates} duplicates, {report.failed} failed) into {path}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=None)
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    from marsad.store import open_store

    db = args.db
    if db is None:
        db = os.path.join(tempfile.mkdtemp(prefix="marsad-links-"), "links.db")
        build_store(db, args.articles)
    with open_store(db) as store:
        events, total = store.list_cross_events(limit=1_000_000)
        docs: dict[str, dict] = {}

        def doc(doc_id: str) -> dict:
            if doc_id not in docs:
                docs[doc_id] = store.get_document(doc_id)
            return docs[doc_id]

        linked = [e for e in events if len({doc(m["doc_id"])["cluster_id"] for m in e["mentions"]}) >= 2]
        print(f"{total} cross-article events; {len(linked)} link articles of two or more duplicate clusters")
        for e in random.Random(args.seed).sample(linked, min(args.n, len(linked))):
            print(
                f"\n{e['cross_event_id']}: {e['plover']} {e['date_start']}..{e['date_end']} place={e['place']} "
                f"actors={e['actors']}"
            )
            for m in e["mentions"][:4]:
                d = doc(m["doc_id"])
                ev = d["events"][m["index"]]
                a, b = ev["trigger"]["start"], ev["trigger"]["end"]
                text = d["text"]
                context = (text[max(0, a - 90) : a] + "[[" + text[a:b] + "]]" + text[b : b + 90]).replace("\n", " ")
                print(f"  - {d['doc'].get('source') or '?'} | {d['doc'].get('published')} | {context}")


if __name__ == "__main__":
    main()
