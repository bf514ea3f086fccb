#!/usr/bin/env python3
"""PySAL reference values for the spatial-statistics tests of atlas-core.

WHAT
    Computes spatial weights (queen, rook, KNN k=4/k=6), global Moran's I, local
    Moran (LISA), bivariate local Moran and (spatial) empirical Bayes rates with
    PySAL, and writes them as small JSON fixtures that the Rust tests compare
    against:
        crates/atlas-core/tests/fixtures/pysal/kommuner.json  (98 municipalities)
        crates/atlas-core/tests/fixtures/pysal/sogne.json     (2,148 parishes)
    No geometry is written; the Rust side reads the same input files itself.
    CI never runs this script; it is only needed to regenerate the fixtures.

HOW TO RUN (from anywhere; paths are resolved from this file's location)
    python3 -m venv /tmp/pysal-venv
    /tmp/pysal-venv/bin/pip install libpysal esda geopandas shapely numpy pandas pyproj
    /tmp/pysal-venv/bin/python tools/pysal/make_fixtures.py
    (Optional env vars: ATLAS_SHARED_DATA, default /work/shared/data.)

VERSIONS USED for the committed fixtures (also written into each fixture under
"meta.versions"): Python 3.11.7, libpysal 4.14.1, esda 2.9.0, numpy 2.4.6,
scipy 1.17.1, shapely 2.2.0, geopandas 1.2.0, pandas 3.1.1, pyproj 3.7.2;
numba NOT installed (esda's conditional randomisation then runs as plain
Python; the permutation draws come from the same seeded generator either way).

INPUTS (read in place, never copied)
    public/eksempler/kommuner/kommuner.geojson   id = properties.kode ("0101")
    public/eksempler/kommuner/tal.csv            ';'-separated, decimal comma,
                                                 key kommune_kode (text, keep 0s)
    $SHARED/dk_dagi_2014/derived/sogne_from_topojson.geojson
                                                 id = properties.SOGNEKODE ("7002"),
                                                 2,468 Polygon features, 2,148 ids
    $SHARED/dk_geostat_1km_2021/befolkning_1km_2021_dk.csv
                                                 only to build the synthetic EB
                                                 population b (b and e are written
                                                 into the fixture, so Rust never
                                                 needs this file)

CONVENTIONS (every one is also recorded in the fixture under "conventions")
  Geometry / ids
    * JSON parsed with Python's json module (correctly rounded doubles). Features
      sharing an id are grouped, in file order, into one MultiPolygon made of all
      their parts (no union / dissolve). Ids are kept as text.
    * Contiguity (libpysal Queen/Rook.from_dataframe(gdf, ids=list_of_codes)):
      queen = the two areas share at least one vertex with EXACTLY equal
      coordinates (any ring, holes included); rook = they share at least one edge
      (pair of consecutive ring vertices, direction ignored, exact equality). No
      tolerance, no snapping. Because `ids` is passed, `use_index` is ignored
      (it is only consulted when ids is None); the script checks that
      use_index=True/False give identical neighbours. The script also recomputes
      queen/rook in plain Python (per ring, exact vertex / edge sets) and asserts
      they equal libpysal's (libpysal chains all rings of a MultiPolygon into one
      vertex list for rook, which could in theory create a spurious edge between
      two rings; the check shows it does not change any result here).
    * KNN (libpysal KNN.from_array(points, k, ids)): Euclidean distance between
      one point per area: take the area's "largest polygon" = the part whose
      EXTERIOR ring has the largest absolute shoelace area computed on the raw
      lon/lat coordinates (first in file order on an exact tie); point = arithmetic
      mean of that exterior ring's vertices, EXCLUDING the closing vertex (the
      last vertex is dropped when it equals the first); then project with
      x = lon * cos(56 degrees) (= lon * cos(56*pi/180)), y = lat. The points are
      written into the fixture. The script checks there is no distance tie at the
      k-th/(k+1)-th neighbour.
  Islands and missing values (the app leaves both out)
    * For each (indicator, weights) analysis: drop every area with a missing
      value or with no neighbours in the full weights; take
      libpysal.weights.w_subset(w, kept_ids) (a binary subset: neighbours outside
      the kept set are removed, KNN is NOT recomputed, so a KNN area may end up
      with fewer than k neighbours); if that creates new islands drop them and
      repeat until stable; then w.transform = 'r' (row-standardise). "dropped"
      lists every removed id with its reason ("missing", "island",
      "island_after_subset"; "missing" is reported when an area is both).
  Global Moran (esda.Moran(y, w, permutations=999), transformation 'r', two-tailed,
    np.random.seed(12345) immediately before the call):
    * z = y - mean(y); I = n/S0 * sum_i z_i * sum_j w_ij z_j / sum_i z_i^2.
    * EI = -1/(n-1). VI_norm = (n^2 S1 - n S2 + 3 S0^2)/((n-1)(n+1) S0^2) - EI^2
      (normality assumption), S0 = sum w_ij, S1 = 1/2 sum (w_ij + w_ji)^2,
      S2 = sum_i (sum_j w_ij + sum_j w_ji)^2. p_norm = 2*(1 - Phi(|z_norm|)).
    * p_sim: larger = #(I_perm >= I); if 999 - larger < larger then
      larger = 999 - larger; p_sim = (larger+1)/1000 (folded, "directed").
      z_sim = (I - mean(I_perm)) / std(I_perm, ddof=0). The permutation values
      depend on numpy's Mersenne Twister, so Rust can only match them loosely.
  Local Moran (esda.Moran_Local(y, w, permutations=999, seed=12345),
    transformation 'r', geoda_quads=False):
    * z_i = (y_i - mean(y)) / std(y) with std POPULATION (ddof=0), over the kept
      areas only.
    * Is_i = (n-1) * z_i * lag_i / sum_j z_j^2, lag_i = sum_j w_ij z_j (row-
      standardised). Because sum z^2 = n with ddof=0, Is_i = (n-1)/n * z_i * lag_i.
    * q: 1 = HH (z>0, lag>0), 2 = LH (z<=0, lag>0), 3 = LL (z<=0, lag<=0),
      4 = HL (z>0, lag<=0). Note: z == 0 or lag == 0 count as "low".
    * p_sim: conditional permutation (site i fixed, its neighbours' values drawn
      from the other n-1 areas), 999 draws, folded as for the global p_sim.
  Bivariate local Moran (esda.Moran_Local_BV(x, y, w, permutations=999,
    seed=12345), x = disposable_income_raw, y = voter_turnout_pct):
    * zx, zy standardised as above (ddof=0). Is_i = (n-1) * zx_i * lag(zy)_i /
      sum_j zx_j^2 = (n-1)/n * zx_i * sum_j w_ij zy_j. x is the value AT i; y is
      the LAGGED variable. q uses zx_i and lag(zy)_i with the same coding.
    * permutations permute y over the other areas, x_i stays fixed.
  Empirical Bayes (esda.smoothing):
    * There is no raw count and no population column in tal.csv. The population
      b is synthetic-but-real: residents 2021 from the DST GEOSTAT 1 km grid
      (EPSG:3035), each cell's centre (e_km*1000+500, n_km*1000+500) transformed
      to lon/lat with pyproj and assigned to the municipality polygon that
      contains it (shapely covers), else to the nearest municipality in the
      x = lon*cos56, y = lat plane. The event count is
      e_i = round(voter_turnout_pct_i/100 * b_i) (Python round: half to even).
      Both e and b are written into the fixture.
    * Global EB, Empirical_Bayes(e, b) on all 98 areas (weights not involved):
      m = sum e / sum b; r_i = e_i/b_i;
      v = sum_i b_i (r_i - m)^2 / sum b  -  m / mean(b)   (NOT clipped at 0);
      W_i = v / (v + m/b_i); smoothed_i = W_i r_i + (1 - W_i) m.
    * Spatial EB, Spatial_Empirical_Bayes(e, b, w_queen): always uses BINARY
      weights (esda's Spatial_Rate sets transform 'b' then restores the original
      binary weights) and each area's window N_i = its neighbours plus itself:
      m_i = sum_{N_i} e / sum_{N_i} b; B_i = sum_{N_i} b;
      v_i = sum_{j in N_i} b_j (r_j - m_i)^2 / B_i  -  m_i / (B_i / |N_i|),
      clipped at 0 when negative;
      smoothed_i = m_i + (r_i - m_i) * v_i / (v_i + m_i / b_i).
      Written twice: "seb_queen" on the island-free subset (islands dropped,
      w_subset, as for Moran) and "seb_queen_with_islands" on all 98 areas (an
      island's window is itself only, so v_i < 0 -> 0 and it keeps its raw rate).
  Parish synthetic indicators (recomputable from the GeoJSON alone):
    * code_mod_97 = float(int(SOGNEKODE) mod 97).
    * ring_mean_lat = y (latitude) of the KNN point defined above (mean of the
      largest part's exterior-ring vertices, closing vertex excluded).
  Numbers are rounded to 12 significant digits; NaN/inf are written as null.
"""
import csv
import json
import math
import os
import platform
import sys
import warnings
from collections import OrderedDict

