"""marsad batch on a local Dask cluster: partitions out, atomic outputs, resumable, failures beside the output."""

from __future__ import annotations

import json

import pytest

from marsad.batch.run import MANIFEST, plan_partitions, run_batch

ARTICLE = "أعلنت بلدية {place} يوم الاثنين بدء أعمال ترميم السوق القديم، وقال رئيس البلدية إن المشروع يستغرق {n} أشهر."
PLACES = ["نابلس", "صيدا", "طرابلس", "سوسة", "مراكش", "عدن", "الموصل"]


def _corpus(folder, n=7):
    folder.mkdir()
    for i in range(n):
        text = ARTICLE.format(place=PLACES[i % len(PLACES)], n=i + 2)
        (folder / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    (folder / "zz-english.txt").write_text("No Arabic here at all, only English words.", encoding="utf-8")
    return folder


def _run(src, out, fmt="jsonl"):
    return run_batch(
        [src], out, workers=1, processes=False, fmt=fmt, partition_size=3, components=["sentencizer", "tokenizer"]
    )


def test_partitions_written_and_failures_beside_them(tmp_path):
    src = _corpus(tmp_path / "src")
    out = tmp_path / "out"
    report = _run(src, out)
    assert (report.partitions, report.skipped, report.documents, report.failed) == (3, 0, 7, 1)
    names = sorted(p.name for p in out.iterdir())
    assert names == [MANIFEST, "part-00000.jsonl", "part-00001.jsonl", "part-00002.failures.jsonl", "part-00002.jsonl"]
    docs = [json.loads(line) for p in sorted(out.glob("part-*[0-9].jsonl")) for line in p.read_text().splitlines()]
    assert len(docs) == 7 and all(d["sentences"] for d in docs)
    assert docs[0]["meta"]["source_ref"].endswith("00.txt")
    failure = json.loads((out / "part-00002.failures.jsonl").read_text())
    assert failure["component"] == "input" and failure["source_ref"].endswith("zz-english.txt")


def test_rerun_skips_complete_partitions_and_redoes_missing_ones(tmp_path):
    src = _corpus(tmp_path / "src")
    out = tmp_path / "out"
    _run(src, out)
    (out / "part-00001.jsonl").unlink()
    (out / ".part-00001.jsonl.999.tmp").write_text("half a partition")  # a crashed worker's leftover
    again = _run(src, out)
    assert (again.skipped, again.documents) == (2, 3)
    assert len((out / "part-00001.jsonl").read_text().splitlines()) == 3


def test_new_files_become_new_partitions(tmp_path):
    src = _corpus(tmp_path / "src", n=3)
    out = tmp_path / "out"
    out.mkdir()
    first = plan_partitions([src], out, 3)
    (src / "new.txt").write_text(ARTICLE.format(place="حلب", n=9), encoding="utf-8")
    second = plan_partitions([src], out, 3)
    assert second[: len(first)] == first and second[-1][0].endswith("new.txt")


def test_parquet_output(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    src = _corpus(tmp_path / "src", n=4)
    report = _run(src, tmp_path / "out", fmt="parquet")
    tables = [pq.read_table(p) for p in sorted((tmp_path / "out").glob("part-*.parquet"))]
    assert report.documents == 4 and sum(t.num_rows for t in tables) == 4
    assert json.loads(tables[0].column("sentences").to_pylist()[0])[0]["start"] == 0


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_batch_output_loads_into_a_store_without_rerunning_the_pipeline(tmp_path, fmt):
    import marsad
    from marsad.ingest.runner import ingest, iter_records
    from marsad.store import open_store

    if fmt == "parquet":
        pytest.importorskip("pyarrow.parquet")
    src = _corpus(tmp_path / "src", n=5)
    _run(src, tmp_path / "out", fmt=fmt)
    with open_store(":memory:") as store:
        empty = marsad.load([])  # the pipeline is not run again: the partitions hold the analyses
        report = ingest(iter_records([tmp_path / "out"]), store, empty, progress=False)
        assert (report.stored, report.failed) == (5, 0)
        doc = store.load_document(store.list_documents()[0][0]["id"])
        assert doc.sentences and doc.processed_by[:2] == ["sentencizer", "tokenizer"]
        # the raw corpus afterwards: every article is already there (same source_ref, same text)
        again = ingest(iter_records([src]), store, empty, progress=False)
        assert again.stored == 0 and again.skipped == 5


@pytest.mark.parametrize(("failed", "exit_code"), [(0, 0), (2, 3)])
def test_cli_exit_status_says_whether_articles_failed(tmp_path, monkeypatch, failed, exit_code):
    from click.testing import CliRunner

    import marsad.batch.run as batch_run
    from marsad.cli import cli

    def fake_run_batch(paths, out_dir, **kwargs):  # the exit-status mapping only; run_batch is tested above
        return batch_run.BatchReport(partitions=1, documents=5, failed=failed)

    monkeypatch.setattr(batch_run, "run_batch", fake_run_batch)
    src = _corpus(tmp_path / "src")
    result = CliRunner().invoke(cli, ["batch", str(src), "-o", str(tmp_path / "out"), "--no-progress"])
    assert result.exit_code == exit_code, result.output
    assert json.loads(result.stdout)["failed"] == failed
