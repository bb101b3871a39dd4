"""The bundled offline gazetteer: loading and exact-key lookup.

``Gazetteer.load()`` reads ``data/gazetteer.tsv.gz`` (built by ``marsad.geo.build``) once per process and indexes
every Arabic name by ``marsad.text.normalize.lookup_key``. Nothing here touches the network or the build sources.
"""

from __future__ import annotations

import gzip
import threading
from dataclasses import dataclass
from pathlib import Path

from marsad.errors import ModelError

GAZETTEER_PATH = Path(__file__).parent / "data" / "gazetteer.tsv.gz"


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One place of the gazetteer (one row of the TSV)."""

    id: int
    name_ar: str
    name_en: str
    lat: float
    lon: float
    country: str  # ISO alpha-2, "" for regions spanning countries
    admin1: str
    admin2: str
    feature: str
    precision: str
    population: int
    geonameid: int | None
    source: str
    city: str  # lookup key of the containing city (neighbourhoods, sites), "" otherwise
    prior: float


class Gazetteer:
    """Name index over the gazetteer rows."""

    _instance: Gazetteer | None = None
    _lock = threading.Lock()

    def __init__(self, entries: list[GazEntry], index: dict[str, list[int]]) -> None:
        self.entries = entries
        self.index = index

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """The shared instance for the bundled file (or a fresh one for ``path``)."""
        if path is not None:
            return cls._read(path)
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls._read(GAZETTEER_PATH)
            return cls._instance

    @classmethod
    def _read(cls, path: Path) -> Gazetteer:
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                lines = fh.read().split("\n")
        except OSError as exc:
            raise ModelError(
                f"{path}: cannot read the gazetteer ({exc}); rebuild it with `python -m marsad.geo.build`"
            ) from None
        entries: list[GazEntry] = []
        index: dict[str, list[int]] = {}
        for line in lines[1:]:
            if not line:
                continue
            c = line.split("\t")
            i = len(entries)
            entries.append(
                GazEntry(
                    i,
                    c[1],
                    c[2],
                    float(c[3]),
                    float(c[4]),
                    c[5],
                    c[6],
                    c[7],
                    c[8],
                    c[9],
                    int(c[10]) if c[10] else 0,
                    int(c[11]) if c[11] else None,
                    c[12],
                    c[13],
                    float(c[14]),
                )
            )
            for key in c[0].split("|"):
                bucket = index.get(key)
                if bucket is None:
                    index[key] = [i]
                else:
                    bucket.append(i)
        if not entries:
            raise ModelError(f"{path}: the gazetteer is empty; rebuild it with `python -m marsad.geo.build`")
        return cls(entries, index)

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, key: str) -> list[GazEntry]:
        """Entries whose name has exactly this lookup key (already normalised)."""
        return [self.entries[i] for i in self.index.get(key, ())]

    def __contains__(self, key: str) -> bool:
        return key in self.index
