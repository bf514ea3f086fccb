#!/usr/bin/env python3
"""Author the demo boundaries: Copenhagen's districts, simplified by hand.

Drawn from general knowledge of the city (not traced from any data set): every
shared border is one list of named points, so neighbours share edges exactly.
The harbour is the gap between the west-bank and east-bank point chains;
Frederiksberg is the hole left between Nørrebro, Vesterbro, Valby, Vanløse and
Bispebjerg. Run: python3 tools/make_demo_boundaries.py > public/demo/bydele.geojson
"""
import json

P = {
    # western and northern city limits
    "W1": (12.452, 55.708), "W2": (12.460, 55.690), "W3": (12.468, 55.675),
    "W4": (12.474, 55.660), "W5": (12.480, 55.642), "VS1": (12.500, 55.636),
    "NW1": (12.455, 55.722), "N1": (12.485, 55.727), "N2": (12.515, 55.725),
    "N3": (12.540, 55.729), "N4": (12.560, 55.725), "N5": (12.578, 55.731),
    # Øresund coast and Nordhavn
    "C1": (12.590, 55.729), "C2": (12.602, 55.727), "C3": (12.630, 55.721),
    "C4": (12.632, 55.708), "C5": (12.613, 55.701), "C6": (12.598, 55.697),
    # Østerbro / Indre By / the lakes
    "OI1": (12.585, 55.694), "OI2": (12.573, 55.690),
    "L2": (12.561, 55.683), "L3": (12.555, 55.676),
    # harbour, west bank (Indre By, Vesterbro, Sydhavnen)
    "HW1": (12.601, 55.690), "HW2": (12.592, 55.680), "HW3": (12.584, 55.673),
    "H1": (12.575, 55.667), "V1": (12.563, 55.671), "HV1": (12.563, 55.661),
    "HS1": (12.555, 55.652), "HS2": (12.542, 55.644), "HS3": (12.527, 55.639),
    # harbour, east bank (Christianshavn/Holmen, Amager)
    "HN": (12.611, 55.696), "HE2": (12.598, 55.683), "HE3": (12.590, 55.675),
    "HE4": (12.581, 55.668), "HE5": (12.569, 55.658), "HE6": (12.557, 55.648),
    "HE7": (12.543, 55.637), "HE8": (12.524, 55.627), "HE9": (12.508, 55.615),
    "S1": (12.560, 55.612), "S2": (12.606, 55.620), "AT1": (12.606, 55.637),
    "AW1": (12.601, 55.652), "CA1": (12.596, 55.667), "CA2": (12.611, 55.675),
    "CA3": (12.620, 55.688), "AE1": (12.631, 55.692), "AE2": (12.641, 55.680),
    "AE3": (12.646, 55.662), "AE4": (12.648, 55.639),
    # Frederiksberg (hole) and the inner borders
    "FV1": (12.540, 55.671), "FV2": (12.521, 55.670), "FW1": (12.500, 55.675),
    "FW2": (12.494, 55.685), "FN1": (12.514, 55.692), "FN2": (12.533, 55.695),
    "NF1": (12.546, 55.688),
    "VB1": (12.463, 55.702), "VB2": (12.495, 55.700), "VB3": (12.518, 55.701),
    "BB1": (12.516, 55.712),
    "NB2": (12.538, 55.704), "NB3": (12.552, 55.709), "JBNO": (12.563, 55.706),
    "NO1": (12.570, 55.698), "BO1": (12.558, 55.715),
    "VK1": (12.545, 55.662), "VK2": (12.528, 55.664), "KV1": (12.525, 55.650),
}

# (code, name, official name, [ring] or [[ring], [ring]] for several parts)
DISTRICTS = [
    ("01", "Indre By", "Indre By", [
        ["OI2", "OI1", "C6", "HW1", "HW2", "HW3", "H1", "V1", "L3", "L2"],
        ["HN", "HE2", "HE3", "HE4", "CA1", "CA2", "CA3"],
    ]),
    ("02", "Østerbro", "Østerbro", [
        ["OI2", "NO1", "JBNO", "BO1", "N4", "N5", "C1", "C2", "C3", "C4", "C5", "C6", "OI1"],
    ]),
    ("03", "Nørrebro", "Nørrebro", [
        ["FN2", "NB2", "NB3", "JBNO", "NO1", "OI2", "L2", "NF1"],
    ]),
    ("04", "Vesterbro", "Vesterbro", [
        ["L3", "V1", "H1", "HV1", "VK1", "VK2", "FV2", "FV1"],
    ]),
    ("05", "Valby", "Valby", [
        ["W3", "W4", "W5", "VS1", "HS3", "KV1", "VK2", "FV2", "FW1"],
    ]),
    ("06", "Vanløse", "Vanløse", [
        ["FW1", "FW2", "FN1", "VB3", "VB2", "VB1", "W2", "W3"],
    ]),
    ("07", "Brønshøj-Husum", "Brønshøj-Husum", [
        ["W1", "VB1", "VB2", "VB3", "BB1", "N2", "N1", "NW1"],
    ]),
    ("08", "Bispebjerg", "Bispebjerg", [
        ["FN1", "FN2", "NB2", "NB3", "JBNO", "BO1", "N4", "N3", "N2", "BB1", "VB3"],
    ]),
    ("09", "Amager Øst", "Amager Øst", [
        ["CA1", "AW1", "AT1", "AE4", "AE3", "AE2", "AE1", "CA3", "CA2"],
    ]),
    ("10", "Amager Vest", "Amager Vest", [
        ["HE4", "HE5", "HE6", "HE7", "HE8", "HE9", "S1", "S2", "AT1", "AW1", "CA1"],
    ]),
    ("11", "Sydhavnen", "Kongens Enghave", [
        ["HV1", "HS1", "HS2", "HS3", "KV1", "VK2", "VK1"],
    ]),
]


def signed_area(ring):
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1])) / 2


def ring_coords(names):
    ring = [P[n] for n in names]
    if signed_area(ring) < 0:  # RFC 7946: exterior rings counter-clockwise
        ring.reverse()
    return [list(p) for p in ring + ring[:1]]


features = []
for code, name, official, parts in DISTRICTS:
    polys = [[ring_coords(r)] for r in parts]
    geom = ({"type": "Polygon", "coordinates": polys[0]} if len(polys) == 1
            else {"type": "MultiPolygon", "coordinates": polys})
    features.append({"type": "Feature",
                     "properties": {"bydel_kode": code, "navn": name, "officielt_navn": official},
                     "geometry": geom})

out = {
    "type": "FeatureCollection",
    "note": "forenklede demo-grænser tegnet i hånden, ikke officielle",
    "features": features,
}
print(json.dumps(out, ensure_ascii=False, indent=1))
