// Generates the clearly illustrative demo faces (no real patient photos): the same stylised face
// with forehead and frown lines ("before") and smooth ("after"), at two different sizes on purpose.
import { writeFileSync } from 'node:fs';
const face = ({ width, height, lines, shift = 0 }) => {
  const s = width / 400;
  const g = (d, extra = '') => `<path d="${d}" fill="none" stroke="#9c6f61" stroke-linecap="round" ${extra}/>`;
  const wrinkles = lines
    ? [
        g('M128 150q72-16 144 0', 'stroke-width="3" opacity=".55"'),
        g('M120 172q80-18 160 0', 'stroke-width="3.5" opacity=".6"'),
        g('M132 194q68-14 136 0', 'stroke-width="3" opacity=".5"'),
        g('M192 222l-4 26M208 222l4 26', 'stroke-width="3" opacity=".6"'),
      ].join('')
    : g('M124 172q76-12 152 0', 'stroke-width="1.5" opacity=".12"');
  const brows = lines ? 'M132 236q30-14 56-2M212 234q26-12 56 2' : 'M132 232q30-16 56-4M212 228q26-12 56 4';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 400 500"><title>Illustration, not a patient photo</title>
<defs><linearGradient id="b" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#efe3df"/><stop offset="1" stop-color="#d9c3bd"/></linearGradient><radialGradient id="s" cx=".45" cy=".35" r=".7"><stop offset="0" stop-color="#f6d9c8"/><stop offset="1" stop-color="#e2b49d"/></radialGradient></defs>
<rect width="400" height="500" fill="url(#b)"/>
<g transform="translate(${shift} 0)">
<path d="M70 500q10-90 130-100q120 10 130 100z" fill="#b98f8f"/>
<rect x="168" y="330" width="64" height="90" rx="30" fill="#e2b49d"/>
<ellipse cx="200" cy="250" rx="118" ry="150" fill="url(#s)"/>
<path d="M82 236q-6-150 118-160q124 10 118 160q-10-96-60-112q-60 22-150 8q-22 36-26 104z" fill="#5b3a35"/>
${wrinkles}
<path d="${brows}" fill="none" stroke="#6e4a40" stroke-width="7" stroke-linecap="round"/>
<path d="M142 268q18 10 36 0M222 268q18 10 36 0" fill="none" stroke="#6e4a40" stroke-width="4" stroke-linecap="round"/>
<path d="M198 280q-8 34 2 44q8 2 12-2" fill="none" stroke="#c49079" stroke-width="3" stroke-linecap="round"/>
<path d="M170 352q30 16 60 0" fill="none" stroke="#b0645e" stroke-width="6" stroke-linecap="round"/>
</g>
<text x="388" y="488" text-anchor="end" font-family="sans-serif" font-size="13" fill="#6d5a57" opacity=".8">Illustration</text>
</svg>
`;
};
const out = process.argv[2] ?? import.meta.dirname;
writeFileSync(`${out}/forehead-before.svg`, face({ width: 800, height: 1000, lines: true }));
// Deliberately another size and framing: the element lines them up.
writeFileSync(`${out}/forehead-after.svg`, face({ width: 480, height: 600, lines: false, shift: 6 }));
