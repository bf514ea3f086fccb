// The usual D3 way: read the file, JSON.parse, fit a Mercator projection, one SVG
// path per feature (d3.geoPath), hover by class, pan/zoom by a transform on a group.
const svg = document.getElementById('map');
const g = document.getElementById('zoom');
const NS = 'http://www.w3.org/2000/svg';
const palette = ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'];

// RFC 7946 rings are counter-clockwise; d3-geo wants clockwise (spherical): rewind
// a polygon whose area comes out larger than a hemisphere.
function rewind(feature) {
  const geom = feature.geometry;
  if (!geom) return feature;
  const fix = (rings) => {
    const poly = { type: 'Polygon', coordinates: rings };
    return d3.geoArea(poly) > 2 * Math.PI ? rings.map((r) => r.slice().reverse()) : rings;
  };
  if (geom.type === 'Polygon') geom.coordinates = fix(geom.coordinates);
  if (geom.type === 'MultiPolygon') geom.coordinates = geom.coordinates.map(fix);
  return feature;
}

document.getElementById('file').addEventListener('change', async (ev) => {
  const text = await ev.target.files[0].text();
  const gj = JSON.parse(text);
  gj.features.forEach(rewind);
  const projection = d3.geoMercator().fitSize([1000, 700], gj);
  const path = d3.geoPath(projection);
  const frag = document.createDocumentFragment();
  gj.features.forEach((f, i) => {
    const p = document.createElementNS(NS, 'path');
    p.setAttribute('d', path(f) ?? '');
    p.setAttribute('fill', palette[i % palette.length]);
    p.setAttribute('class', 'district');
    p.dataset.district = String(i);
    p.addEventListener('mouseenter', () => p.classList.add('hovered'));
    p.addEventListener('mouseleave', () => p.classList.remove('hovered'));
    frag.appendChild(p);
  });
  g.replaceChildren(frag);
  document.body.dataset.drawn = String(gj.features.length);
});

// Pan and zoom: wheel zooms, drag pans, one transform on the group.
let k = 1, x = 0, y = 0, drag = null;
const apply = () => g.setAttribute('transform', `translate(${x},${y}) scale(${k})`);
svg.addEventListener('wheel', (ev) => {
  ev.preventDefault();
  const f = Math.exp(-ev.deltaY * 0.002);
  k *= f; apply();
}, { passive: false });
svg.addEventListener('pointerdown', (ev) => { drag = [ev.clientX, ev.clientY]; });
svg.addEventListener('pointermove', (ev) => {
  if (!drag) return;
  x += ev.clientX - drag[0]; y += ev.clientY - drag[1]; drag = [ev.clientX, ev.clientY]; apply();
});
svg.addEventListener('pointerup', () => { drag = null; });