import numpy as np

warnings.filterwarnings("ignore")

import esda  # noqa: E402
import geopandas as gpd  # noqa: E402
import libpysal  # noqa: E402
import pandas as pd  # noqa: E402
import pyproj  # noqa: E402
import scipy  # noqa: E402
import shapely  # noqa: E402
from esda.moran import Moran, Moran_Local, Moran_Local_BV  # noqa: E402
from esda.smoothing import Empirical_Bayes, Spatial_Empirical_Bayes  # noqa: E402
from libpysal.weights import KNN, Queen, Rook, w_subset  # noqa: E402
from shapely.geometry import MultiPolygon, Point, Polygon  # noqa: E402
from shapely.strtree import STRtree  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = os.environ.get("ATLAS_SHARED_DATA", "/work/shared/data")
KOM_GEOJSON = os.path.join(ROOT, "public/eksempler/kommuner/kommuner.geojson")
KOM_CSV = os.path.join(ROOT, "public/eksempler/kommuner/tal.csv")
SOGNE_GEOJSON = os.path.join(SHARED, "dk_dagi_2014/derived/sogne_from_topojson.geojson")
GRID_CSV = os.path.join(SHARED, "dk_geostat_1km_2021/befolkning_1km_2021_dk.csv")
OUT = os.path.join(ROOT, "crates/atlas-core/tests/fixtures/pysal")

