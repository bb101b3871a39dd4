import json

import pytest
from click.testing import CliRunner

from marsad.cli import cli
from marsad.schema import validate_document_json


@pytest.fixture
def article(tmp_path, sample_article):
    path = tmp_path / "article.txt"
    path.write_text(sample_article, encoding="utf-8")
    return path


def test_cli_analyze_json_validates_against_schema(article):
    result = CliRunner().invoke(cli, ["analyze", "--json", "--published", "2024-03-06", str(article)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    validate_document_json(data)
    assert data["doc"]["published"] == "2024-03-06"


def test_cli_analyze_summary_is_readable(article):
    result = CliRunner().invoke(cli, ["analyze", str(article)])
    assert result.exit_code == 0, result.output
    assert "sentences" in result.output


def test_cli_analyze_reads_stdin(sample_article):
    result = CliRunner().invoke(cli, ["analyze", "--json", "-"], input=sample_article.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["text"] == sample_article


def test_cli_analyze_html(tmp_path):
    body = "".join(f"<p>قال المتحدث باسم الوزارة إن الاجتماع الذي عقد في الرباط كان مثمرا {i}.</p>" for i in range(8))
    page = f"<html><head><title>اجتماع في الرباط</title></head><body><article>{body}</article></body></html>"
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", "--json", str(path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert "الرباط" in data["text"] and "<p>" not in data["text"]


@pytest.mark.parametrize(
    "content,message",
    [(b"", "empty"), (b"\x00\x01\x02\x03" * 500, "binary"), (b"only English here, nothing else", "no Arabic")],
)
def test_cli_analyze_bad_input_is_one_line_and_nonzero(tmp_path, content, message):
    import subprocess
    import sys

    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    proc = subprocess.run(
        [sys.executable, "-c", "from marsad.cli import main; main()", "analyze", str(path)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_cli_analyze_missing_file(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-c", "from marsad.cli import main; main()", "analyze", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2 and "no such file" in proc.stderr


def test_cli_analyze_too_large_file_gives_its_real_size_and_the_limit(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "big.txt"
    with path.open("wb") as fh:
        fh.truncate(52_000_000)  # sparse: 52 MB without writing them
    proc = subprocess.run(
        [sys.executable, "-c", "from marsad.cli import main; main()", "analyze", str(path)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "52.0 MB (52,000,000 bytes) is larger than the 20 MB" in proc.stderr, proc.stderr
    assert "split it into articles" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_cli_analyze_too_large_stdin_is_counted_to_its_end():
    from marsad.errors import InputError

    data = "خبر ".encode() * 4_000_000  # 28 MB, over the limit; the first 20 MB alone would say 20.0
    result = CliRunner().invoke(cli, ["analyze", "-"], input=data)
    assert isinstance(result.exception, InputError), result.exception  # main() prints it as one line, exit 2
    assert "<stdin>: 28.0 MB (28,000,000 bytes) is larger" in str(result.exception)


def test_cli_analyze_bad_published_date(article):
    result = CliRunner().invoke(cli, ["analyze", "--published", "yesterday", str(article)])
    assert result.exit_code != 0


def test_cli_eval_on_tiny_gold(tmp_path, sample_article):
    import hashlib

    folder = tmp_path / "tiny"
    folder.mkdir()
    (folder / "article.txt").write_text(sample_article, encoding="utf-8")
    start = sample_article.index("سراقب")
    gold = {
        "id": "tiny",
        "published": "2024-03-06",
        "text_sha256": hashlib.sha256(sample_article.encode()).hexdigest(),
        "entities": [{"start": start, "end": start + 5, "text": "سراقب", "type": "LOC", "place": None}],
        "statements": [],
        "times": [],
        "events": [],
        "claims": [],
    }
    (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "--gold", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["articles"] == 1
    assert figures["total"]["entities"]["tp"] + figures["total"]["entities"]["fn"] == 1
    result = CliRunner().invoke(cli, ["eval", "--gold", str(tmp_path), "--gold-layers", "entities", "--json"])
    assert json.loads(result.output)["total"]["entities"]["f1"] == 1.0


def test_cli_eval_refuses_gold_for_another_text(tmp_path, sample_article):
    folder = tmp_path / "tiny"
    folder.mkdir()
    (folder / "article.txt").write_text(sample_article, encoding="utf-8")
    (folder / "gold.json").write_text(json.dumps({"text_sha256": "0" * 64}), encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "--gold", str(tmp_path)])
    assert result.exit_code != 0
