// A long statbank export as planners download it: area × køn × alder × herkomst × tid
// → INDHOLD (persons), `;`-separated, ~276,000 rows, ~13 MB. Totals ("I alt",
// "Alder i alt") are the sums of their categories, as in the statistics bank. Used by
// dimensions.spec.js and the core's table benchmark (`bench_tables`).
import { readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';

export const SEX = ['I alt', 'Mænd', 'Kvinder'];
export const AGE = ['Alder i alt', ...Array.from({ length: 100 }, (_, i) => `${i} år`)];
export const ORIGIN = ['I alt', 'Personer med dansk oprindelse', 'Indvandrere', 'Efterkommere'];
export const YEARS = Array.from({ length: 21 }, (_, i) => 2004 + i);

/** The demo's district names, as "Bydel - <name>" (the statbank's labels). */
function areas() {
  const csv = readFileSync(new URL('../../public/demo/indikatorer.csv', import.meta.url), 'utf8');
  return csv.trim().split('\n').slice(1).map((l) => `Bydel - ${l.split(';')[1]}`);
}

/** Persons in one cell without totals: made up, deterministic. */
export function persons(area, sex, age, origin, year) {
  const wave = 40 + 30 * Math.sin((age + 3 * area) / 9) + 4 * sex + (year - 2004);
  const share = [0, 0.78, 0.14, 0.08][origin];
  return Math.max(0, Math.round(wave * share * (1 + area / 6)));
}

/** The value of any cell, totals summed from their parts. */
export function value(area, sex, age, origin, year) {
  const range = (i, n) => (i === 0 ? Array.from({ length: n - 1 }, (_, k) => k + 1) : [i]);
  let sum = 0;
  for (const s of range(sex, SEX.length))
    for (const a of range(age, AGE.length))
      for (const o of range(origin, ORIGIN.length)) sum += persons(area, s, a, o, year);
  return sum;
}

/** Write the file at `path` (kept between runs); returns its path. */
export function writeStatbank(path) {
  if (existsSync(path) && statSync(path).size > 10e6) return path;
  const names = areas();
  const lines = ['OMRÅDE;KØN;ALDER;HERKOMST;TID;INDHOLD'];
  names.forEach((name, a) => {
    for (let s = 0; s < SEX.length; s++)
      for (let g = 0; g < AGE.length; g++)
        for (let o = 0; o < ORIGIN.length; o++)
          for (const y of YEARS) lines.push(`${name};${SEX[s]};${AGE[g]};${ORIGIN[o]};${y};${value(a, s, g, o, y)}`);
  });
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const out = process.argv[2] ?? new URL('./artifacts/statbank-long.csv', import.meta.url).pathname;
  writeStatbank(out);
  console.log(`${out}: ${(statSync(out).size / 1e6).toFixed(1)} MB`);
}
