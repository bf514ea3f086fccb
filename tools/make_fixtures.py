#!/usr/bin/env python3
"""Author the small boundary fixtures in tests/fixtures/ (run from the repo root).

Each file exercises one case of issue 3: CRS forms, geometry shapes, split parts,
validation problems, and broken input. Coordinates are made up around Copenhagen
(and Bornholm for UTM 33); nothing is derived from real boundary data.
"""
import json, math, os

B = "tests/fixtures/boundaries"
BAD = "tests/fixtures/bad"
os.makedirs(B, exist_ok=True)
os.makedirs(BAD, exist_ok=True)


def write(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(obj, str):
            f.write(obj)
        else:
            json.dump(obj, f, ensure_ascii=False, indent=1)


def square(x0, y0, x1, y1):
    return [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]


def fc(features, **extra):
    return {"type": "FeatureCollection", **extra, "features": features}


def feat(props, geom):
    return {"type": "Feature", "properties": props, "geometry": geom}


def poly(coords):
    return {"type": "Polygon", "coordinates": coords}


def two_areas(xs, ys, crs=None):
    """Two neighbouring squares sharing the edge x = xs[1]."""
    extra = {"crs": crs} if crs else {}
    return fc([
        feat({"kode": "0101", "navn": "Vest"}, poly(square(xs[0], ys[0], xs[1], ys[1]))),
        feat({"kode": "0147", "navn": "Øst"}, poly(square(xs[1], ys[0], xs[2], ys[1]))),
    ], **extra)


utm = ([720000, 724000, 728000], [6172000, 6176000])
write(f"{B}/utm32_no_crs.geojson", two_areas(*utm))
write(f"{B}/utm32_urn.geojson", two_areas(*utm, crs={"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25832"}}))
write(f"{B}/utm32_short_name.geojson", two_areas(*utm, crs={"type": "name", "properties": {"name": "EPSG:25832"}}))
write(f"{B}/utm32_epsg_object.geojson", two_areas(*utm, crs={"type": "EPSG", "properties": {"code": "25832"}}))
write(f"{B}/crs84.geojson", two_areas([12.50, 12.56, 12.62], [55.65, 55.70], crs={"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}))
write(f"{B}/etrs89_4258.geojson", two_areas([12.50, 12.56, 12.62], [55.65, 55.70], crs={"type": "name", "properties": {"name": "EPSG:4258"}}))
R = 6378137.0
merc = lambda lon, lat: (R * math.radians(lon), R * math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))
(x0, y0), (x2, y1) = merc(12.50, 55.65), merc(12.62, 55.70)
x1 = (x0 + x2) / 2
write(f"{B}/web_mercator_3857.geojson", two_areas([round(x0, 2), round(x1, 2), round(x2, 2)], [round(y0, 2), round(y1, 2)], crs={"type": "name", "properties": {"name": "EPSG:3857"}}))
write(f"{B}/utm33_bornholm.geojson", two_areas([480000, 490000, 500000], [6100000, 6110000], crs={"type": "name", "properties": {"name": "EPSG:25833"}}))

write(f"{B}/single_feature.geojson", feat({"kode": "0101", "navn": "Alene"}, poly(square(12.5, 55.65, 12.6, 55.7))))
write(f"{B}/bare_multipolygon.geojson", {"type": "MultiPolygon", "coordinates": [square(12.5, 55.65, 12.55, 55.7), square(12.6, 55.65, 12.65, 55.7)]})
write(f"{B}/geometry_collection.geojson", fc([
    feat({"kode": "01", "navn": "Samling"}, {"type": "GeometryCollection", "geometries": [
        poly(square(12.50, 55.65, 12.55, 55.70)),
        {"type": "MultiPolygon", "coordinates": [square(12.56, 55.65, 12.60, 55.70)]},
        {"type": "Point", "coordinates": [12.58, 55.72]},
    ]}),
    feat({"kode": "02", "navn": "Nabo"}, poly(square(12.60, 55.65, 12.65, 55.70))),
    feat({"kode": "03", "navn": "Et punkt"}, {"type": "Point", "coordinates": [12.58, 55.66]}),
    feat({"kode": "04", "navn": "En linje"}, {"type": "LineString", "coordinates": [[12.5, 55.6], [12.6, 55.6]]}),
]))
# DAGI style: one Polygon per part, parts share the code; codes keep leading zeros.
write(f"{B}/split_parts.geojson", fc([
    feat({"ogc_fid": 1, "KOMKODE": "0101", "KOMNAVN": "København"}, poly(square(12.50, 55.65, 12.55, 55.70))),
    feat({"ogc_fid": 2, "KOMKODE": "0147", "KOMNAVN": "Frederiksberg"}, poly(square(12.55, 55.65, 12.60, 55.70))),
    feat({"ogc_fid": 3, "KOMKODE": "0101", "KOMNAVN": "København"}, poly(square(12.60, 55.65, 12.65, 55.70))),
    feat({"ogc_fid": 4, "KOMKODE": "0101", "KOMNAVN": "København"}, poly(square(12.60, 55.60, 12.65, 55.65))),
]))
bowtie = [[[12.50, 55.60], [12.55, 55.65], [12.55, 55.60], [12.50, 55.65], [12.50, 55.60]]]
# District names a spreadsheet would run as formulas, and markup (rendered as text).
write(f"{B}/formula_names.geojson", fc([
    feat({"kode": "01", "navn": "=HYPERLINK(\"http://example.com\",\"klik\")"}, poly(square(12.50, 55.65, 12.55, 55.70))),
    feat({"kode": "02", "navn": "@SUM(A1:A9)"}, poly(square(12.55, 55.65, 12.60, 55.70))),
    feat({"kode": "03", "navn": "+45 Nord"}, poly(square(12.60, 55.65, 12.65, 55.70))),
    feat({"kode": "04", "navn": "-Vest <b>fed</b>"}, poly(square(12.65, 55.65, 12.70, 55.70))),
]))
write(f"{B}/validation_problems.geojson", fc([
    feat({"kode": "01", "navn": "God"}, poly(square(12.50, 55.65, 12.55, 55.70))),
    feat({"kode": "02", "navn": "Uden geometri"}, None),
    feat({"kode": "03", "navn": "Åben ring"}, poly([[[12.55, 55.65], [12.60, 55.65], [12.60, 55.70], [12.55, 55.70]]])),
    feat({"kode": "04", "navn": "To punkter"}, poly([[[12.60, 55.65], [12.65, 55.65], [12.60, 55.65]]])),
    feat({"kode": "05", "navn": "Uden for kloden"}, poly(square(12.60, 55.65, 500.0, 55.70))),
    feat({"kode": "06", "navn": "Sløjfe"}, poly(bowtie)),
    feat({"kode": "07", "navn": "Dublet A"}, poly(square(12.65, 55.65, 12.70, 55.70))),
    feat({"kode": "07", "navn": "Dublet B"}, poly(square(12.70, 55.65, 12.75, 55.70))),
]))

write(f"{BAD}/not_json.geojson", "Dette er ikke JSON, men en tekstfil med et forkert navn.\n")
write(f"{BAD}/truncated.geojson", json.dumps(two_areas([12.50, 12.56, 12.62], [55.65, 55.70]))[:180])
write(f"{BAD}/topojson_not_geojson.json", {"type": "Topology", "objects": {"x": {"type": "GeometryCollection", "geometries": []}}, "arcs": []})
write(f"{BAD}/empty_collection.geojson", fc([]))
write(f"{BAD}/only_points.geojson", fc([feat({"navn": "P"}, {"type": "Point", "coordinates": [12.5, 55.6]})]))
write(f"{BAD}/nan_coordinates.geojson", '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"navn":"NaN"},"geometry":{"type":"Polygon","coordinates":[[[NaN,55.6],[12.6,55.6],[12.6,55.7],[NaN,55.6]]]}},'
      '{"type":"Feature","properties":{"navn":"Uendelig"},"geometry":{"type":"Polygon","coordinates":[[[12.5,55.6],[Infinity,55.6],[12.6,-Infinity],[12.5,55.6]]]}}]}')
write(f"{BAD}/unknown_projection.geojson", {"type": "Polygon", "coordinates": [[[-5000000, 10], [5000000, 10], [5000000, 20], [-5000000, 10]]]})
write(f"{BAD}/zero_bytes.geojson", "")

# --- Indicator tables (issue 4) -------------------------------------------------
T = "tests/fixtures/tables"
os.makedirs(T, exist_ok=True)
# Danish wide CSV: semicolons, decimal comma, thousands dot, missing markers, a quoted
# field with a semicolon, codes with leading zeros. Figures are made up.
write(f"{T}/wide_danish.csv",
      "bydel_kode;bydel;indbyggere;ledighed;note\n"
      "01;Indre By;57.300;3,0;\"centrum; gammel by\"\n"
      "02;Østerbro;79.803;3,1;\n"
      "03;Nørrebro;79.100;..;\n"
      "11;Sydhavnen;31.200;6,9;-\n")
write(f"{T}/wide_danish.meta.json", {
    "dataset": {"title_da": "Testtabel", "source": "Forfattet til test", "illustrative": True},
    "key_column": "bydel_kode", "name_column": "bydel",
    "indicators": [{"column": "ledighed", "label_da": "Ledighed", "label_en": "Unemployment",
                    "unit_da": "%", "unit_en": "%", "year": 2023, "source": "Test",
                    "polarity": "higher_is_worse", "group": "resources"}]})
write(f"{T}/wide_tab.tsv", "kode\tnavn\tindkomst\n01\tIndre By\t318400\n02\tØsterbro\t296700\n")
write(f"{T}/wide_comma_dot.csv", "code,name,turnout,income\n01,Indre By,71.85,1.234\n02,Østerbro,74.50,2.5\n")
with open(f"{T}/windows1252.csv", "wb") as f:
    f.write("kode;navn;indkomst\n02;Østerbro;296.700\n11;Sydhavnen;183.900\n03;Nørrebro;214.300\n".encode("cp1252"))
with open(f"{T}/bom_utf8.csv", "wb") as f:
    f.write("\ufeffkode;navn;frivillige\n02;Østerbro;43,2\n11;Sydhavnen;25,9\n".encode("utf-8"))
# Statbank long format: area; dimension; TID; INDHOLD, with level prefixes, another
# level (Lokaludvalg), the city total, a suppressed value and several years.
long_rows = ["OMRÅDE;KØN;TID;INDHOLD"]
for label, base in [("Bydel - Østerbro", 296), ("Bydel - Sydhavnen", 184), ("Bydel - Nørrebro", 214),
                    ("Lokaludvalg - Østerbro", 290), ("København i alt", 250)]:
    for sex, f in [("Mænd", 1.1), ("Kvinder", 0.9)]:
        for i, year in enumerate([2021, 2022, 2023]):
            v = ".." if (label == "Bydel - Nørrebro" and year == 2021 and sex == "Mænd") else f"{round(base * f * (1 + 0.02 * i), 1)}".replace(".", ",")
            long_rows.append(f"{label};{sex};{year};{v}")
write(f"{T}/long_statbank.csv", "\n".join(long_rows) + "\n")
write(f"{T}/records.json", [
    {"kode": "02", "navn": "Østerbro", "valgdeltagelse": 74.5, "foreninger": 1240},
    {"kode": "11", "navn": "Sydhavnen", "valgdeltagelse": 52.7, "foreninger": 610},
])
write(f"{T}/names_only.csv", "område;indkomst\nVesterbro/Kongens Enghave;240000\nKgs. Enghave;190000\nOesterbro;296700\nAmager Vest;231700\nAmagerr Øst;239500\n")
write(f"{BAD}/header_only.csv", "kode;navn;indkomst\n")
write(f"{BAD}/ragged.csv", "kode;navn;indkomst\n02;Østerbro;296.700;ekstra\n11;Sydhavnen\n03;Nørrebro;214.300\n")

# A small XLSX written by hand (zip of XML), so it carries what Excel writes and
# openpyxl cannot: formulas with their saved results, an error cell, merged cells,
# and a title row above the header.
import zipfile


def xlsx(path, rows, merges=()):
    def cell(ref, v):
        if isinstance(v, tuple) and v[0] == "f":
            if v[2] is None:  # a formula whose result was never saved
                return f'<c r="{ref}"><f>{v[1]}</f></c>'
            return f'<c r="{ref}"><f>{v[1]}</f><v>{v[2]}</v></c>'
        if isinstance(v, tuple) and v[0] == "e":
            return f'<c r="{ref}" t="e"><v>{v[1]}</v></c>'
        if isinstance(v, (int, float)):
            return f'<c r="{ref}"><v>{v}</v></c>'
        if v is None:
            return ""
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
    sheet_rows = []
    for ri, row in enumerate(rows, start=1):
        cells = "".join(cell(f"{chr(65 + ci)}{ri}", v) for ci, v in enumerate(row))
        sheet_rows.append(f'<row r="{ri}">{cells}</row>')
    merge_xml = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>") if merges else ""
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Tabel" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{"".join(sheet_rows)}</sheetData>{merge_xml}</worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)


xlsx(f"{T}/statbank_merged_formulas.xlsx", [
    ["Disponibel indkomst (illustrative tal)", None, None, None],
    [None, None, None, None],
    ["Område", "Køn", "År", "Indkomst"],
    ["Bydel - 2. Østerbro", "Mænd", 2022, 290000],
    [None, "Kvinder", 2022, ("f", "D4*0.8", 232000)],
    ["Bydel - 11. Sydhavnen", "Mænd", 2022, 190000],
    [None, "Kvinder", 2022, ("e", "#DIV/0!")],
], merges=("A4:A5", "A6:A7"))
with open(f"{BAD}/not_a_spreadsheet.xlsx", "wb") as f:
    f.write(b"PK\x03\x04 this is not really a zip archive")


# --- Issue 9: the rest of the broken-input corpus (each file one problem) -------------
# The 100,000-vertex ring is generated by the end-to-end test (tests/e2e/hostile.spec.js),
# not committed: 2 MB of repetition.
sq = square(12.50, 55.65, 12.55, 55.68)
write(f"{BAD}/json_not_geojson.geojson", {"navn": "Østerbro", "indkomst": 296700})
write(f"{BAD}/wrong_geometry_type.geojson", fc([
    feat({"kode": "01", "navn": "Cirkel"}, {"type": "Circle", "center": [12.5, 55.6], "radius": 300}),
]))
write(f"{BAD}/out_of_range.geojson", fc([
    feat({"kode": "01", "navn": "Langt væk"}, poly([[[200, 95], [210, 95], [210, 99], [200, 95]]])),
]))
write(f"{BAD}/unclosed_ring.geojson", fc([
    feat({"kode": "01", "navn": "Åben"}, poly([[[12.50, 55.65], [12.55, 55.65], [12.55, 55.68], [12.50, 55.68]]])),
]))
write(f"{BAD}/two_point_ring.geojson", fc([
    feat({"kode": "01", "navn": "Streg"}, poly([[[12.50, 55.65], [12.55, 55.65]]])),
]))
# 3,000 GeometryCollections inside each other around one polygon.
depth = 3000
nested = '{"type":"GeometryCollection","geometries":[' * depth + json.dumps(poly(sq)) + "]}" * depth
write(f"{BAD}/deeply_nested.geojson",
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kode":"01","navn":"Dyb"},"geometry":'
      + nested + "}]}")
write(f"{BAD}/duplicate_keys.geojson", fc([
    feat({"kode": "0101", "navn": "Vest"}, poly(square(12.50, 55.65, 12.55, 55.68))),
    feat({"kode": "0101", "navn": "Øst"}, poly(square(12.55, 55.65, 12.60, 55.68))),
]))
write(f"{BAD}/duplicate_members.geojson",
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kode":"01","kode":"02","navn":"To koder"},'
      '"geometry":{"type":"Polygon","coordinates":[[[12.5,55.65],[12.55,55.65],[12.55,55.68],[12.5,55.65]]],'
      '"coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}')
with open(f"{BAD}/binary_renamed.geojson", "wb") as f:
    # a PNG signature and header, then bytes that are no text in any encoding
    f.write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes((i * 37 + 11) % 256 for i in range(2048)))
with open(f"{BAD}/mixed_encoding.csv", "wb") as f:
    f.write("kode;navn;indkomst\n02;Østerbro;296.700\n".encode("utf-8"))
    f.write("03;Nørrebro;214.300\n".encode("cp1252"))
    f.write("11;Kongens Enghave (Sydhavnen);183.900\n".encode("utf-8"))
    f.write("10;Valby – Ålholm;229.100\n".encode("cp1252"))
xlsx(f"{BAD}/formulas_merged.xlsx", [
    ["Bydel", "År", "Indkomst", None],
    ["Østerbro", 2022, 296700, None],
    ["Sydhavnen", 2022, ("f", "C2*0.62", None), None],
    ["Nørrebro", 2022, ("f", "SUM(C2:C3)/2", None), None],
    ["Valby", None, 229100, None],
], merges=("B4:B5",))
write(f"{BAD}/future_version.atlas.json", {
    "format": "samskabelsesatlas", "version": 99,
    "boundaries": {"source": "demo"}, "scenes": [], "view": {},
})
