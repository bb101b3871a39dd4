"""A wheel (``pip install .``, not only an editable install) must carry everything marsad loads at run time.

Three checks: every data file the code opens resolves inside the ``marsad`` package folder; every non-Python file
in that folder matches a ``[tool.setuptools.package-data]`` pattern (else the wheel silently drops it); and a wheel
built from a copy of the sources, unpacked away from the repository, analyses an article and renders the web UI.
"""

from __future__ import annotations

import fnmatch
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

import marsad

REPO = Path(__file__).resolve().parent.parent
PACKAGE = Path(marsad.__file__).resolve().parent


def _runtime_artefacts() -> list[Path]:
    """The data files the running code opens, taken from the constants and functions that open them."""
    from marsad import schema
    from marsad.events import lexicon as events_lexicon
    from marsad.geo import gazetteer
    from marsad.ner import tagger
    from marsad.statements import lexicon as statements_lexicon
    from marsad.text import clitics
    from marsad.time import lexicon as time_lexicon
    from marsad.web import app

    saved = os.environ.pop("MARSAD_NER_MODEL", None)  # the bundled default, not a developer's override
    try:
        model = tagger.default_model_dir()
    finally:
        if saved is not None:
            os.environ["MARSAD_NER_MODEL"] = saved
    paths = [model / name for name in ("model.crfsuite", "clusters.tsv", "gazetteer.tsv", "manifest.json")]
    paths += [
        gazetteer.GAZETTEER_PATH,
        time_lexicon.DATA,
        Path(schema.__file__).with_name("document.schema.json"),
        PACKAGE / "ner" / "rules.json",
        app.HERE / "templates" / "base.html",
        app.HERE / "static" / "marsad.css",
    ]
    paths += sorted(Path(events_lexicon.DATA).glob("*.tsv")) + sorted(Path(statements_lexicon.DATA).glob("*.tsv"))
    paths += sorted(Path(clitics.DATA_DIR).iterdir())
    return paths


def test_runtime_artefacts_live_inside_the_package() -> None:
    for path in _runtime_artefacts():
        assert path.is_file(), path
        assert path.resolve().is_relative_to(PACKAGE), f"{path} is outside {PACKAGE}: a wheel would not ship it"


def _package_data_patterns() -> list[str]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["setuptools"]["package-data"]["*"]


def test_every_data_file_in_the_package_matches_a_package_data_pattern() -> None:
    patterns = _package_data_patterns()
    missed = [
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*")
        if path.is_file()
        and path.suffix not in {".py", ".pyc"}
        and "__pycache__" not in path.parts
        and not any(fnmatch.fnmatch(path.name, p) for p in patterns)
    ]
    assert not missed, f"not matched by [tool.setuptools.package-data], so missing from the wheel: {missed}"


# Run inside the unpacked wheel, with the repository off sys.path: analyse a report and render two pages.
_SMOKE = r"""
import sys, tempfile
from pathlib import Path
import marsad
root = Path(sys.argv[1]).resolve()
assert Path(marsad.__file__).resolve().is_relative_to(root), marsad.__file__
doc = marsad.analyze(sys.argv[2], published="2019-03-12")
doc.validate()
places = [e for e in doc.entities if e.place is not None]
print("entities", len(doc.entities), "places", len(places), "statements", len(doc.statements), "times", len(doc.times))
from fastapi.testclient import TestClient
from marsad.store import open_store
from marsad.web.app import create_app
db = str(Path(tempfile.mkdtemp()) / "w.db")
with open_store(db) as store:
    doc_id, _ = store.add_document(doc)
with TestClient(create_app(db, token="t")) as client:
    for url in ("/", "/static/marsad.css", "/map", f"/doc/{doc_id}"):
        r = client.get(url)
        assert r.status_code == 200, (url, r.status_code)
    assert "الزنجيلي" in client.get(f"/doc/{doc_id}").text
print("web ok")
"""

# Written for this test (not from any corpus).
_ARTICLE = (
    "القوات العراقية تستعيد حياً جديداً في الموصل\n"
    "قال المتحدث باسم قيادة العمليات المشتركة العميد يحيى رسول لوكالة الأنباء العراقية الثلاثاء إن القوات "
    "الأمنية استعادت السيطرة على حي الزنجيلي في الجانب الغربي من مدينة الموصل. "
    "ونفى مصدر محلي أن تكون المعارك قد انتهت، وقال إن الاشتباكات مستمرة في أطراف الحي."
)


def test_wheel_built_from_the_sources_runs_away_from_the_repository(tmp_path: Path) -> None:
    pytest.importorskip("setuptools", minversion="77")  # the backend of pyproject.toml; built without network
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, src / name)
    # a copy, so the build writes no build/ or egg-info into the working tree
    shutil.copytree(PACKAGE, src / "marsad", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    dist = tmp_path / "dist"
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q"]
    build = subprocess.run(
        [*pip_wheel, str(src), "-w", str(dist)],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    (wheel,) = dist.glob("marsad-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        for path in _runtime_artefacts():
            assert path.resolve().relative_to(PACKAGE.parent).as_posix() in names, path
        site = tmp_path / "site"
        zf.extractall(site)

    env = {k: v for k, v in os.environ.items() if k not in {"MARSAD_NER_MODEL", "PYTHONPATH"}}
    env["PYTHONPATH"] = str(site)  # before site-packages, so it shadows the editable install of the repository
    run = subprocess.run(
        [sys.executable, "-c", _SMOKE, str(site), _ARTICLE],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    counts = dict(zip(*[iter(run.stdout.split("\n")[0].split())] * 2, strict=True))
    assert int(counts["entities"]) >= 3 and int(counts["places"]) >= 1, run.stdout
    assert int(counts["statements"]) >= 1 and int(counts["times"]) >= 1, run.stdout
    assert "web ok" in run.stdout