SEED = 12345
PERMS = 999
COS56 = math.cos(math.radians(56.0))


# ----------------------------------------------------------------- helpers
def r12(x):
    """Round to 12 significant digits; NaN/inf -> None; ints stay ints."""
    if x is None:
        return None
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    x = float(x)
    if not math.isfinite(x):
        return None
    if x == 0.0:
        return 0.0
    return float(f"{x:.12g}")


def rlist(xs):
    return [r12(x) for x in xs]


def rel(path):
    return os.path.relpath(path, ROOT) if path.startswith(ROOT) else path.replace(SHARED, "$SHARED")


def versions():
    try:
        import numba  # noqa: F401

        nb = numba.__version__
    except ImportError:
        nb = None
    return OrderedDict(
        python=platform.python_version(),
        libpysal=libpysal.__version__,
        esda=esda.__version__,
        numpy=np.__version__,
        scipy=scipy.__version__,
        shapely=shapely.__version__,
        geopandas=gpd.__version__,
        pandas=pd.__version__,
        pyproj=pyproj.__version__,
        numba=nb,
    )


def dump(obj, path):
    """JSON with indentation, but arrays of scalars kept on one line."""

    def enc(o, ind):
        pad = " " * ind
        if isinstance(o, dict):
            if not o:
                return "{}"
            if len(o) <= 4 and all(not isinstance(v, (dict, list)) for v in o.values()):
                return json.dumps(o, ensure_ascii=False, separators=(", ", ": "))
            items = [f'{pad} {json.dumps(k, ensure_ascii=False)}: {enc(v, ind + 1)}' for k, v in o.items()]
            return "{\n" + ",\n".join(items) + "\n" + pad + "}"
        if isinstance(o, list):
            if all(not isinstance(v, (dict, list)) for v in o):
                return json.dumps(o, ensure_ascii=False, separators=(",", ":"))
            items = [f"{pad} {enc(v, ind + 1)}" for v in o]
            return "[\n" + ",\n".join(items) + "\n" + pad + "]"
        return json.dumps(o, ensure_ascii=False)

    with open(path, "w", encoding="utf-8") as f:
        f.write(enc(obj, 0))
        f.write("\n")


