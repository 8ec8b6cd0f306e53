// Page-level helpers of <blush-faq>: deep-link ids unique across the page, and the open/close motion.

/** Deep-link ids handed out on this page, so the same question asked twice (in one FAQ or two) gets distinct links. */
const claimedIds = new Map<string, Element>();

/**
 * A page-unique id for `key`: the key itself, or `key-2`, `key-3`… when an earlier item, another
 * FAQ or an element has it. The owner releases its ids before claiming them again in order, so
 * the suffixes stay the same across re-renders.
 */
export function claimFaqId(owner: Element, key: string): string {
  let id = key;
  for (let suffix = 2; ; suffix++) {
    const holder = claimedIds.get(id);
    const element = document.getElementById(id);
    if (!holder && (!element || owner.contains(element))) break;
    id = `${key}-${suffix}`;
  }
  claimedIds.set(id, owner);
  return id;
}

export function releaseFaqIds(owner: Element): void {
  for (const [id, holder] of claimedIds) if (holder === owner) claimedIds.delete(id);
}

/**
 * Height animation with the Web Animations API: no inline styles (strict CSP) and nothing left
 * behind. `onClosed` runs when a closing animation ends or is cancelled.
 */
export function animatePanel(host: Element, panel: HTMLElement, open: boolean, onClosed: () => void): void {
  for (const running of panel.getAnimations()) running.cancel();
  const style = getComputedStyle(host);
  const frames = [
    { height: '0px', opacity: 0, overflow: 'hidden' },
    { height: `${panel.scrollHeight}px`, opacity: 1, overflow: 'hidden' },
  ];
  const animation = panel.animate(open ? frames : frames.reverse(), {
    duration: parseFloat(style.getPropertyValue('--_blush-duration')) || 0,
    easing: style.getPropertyValue('--_blush-easing') || 'ease',
  });
  // The promise settles at once on finish(), where the finish event waits for a frame.
  if (!open) animation.finished.then(onClosed, onClosed);
}
