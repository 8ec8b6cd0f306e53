// What the loader fetches beside the elements' chunks on every page: the visit's campaign, kept
// for the consultation form (attribution.ts). Run on import, so the loader reads no export and
// the bundle builds no namespace object for it.
import { rememberLanding } from './attribution.js';

rememberLanding();