def ring_area(ring):
    s = 0.0
    for (x0, y0), (x1, y1) in zip(ring[:-1], ring[1:]):
        s += x0 * y1 - x1 * y0
    if ring[0] != ring[-1]:
        (x0, y0), (x1, y1) = ring[-1], ring[0]
        s += x0 * y1 - x1 * y0
    return abs(s) / 2.0


def ring_mean(ring):
    pts = ring[:-1] if ring[0] == ring[-1] else ring
    n = len(pts)
    return sum(p[0] for p in pts) / n, sum(p[1] for p in pts) / n


def load_areas(path, key):
    """Group features by id (file order); return ids, parts-per-id."""
    with open(path, encoding="utf-8") as f:
        fc = json.load(f)
    parts = OrderedDict()
    for ft in fc["features"]:
        k = ft["properties"][key]
        assert isinstance(k, str), (key, k)
        g = ft["geometry"]
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        assert g["type"] in ("Polygon", "MultiPolygon")
        parts.setdefault(k, []).extend(polys)
    return list(parts.keys()), parts, len(fc["features"])


def area_point(polys):
    best, best_a = None, -1.0
    for p in polys:
        a = ring_area(p[0])
        if a > best_a:
            best, best_a = p, a
    lon, lat = ring_mean(best[0])
    return lon * COS56, lat


def to_shapely(polys):
    return MultiPolygon([Polygon(p[0], p[1:]) for p in polys])


def plain_contiguity(ids, parts):
    """Independent exact-coordinate queen/rook, per ring."""
    vmap, emap = {}, {}
    for k in ids:
        for p in parts[k]:
            for ring in p:
                pts = [tuple(c) for c in ring]
                if pts[0] != pts[-1]:
                    pts.append(pts[0])
                for v in pts:
                    vmap.setdefault(v, set()).add(k)
                for a, b in zip(pts[:-1], pts[1:]):
                    e = (a, b) if a <= b else (b, a)
                    emap.setdefault(e, set()).add(k)
    out = {}
    for name, m in (("queen", vmap), ("rook", emap)):
        nb = {k: set() for k in ids}
        for s in m.values():
            if len(s) > 1:
                for k in s:
                    nb[k] |= s - {k}
        out[name] = {k: sorted(v) for k, v in nb.items()}
    return out


