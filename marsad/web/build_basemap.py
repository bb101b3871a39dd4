"""Rebuild the bundled basemap ``static/world-110m.json`` from the npm package ``world-atlas`` 2.0.2.

The web UI draws events over country outlines without any tile server or CDN. The outlines come from Natural
Earth 1:110m admin-0 boundaries (public domain) as redistributed in TopoJSON by ``world-atlas`` (ISC licence,
Mike Bostock). This script decodes the TopoJSON (delta-encoded, quantised arcs) with no third-party library and
writes one SVG path per country in a plate carrée frame: ``x = lon``, ``y = -lat``, so the map's ``viewBox`` is
``-180 -90 360 180`` and an event at (lat, lon) is drawn at ``(lon, -lat)``.

Rebuild::

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m marsad.web.build_basemap /tmp/package/countries-110m.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).parent / "static" / "world-110m.json"
PRECISION = 2  # 0.01 degree is about 1 km: far below what 1:110m outlines resolve


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Absolute (lon, lat) points of every arc, undoing quantisation and delta encoding."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """Stitch a ring from arc indexes; a negative index ``~i`` means arc ``i`` reversed."""
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])  # consecutive arcs share their joining point
    return points


def unwrap(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Keep a ring that crosses the antimeridian (Fiji, Chukotka) continuous by shifting longitudes by 360.

    A segment from +180 to -180 near a pole is kept: that is Antarctica's ring closing along the map's bottom edge.
    """
    out: list[tuple[float, float]] = []
    shift = 0.0
    for i, (lon, lat) in enumerate(points):
        if i:
            prev = points[i - 1][0]
            if abs(lon - prev) > 180 and not (abs(lat) > 80 and abs(lon) == 180 and abs(prev) == 180):
                shift += 360 if lon < prev else -360
        out.append((lon + shift, lat))
    return out


def ring_paths(points: list[tuple[float, float]]) -> str:
    """Path data of a ring, plus a copy shifted by 360 degrees when unwrapping pushed it past the map edge."""
    points = unwrap(points)
    paths = ring_path(points)
    lons = [lon for lon, _ in points]
    if lons and max(lons) > 180:
        paths += ring_path([(lon - 360, lat) for lon, lat in points])
    elif lons and min(lons) < -180:
        paths += ring_path([(lon + 360, lat) for lon, lat in points])
    return paths


def ring_path(points: list[tuple[float, float]]) -> str:
    """SVG path data of one closed ring in the (lon, -lat) frame, consecutive duplicate points dropped."""
    out: list[str] = []
    last = None
    for lon, lat in points:
        xy = (round(lon, PRECISION), round(-lat, PRECISION))
        if xy == last:
            continue
        last = xy
        out.append(f"{xy[0]:g},{xy[1]:g}")
    return ("M" + "L".join(out) + "Z") if len(out) >= 3 else ""


def geometry_path(geometry: dict[str, Any], arcs: list[list[tuple[float, float]]]) -> str:
    """SVG path data of a Polygon or MultiPolygon geometry (holes drawn with the even-odd rule)."""
    polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(
        geometry["type"], []
    )
    return "".join(ring_paths(ring_points(ring, arcs)) for polygon in polygons for ring in polygon)


def build(source: Path, out: Path = OUT) -> dict[str, Any]:
    """Convert ``countries-110m.json`` into the compact path file and write it to ``out``."""
    raw = source.read_bytes()
    topology = json.loads(raw)
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        d = geometry_path(geometry, arcs)
        if d:
            countries.append({"id": geometry.get("id"), "name": geometry["properties"]["name"], "d": d})
    data = {
        "source": "world-atlas 2.0.2 countries-110m.json (Natural Earth 4.1.0 admin-0, 1:110m)",
        "source_sha256": hashlib.sha256(raw).hexdigest(),
        "licence": "Natural Earth: public domain. world-atlas packaging: ISC, Copyright 2013-2019 Michael Bostock.",
        "frame": "x = longitude, y = -latitude (degrees); viewBox -180 -90 360 180",
        "countries": countries,
    }
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, help="countries-110m.json from the world-atlas npm package")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = build(args.source, args.out)
    print(f"{len(data['countries'])} countries -> {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
