// The privacy promise over the built one-file classic script (dist/cdn/blush-widgets.iife.js).
import { describePrivacy } from './privacy-promise.js';

describePrivacy(
  'classic script',
  () =>
    new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/dist/cdn/blush-widgets.iife.js';
      script.onload = resolve;
      script.onerror = () => reject(new Error('the classic script did not load'));
      document.head.append(script);
    }),
);