def build_weights(ids, parts):
    geoms = [to_shapely(parts[k]) for k in ids]
    gdf = gpd.GeoDataFrame({"id": ids}, geometry=geoms, crs="EPSG:4326")
    ws = OrderedDict()
    ws["queen"] = Queen.from_dataframe(gdf, ids=list(ids), silence_warnings=True)
    ws["rook"] = Rook.from_dataframe(gdf, ids=list(ids), silence_warnings=True)
    # use_index check: ids given -> use_index ignored
    gi = gdf.set_index("id", drop=False)
    q_t = Queen.from_dataframe(gi, ids=list(ids), use_index=True, silence_warnings=True)
    q_f = Queen.from_dataframe(gi, ids=list(ids), use_index=False, silence_warnings=True)
    q_idx = Queen.from_dataframe(gi, use_index=True, silence_warnings=True)
    use_index_same = all(
        sorted(q_t.neighbors[k]) == sorted(q_f.neighbors[k]) == sorted(q_idx.neighbors[k])
        == sorted(ws["queen"].neighbors[k])
        for k in ids
    )
    plain = plain_contiguity(ids, parts)
    for name in ("queen", "rook"):
        for k in ids:
            assert sorted(ws[name].neighbors[k]) == plain[name][k], (name, k)
    pts = np.array([area_point(parts[k]) for k in ids])
    knn_gap = {}
    for k in (4, 6):
        w = KNN.from_array(pts, k=k, ids=list(ids), silence_warnings=True)
        ws[f"knn{k}"] = w
        # tie check: gap between k-th and (k+1)-th nearest distances
        d = np.sqrt(((pts[:, None, :] - pts[None, :, :]) ** 2).sum(-1))
        np.fill_diagonal(d, np.inf)
        ds = np.sort(d, axis=1)
        knn_gap[f"knn{k}"] = float((ds[:, k] - ds[:, k - 1]).min())
        for i, a in enumerate(ids):
            expect = sorted(ids[j] for j in np.argsort(d[i], kind="stable")[:k])
            assert sorted(w.neighbors[a]) == expect, (k, a)
    for w in ws.values():
        assert list(w.id_order) == list(ids)
    return ws, pts, use_index_same, knn_gap


def weights_summary(w, ids, with_lists):
    card = [len(w.neighbors[k]) for k in ids]
    out = OrderedDict()
    if with_lists:
        out["neighbours"] = [sorted(w.neighbors[k]) for k in ids]
    out["cardinality"] = card
    out["islands"] = sorted(k for k in ids if len(w.neighbors[k]) == 0)
    out["min"] = min(card)
    out["mean"] = r12(sum(card) / len(card))
    out["max"] = max(card)
    out["asymmetric_pairs"] = sum(
        1 for a in ids for b in w.neighbors[a] if a not in w.neighbors[b]
    )
    return out


def prepare(w_full, ids, values):
    """Drop missing + islands, subset, repeat; return kept ids, w ('r'), dropped."""
    dropped = []
    kept = []
    for k in ids:
        v = values[k]
        if v is None or not math.isfinite(v):
            dropped.append({"id": k, "reason": "missing"})
        elif len(w_full.neighbors[k]) == 0:
            dropped.append({"id": k, "reason": "island"})
        else:
            kept.append(k)
    while True:
        w = w_subset(w_full, kept, silence_warnings=True)
        new_islands = [k for k in kept if len(w.neighbors[k]) == 0]
        if not new_islands:
            break
        for k in new_islands:
            dropped.append({"id": k, "reason": "island_after_subset"})
        kept = [k for k in kept if k not in set(new_islands)]
    assert list(w.id_order) == kept
    w.transform = "r"
    return kept, w, dropped


def global_moran(y, w):
    np.random.seed(SEED)
    m = Moran(y, w, permutations=PERMS)
    return OrderedDict(
        n=int(m.n),
        I=r12(m.I),
        EI=r12(m.EI),
        VI_norm=r12(m.VI_norm),
        seI_norm=r12(m.seI_norm),
        z_norm=r12(m.z_norm),
        p_norm=r12(m.p_norm),
        VI_rand=r12(m.VI_rand),
        z_rand=r12(m.z_rand),
        p_rand=r12(m.p_rand),
        p_sim=r12(m.p_sim),
        EI_sim=r12(m.EI_sim),
        seI_sim=r12(m.seI_sim),
        z_sim=r12(m.z_sim),
        s0=r12(w.s0),
        s1=r12(w.s1),
        s2=r12(w.s2),
    )


def local_moran(y, w, with_p=True):
    lm = Moran_Local(y, w, permutations=PERMS, seed=SEED)
    # verify the documented formula
    z = (y - y.mean()) / y.std()
    lag = libpysal.weights.lag_spatial(w, z)
    assert np.allclose(lm.Is, (len(y) - 1) / len(y) * z * lag, rtol=0, atol=1e-12)
    out = OrderedDict(Is=rlist(lm.Is), q=[int(v) for v in lm.q])
    if with_p:
        out["p_sim"] = rlist(lm.p_sim)
    return out


