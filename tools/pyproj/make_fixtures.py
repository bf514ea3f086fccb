#!/usr/bin/env python3
"""Reference corners of grid cells, computed with pyproj (PROJ), for the native tests.

For a few cells of the European 1 km grid (INSPIRE / GEOSTAT, EPSG:3035) that
../shared/data/SOURCES.md names — central Copenhagen, Gedser, Skagen, Christiansø —
and two cells of Danmarks Statistik's kvadratnet (EPSG:25832), writes each corner
(anticlockwise from the south-west one) in lon/lat (EPSG:4326) and in the other
grid's CRS, to crates/atlas-core/tests/fixtures/pyproj/grid_cells.json.

Run from the repository root:
  python3 -m venv /tmp/pyproj-venv && /tmp/pyproj-venv/bin/pip install pyproj
  /tmp/pyproj-venv/bin/python tools/pyproj/make_fixtures.py
The Rust tests read only the committed JSON; CI never needs Python.
"""
import json

import pyproj
from pyproj import Transformer

OUT = "crates/atlas-core/tests/fixtures/pyproj/grid_cells.json"

# (code, crs of the code, size m, easting m, northing m of the south-west corner)
CELLS = [
    ("1kmN3621E4481", 3035, 1000, 4481000, 3621000),  # central Copenhagen
    ("1kmN3497E4445", 3035, 1000, 4445000, 3497000),  # Gedser
    ("1kmN3848E4354", 3035, 1000, 4354000, 3848000),  # Skagen
    ("1kmN3591E4650", 3035, 1000, 4650000, 3591000),  # Christiansø
    ("100mN36210E44810", 3035, 100, 4481000, 3621000),
    ("1km_6176_724", 25832, 1000, 724000, 6176000),  # Copenhagen
    ("100m_61780_7240", 25832, 100, 724000, 6178000),
]


def corners(e, n, s):
    return [(e, n), (e + s, n), (e + s, n + s), (e, n + s)]


def main():
    out = {
        "meta": {
            "pyproj": pyproj.__version__,
            "proj": pyproj.proj_version_str,
            "order": "x, y (lon, lat for EPSG:4326), always_xy",
        },
        "cells": [],
    }
    for code, crs, size, e, n in CELLS:
        other = 25832 if crs == 3035 else 3035
        to_ll = Transformer.from_crs(crs, 4326, always_xy=True)
        to_other = Transformer.from_crs(crs, other, always_xy=True)
        cs = corners(e, n, size)
        out["cells"].append(
            {
                "code": code,
                "epsg": crs,
                "corners": cs,
                "lonlat": [list(to_ll.transform(x, y)) for x, y in cs],
                "other_epsg": other,
                "other": [list(to_other.transform(x, y)) for x, y in cs],
            }
        )
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
