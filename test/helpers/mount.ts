// Plain elements are mounted by hand: open-wc's fixture() waits for an animation frame for them,
// which a test page running in a background tab never gets. Each is removed after its test.
const mounted: Element[] = [];

/** Appends the first element of `markup` to the page for this test. */
export function mount(markup: string): HTMLElement {
  const element = document.createRange().createContextualFragment(markup).firstElementChild as HTMLElement;
  mounted.push(document.body.appendChild(element));
  return element;
}

afterEach(() => mounted.splice(0).forEach((element) => element.remove()));