def read_tal():
    with open(KOM_CSV, encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter=";"))
    head = rows[0]
    tab = {}
    for r in rows[1:]:
        rec = {}
        for h, v in zip(head, r):
            if h in ("kommune_kode", "kommune"):
                rec[h] = v
            else:
                v = v.strip()
                rec[h] = float(v.replace(",", ".")) if v else None
        tab[rec["kommune_kode"]] = rec
    return head, tab


def grid_population(ids, parts):
    geoms = [to_shapely(parts[k]) for k in ids]
    tree = STRtree(geoms)
    scaled = [shapely.transform(g, lambda c: c * np.array([COS56, 1.0])) for g in geoms]
    stree = STRtree(scaled)
    tr = pyproj.Transformer.from_crs("EPSG:3035", "EPSG:4326", always_xy=True)
    pop = {k: 0 for k in ids}
    n_inside = n_nearest = 0
    with open(GRID_CSV, encoding="utf-8") as f:
        rd = csv.DictReader(f)
        cells = [(int(r["n_km"]), int(r["e_km"]), int(r["befolkning"])) for r in rd]
    xs = np.array([c[1] * 1000 + 500 for c in cells], dtype=float)
    ys = np.array([c[0] * 1000 + 500 for c in cells], dtype=float)
    lon, lat = tr.transform(xs, ys)
    for (n_km, e_km, p), lo, la in zip(cells, lon, lat):
        pt = Point(lo, la)
        hit = [i for i in tree.query(pt, predicate="intersects") if geoms[i].covers(pt)]
        if hit:
            i = min(hit)
            n_inside += 1
        else:
            i = int(stree.query_nearest(Point(lo * COS56, la))[0])
            n_nearest += 1
        pop[ids[i]] += p
    return pop, n_inside, n_nearest, sum(c[2] for c in cells)


