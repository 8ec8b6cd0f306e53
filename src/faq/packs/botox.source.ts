// What every language of the Botox pack cites, and when its facts were last checked.
export const LABEL = 'BOTOX and BOTOX Cosmetic (onabotulinumtoxinA) US prescribing information';
export const REVIEWED = '2026-11-25';
