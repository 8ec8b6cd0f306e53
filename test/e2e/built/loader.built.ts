// The privacy promise over the built loader (dist/cdn/loader.js), which fetches each element's chunks.
import { describePrivacy } from './privacy-promise.js';

const file: string = '/dist/cdn/loader.js';
describePrivacy('loader', () => import(/* @vite-ignore */ file));