# ----------------------------------------------------------------- kommuner
def kommuner(meta):
    ids, parts, n_feat = load_areas(KOM_GEOJSON, "kode")
    head, tab = read_tal()
    assert sorted(ids) == sorted(tab.keys()), "geojson and tal.csv ids differ"
    ws, pts, use_index_same, knn_gap = build_weights(ids, parts)

    out = OrderedDict()
    out["meta"] = meta
    out["meta"]["inputs"] = {
        "geometry": rel(KOM_GEOJSON),
        "geometry_id_property": "kode",
        "features": n_feat,
        "table": rel(KOM_CSV),
        "table_key_column": "kommune_kode",
        "population_grid_for_eb_b": rel(GRID_CSV),
    }
    out["meta"]["use_index_matters"] = not use_index_same
    out["meta"]["knn_min_gap_kth_to_next"] = {k: r12(v) for k, v in knn_gap.items()}
    out["ids"] = ids
    out["points"] = [[r12(x), r12(y)] for x, y in pts]
    out["weights"] = OrderedDict((name, weights_summary(w, ids, True)) for name, w in ws.items())

    variables = ["disposable_income_raw", "voter_turnout_pct", "life_expectancy_raw"]
    out["values"] = OrderedDict((v, [r12(tab[k][v]) for k in ids]) for v in variables)

    analyses = OrderedDict()
    for v in variables:
        vals = {k: tab[k][v] for k in ids}
        for wname, wf in ws.items():
            kept, w, dropped = prepare(wf, ids, vals)
            y = np.array([vals[k] for k in kept], dtype=float)
            a = OrderedDict()
            a["variable"] = v
            a["weights"] = wname
            a["ids"] = kept
            a["dropped"] = dropped
            a["global"] = global_moran(y, w)
            a["local"] = local_moran(y, w)
            analyses[f"{v}|{wname}"] = a
    out["moran"] = analyses

    bv = OrderedDict()
    x_name, y_name = "disposable_income_raw", "voter_turnout_pct"
    for wname in ("queen", "knn6"):
        vals = {
            k: (tab[k][x_name] if tab[k][y_name] is not None else None) for k in ids
        }
        kept, w, dropped = prepare(ws[wname], ids, vals)
        x = np.array([tab[k][x_name] for k in kept], dtype=float)
        y = np.array([tab[k][y_name] for k in kept], dtype=float)
        m = Moran_Local_BV(x, y, w, permutations=PERMS, seed=SEED)
        zx = (x - x.mean()) / x.std()
        zy = (y - y.mean()) / y.std()
        lag = libpysal.weights.lag_spatial(w, zy)
        assert np.allclose(m.Is, (len(x) - 1) / len(x) * zx * lag, rtol=0, atol=1e-12)
        bv[f"{x_name}~{y_name}|{wname}"] = OrderedDict(
            x=x_name,
            y=y_name,
            lagged="y",
            weights=wname,
            ids=kept,
            dropped=dropped,
            Is=rlist(m.Is),
            q=[int(v) for v in m.q],
            p_sim=rlist(m.p_sim),
        )
    out["bivariate"] = bv

    # ---- empirical Bayes
    pop, n_in, n_near, total = grid_population(ids, parts)
    b = {k: pop[k] for k in ids}
    e = {k: int(round(tab[k]["voter_turnout_pct"] / 100.0 * b[k])) for k in ids}
    eb = OrderedDict()
    eb["count_column"] = "synthetic: e = round(voter_turnout_pct/100 * b)"
    eb["population_column"] = (
        "synthetic: b = 2021 residents from the GEOSTAT 1 km grid, cell centre in "
        "municipality (else nearest); see header of make_fixtures.py"
    )
    eb["grid_cells_inside"] = n_in
    eb["grid_cells_nearest"] = n_near
    eb["grid_total_residents"] = total
    eb["ids"] = ids
    eb["e"] = [e[k] for k in ids]
    eb["b"] = [b[k] for k in ids]
    ev = np.array(eb["e"], dtype=float)
    bvv = np.array(eb["b"], dtype=float)
    ge = Empirical_Bayes(ev, bvv).r.flatten()
    # verify documented formula
    m_ = ev.sum() / bvv.sum()
    rr = ev / bvv
    var = (bvv * (rr - m_) ** 2).sum() / bvv.sum() - m_ / bvv.mean()
    wt = var / (var + m_ / bvv)
    assert np.allclose(ge, wt * rr + (1 - wt) * m_, rtol=1e-13, atol=0)
    eb["raw_rate"] = rlist(rr)
    eb["global_eb"] = OrderedDict(
        r_mean=r12(m_), variance=r12(var), smoothed=rlist(ge)
    )
    # spatial EB on the island-free subset
    vals = {k: rr[i] for i, k in enumerate(ids)}
    kept, wq, dropped = prepare(ws["queen"], ids, vals)
    idx = [ids.index(k) for k in kept]
    seb = Spatial_Empirical_Bayes(ev[idx], bvv[idx], wq).r.flatten()
    eb["seb_queen"] = OrderedDict(ids=kept, dropped=dropped, smoothed=rlist(seb))
    wq_all = Queen.from_dataframe(
        gpd.GeoDataFrame({"id": ids}, geometry=[to_shapely(parts[k]) for k in ids]),
        ids=list(ids),
        silence_warnings=True,
    )
    seb_all = Spatial_Empirical_Bayes(ev, bvv, wq_all).r.flatten()
    eb["seb_queen_with_islands"] = OrderedDict(ids=ids, smoothed=rlist(seb_all))
    out["empirical_bayes"] = eb
    return out


