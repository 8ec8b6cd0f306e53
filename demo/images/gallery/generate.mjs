#!/usr/bin/env node
// Draws the demo gallery's before/after pictures: flat, clearly illustrative faces (no patient
// photographs), with the lines a treatment softens drawn strongly "before" and faintly "after".
// Run: node demo/images/gallery/generate.mjs  (writes *.svg and cases.json beside this file)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const tones = [
  { skin: '#f1cdb6', shade: '#d9a98c', hair: '#5a3b2a', bg: '#f4ebe6' },
  { skin: '#d9a57f', shade: '#b98260', hair: '#2c1d16', bg: '#efe6ea' },
  { skin: '#a86f4c', shade: '#8a5536', hair: '#1b120e', bg: '#e9eef0' },
  { skin: '#f6dccb', shade: '#e0b49b', hair: '#9a6b3f', bg: '#f3efe8' },
  { skin: '#7b4a32', shade: '#5f3522', hair: '#120c09', bg: '#ece8f1' },
];

function lines(area, strength) {
  const stroke = `stroke="#6b3f2e" stroke-opacity="${strength}" stroke-width="2.2" fill="none" stroke-linecap="round"`;
  if (area === 'forehead') {
    return [112, 126, 140].map((y) => `<path d="M150 ${y} Q200 ${y - 8} 250 ${y}" ${stroke}/>`).join('');
  }
  if (area === 'frown') {
    return `<path d="M192 150 Q190 165 193 178" ${stroke}/><path d="M208 150 Q210 165 207 178" ${stroke}/>`;
  }
  if (area === 'crows') {
    return [0, 1, 2]
      .map(
        (i) =>
          `<path d="M${268 + i * 2} ${178 + i * 9} l16 ${-6 + i * 6}" ${stroke}/><path d="M${132 - i * 2} ${178 + i * 9} l-16 ${-6 + i * 6}" ${stroke}/>`,
      )
      .join('');
  }
  return '';
}

function lips(full) {
  const depth = full ? 12 : 6;
  return `<path d="M172 262 Q186 ${256 - depth} 200 258 Q214 ${256 - depth} 228 262 Q200 ${266 + depth * 1.4} 172 262 Z" fill="#b5656b"/>`;
}

function face(tone, area, isBefore) {
  const strength = isBefore ? 0.75 : 0.12;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="800" height="600">
  <rect width="400" height="300" fill="${tone.bg}"/>
  <path d="M110 300 Q120 250 200 240 Q280 250 290 300 Z" fill="${tone.shade}"/>
  <ellipse cx="200" cy="175" rx="82" ry="104" fill="${tone.skin}"/>
  <path d="M118 150 Q120 60 200 62 Q280 60 282 150 Q270 96 200 92 Q130 96 118 150 Z" fill="${tone.hair}"/>
  ${lines(area, strength)}
  <path d="M160 165 Q172 158 184 165" stroke="${tone.hair}" stroke-width="4" fill="none" stroke-linecap="round"/>
  <path d="M216 165 Q228 158 240 165" stroke="${tone.hair}" stroke-width="4" fill="none" stroke-linecap="round"/>
  <ellipse cx="172" cy="182" rx="9" ry="5" fill="#3b2a24"/><ellipse cx="228" cy="182" rx="9" ry="5" fill="#3b2a24"/>
  <path d="M200 190 Q194 220 202 226" stroke="${tone.shade}" stroke-width="3" fill="none" stroke-linecap="round"/>
  ${area === 'lips' ? lips(!isBefore) : '<path d="M180 258 Q200 266 220 258" stroke="#a65a60" stroke-width="5" fill="none" stroke-linecap="round"/>'}
  <text x="200" y="292" text-anchor="middle" font-family="system-ui, sans-serif" font-size="12" fill="#000" fill-opacity="0.45" letter-spacing="1.5">ILLUSTRATION</text>
</svg>
`;
}

const cases = [
  {
    id: 'forehead-1',
    treatment: 'botox',
    area: 'Forehead lines',
    areaKey: 'forehead',
    tone: 0,
    sessions: 1,
    timeSince: '2 weeks',
    photoDate: '2026-03-04',
  },
  {
    id: 'frown-1',
    treatment: 'botox',
    area: 'Frown lines',
    areaKey: 'frown',
    tone: 1,
    sessions: 1,
    timeSince: '3 weeks',
    photoDate: '2026-05-12',
  },
  {
    id: 'crows-1',
    treatment: 'botox',
    area: 'Crow’s feet',
    areaKey: 'crows',
    tone: 2,
    sessions: 2,
    timeSince: '1 month',
    photoDate: '2026-06-20',
  },
  {
    id: 'forehead-2',
    treatment: 'botox',
    area: 'Forehead lines',
    areaKey: 'forehead',
    tone: 3,
    sessions: 1,
    timeSince: '2 weeks',
    photoDate: '2026-08-02',
  },
  {
    id: 'frown-2',
    treatment: 'dysport',
    area: 'Frown lines',
    areaKey: 'frown',
    tone: 4,
    sessions: 1,
    timeSince: '2 weeks',
    photoDate: '2026-07-15',
  },
  {
    id: 'lips-1',
    treatment: 'filler-lips',
    area: 'Lips',
    areaKey: 'lips',
    tone: 0,
    sessions: 1,
    timeSince: '1 week',
    photoDate: '2026-09-09',
  },
];

for (const item of cases) {
  const tone = tones[item.tone];
  writeFileSync(join(here, `${item.id}-before.svg`), face(tone, item.areaKey, true));
  writeFileSync(join(here, `${item.id}-after.svg`), face(tone, item.areaKey, false));
}

const json = cases.map(({ id, treatment, area, sessions, timeSince, photoDate }) => ({
  id,
  treatment,
  area,
  sessions,
  timeSince,
  photoDate,
  unretouched: true,
  consentExpires: '2030-12-31',
  before: `/demo/images/gallery/${id}-before.svg`,
  after: `/demo/images/gallery/${id}-after.svg`,
  beforeAlt: `Illustration: ${area.toLowerCase()} before treatment`,
  afterAlt: `Illustration: ${area.toLowerCase()} after treatment, ${id.startsWith('lips') ? 'fuller' : 'lines softened'}`,
}));
writeFileSync(join(here, 'cases.json'), `${JSON.stringify({ cases: json }, null, 2)}\n`);
console.log(`wrote ${cases.length * 2} illustrations and cases.json`);
