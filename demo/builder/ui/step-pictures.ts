import { svg, type SVGTemplateResult } from 'lit';
import type { StepPicture } from '../model/platforms.js';

// Small line drawings beside each step of "Add it to your site": where on the platform's screens
// the step happens, in the accent. Decorative: the step's words say the same (aria-hidden).
const WINDOW = svg`<rect x="2" y="2" width="92" height="60" rx="6" fill="var(--card)" stroke="currentColor" stroke-width="1.5" opacity=".9"/><path d="M2 13h92" stroke="currentColor" stroke-width="1.5"/><circle cx="8" cy="7.5" r="1.6" fill="currentColor"/><circle cx="13" cy="7.5" r="1.6" fill="currentColor"/>`;
const LINE = (x: number, y: number, width: number, opacity = 0.35) =>
  svg`<rect x=${x} y=${y} width=${width} height="3" rx="1.5" fill="currentColor" opacity=${opacity}/>`;
const CODE = (x: number, y: number) =>
  svg`<path d="M${x + 6} ${y}l-6 5 6 5M${x + 16} ${y}l6 5-6 5M${x + 13} ${y - 2}l-4 14" fill="none" stroke="var(--rose)" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`;

export const STEP_PICTURES: Record<StepPicture, SVGTemplateResult> = {
  // A settings menu with one item chosen, and the box for code that runs on every page.
  'site-code': svg`${WINDOW}<rect x="2" y="13" width="26" height="49" fill="currentColor" opacity=".07"/>
    ${LINE(6, 19, 16)}${LINE(6, 26, 18)}<rect x="4" y="31" width="22" height="7" rx="2" fill="var(--rose)" opacity=".85"/>${LINE(6, 42, 14)}
    <rect x="34" y="20" width="54" height="34" rx="3" fill="none" stroke="var(--rose)" stroke-width="1.5"/>${CODE(50, 32)}`,
  // A page being edited, with the new code block where the widget goes.
  'page-block': svg`${WINDOW}${LINE(10, 19, 50)}${LINE(10, 25, 70)}
    <rect x="10" y="31" width="76" height="20" rx="3" fill="var(--rose-soft)" stroke="var(--rose)" stroke-width="1.5" stroke-dasharray="4 3"/>${CODE(37, 36)}
    ${LINE(10, 55, 60)}`,
  // A list of plugins, one being added.
  plugin: svg`${WINDOW}${[19, 31, 43].map(
    (y, index) =>
      svg`<rect x="8" y=${y} width="80" height="9" rx="2" fill=${index === 1 ? 'var(--rose-soft)' : 'none'} stroke=${index === 1 ? 'var(--rose)' : 'currentColor'} stroke-width="1" opacity=${index === 1 ? 1 : 0.4}/>${LINE(12, y + 3, 34, index === 1 ? 0.7 : 0.3)}`,
  )}<rect x="68" y="33" width="16" height="5" rx="2.5" fill="var(--rose)"/>`,
  // A form of named fields, filled in.
  fields: svg`${WINDOW}${[19, 31, 43].map(
    (y) =>
      svg`${LINE(8, y + 2, 18, 0.55)}<rect x="32" y=${y} width="56" height="8" rx="2" fill="none" stroke="var(--rose)" stroke-width="1.2"/>${LINE(35, y + 2.5, 26, 0.35)}`,
  )}<rect x="68" y="54" width="20" height="5" rx="2.5" fill="var(--rose)"/>`,
  // A page of HTML, the widget's code among it.
  html: svg`${WINDOW}${LINE(10, 19, 40)}${LINE(16, 25, 50)}<rect x="8" y="30" width="80" height="16" rx="3" fill="var(--rose-soft)" stroke="var(--rose)" stroke-width="1.2"/>${CODE(37, 33)}${LINE(16, 51, 44)}${LINE(10, 57, 30)}`,
};
