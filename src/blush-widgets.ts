/**
 * The all-in-one file's entry (`dist/cdn/blush-widgets.js`): every element, registered.
 */
export * from './index.js';

// Each element after the first registers in a task of its own, so a slow phone never runs all
// five first renders in one long task (core/define.ts). Their timers are queued by now and run in
// order, so this module finishes after them: a page that imports this file and waits for it
// (`await import('…/blush-widgets.js')`) finds every element defined, as before.
await new Promise((resolve) => setTimeout(resolve));
