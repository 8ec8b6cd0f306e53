// The privacy promise over the built all-in-one module (dist/cdn/blush-widgets.js).
import { describePrivacy } from './privacy-promise.js';

const file: string = '/dist/cdn/blush-widgets.js';
describePrivacy('all-in-one module', () => import(/* @vite-ignore */ file));