# ----------------------------------------------------------------- sogne
def sogne(meta):
    ids, parts, n_feat = load_areas(SOGNE_GEOJSON, "SOGNEKODE")
    ws, pts, use_index_same, knn_gap = build_weights(ids, parts)
    out = OrderedDict()
    out["meta"] = meta
    out["meta"]["inputs"] = {
        "geometry": rel(SOGNE_GEOJSON),
        "geometry_id_property": "SOGNEKODE",
        "features": n_feat,
    }
    out["meta"]["use_index_matters"] = not use_index_same
    out["meta"]["knn_min_gap_kth_to_next"] = {k: r12(v) for k, v in knn_gap.items()}
    out["ids"] = ids
    out["points"] = [[r12(x), r12(y)] for x, y in pts]
    out["weights"] = OrderedDict((n, weights_summary(w, ids, False)) for n, w in ws.items())
    ind = OrderedDict()
    ind["code_mod_97"] = {k: float(int(k) % 97) for k in ids}
    ind["ring_mean_lat"] = {k: float(pts[i][1]) for i, k in enumerate(ids)}
    out["indicators"] = OrderedDict(
        (n, [r12(v[k]) for k in ids]) for n, v in ind.items()
    )
    an = OrderedDict()
    for n, vals in ind.items():
        for wname in ("queen", "rook", "knn6"):
            kept, w, dropped = prepare(ws[wname], ids, vals)
            y = np.array([vals[k] for k in kept], dtype=float)
            a = OrderedDict(variable=n, weights=wname)
            a["n"] = len(kept)
            a["dropped"] = dropped
            a["global"] = global_moran(y, w)
            if wname == "queen":
                a["ids"] = kept
                a["local"] = local_moran(y, w)
            an[f"{n}|{wname}"] = a
    out["moran"] = an
    return out


def conventions():
    return OrderedDict(
        contiguity="exact coordinate equality; queen = shared vertex, rook = shared edge (consecutive ring vertices, undirected); all parts of an id grouped, no dissolve; ids passed explicitly so use_index is ignored",
        knn_point="largest part by |shoelace area| of exterior ring on raw lon/lat (first on tie); mean of its exterior-ring vertices excluding the closing vertex; x = lon*cos(56 deg), y = lat; Euclidean",
        islands_missing="drop missing values and islands of the full W (reason 'missing' wins when both apply); w_subset to kept ids (binary, KNN not recomputed); drop new islands and repeat until stable; then transform 'r'",
        z_standardisation="local and bivariate: z = (y - mean)/std with ddof=0 over kept areas; global Moran uses z = y - mean (scale-free)",
        local_moran="Is_i = (n-1) z_i lag_i / sum z^2 = (n-1)/n z_i sum_j w_ij z_j; q 1=HH 2=LH 3=LL 4=HL, z<=0 / lag<=0 count as low",
        bivariate="Is_i = (n-1)/n zx_i sum_j w_ij zy_j; x at i, y lagged",
        p_sim="999 permutations, folded: larger=#(sim>=obs); if 999-larger<larger: larger=999-larger; p=(larger+1)/1000; global: np.random.seed(12345) before Moran(); local: seed=12345",
        global_eb="m=sum e/sum b; v=sum b(r-m)^2/sum b - m/mean(b) (not clipped); W=v/(v+m/b); EB=W r+(1-W) m",
        spatial_eb="binary W plus self; m_i=sum e/sum b over window; v_i=sum b_j(r_j-m_i)^2/B_i - m_i/(B_i/|N_i|), clipped at 0; EB=m_i+(r_i-m_i) v_i/(v_i+m_i/b_i)",
        rounding="12 significant digits; NaN/inf -> null",
    )


def main():
    os.makedirs(OUT, exist_ok=True)
    base = OrderedDict(
        generator="tools/pysal/make_fixtures.py",
        versions=versions(),
        seed=SEED,
        permutations=PERMS,
        conventions=conventions(),
    )
    k = kommuner(json.loads(json.dumps(base)))
    dump(k, os.path.join(OUT, "kommuner.json"))
    s = sogne(json.loads(json.dumps(base)))
    dump(s, os.path.join(OUT, "sogne.json"))
    print("wrote", os.path.join(OUT, "kommuner.json"), os.path.join(OUT, "sogne.json"))


if __name__ == "__main__":
    sys.exit(main())
