// A person's time through a task, by the Keystroke-Level Model (Card, Moran and Newell, 1980):
// each action is priced in the model's operators, reading is priced at 238 words a minute, and
// waiting for the site is the run's real elapsed time (the automation itself waits on nothing
// else). Also the scan for words a clinic should never meet.

// The model's operators, in seconds (average non-secretarial typist).
const K = 0.28; // one keystroke
const P = 1.1; // point at something with the mouse
const CLICK = 0.2; // press and release the button
const H = 0.4; // hand from keyboard to mouse or back
const M = 1.35; // make up one's mind to do the next thing
// Silent reading of non-fiction by adults, the average of a meta-analysis (Brysbaert, 2019).
const WORDS_PER_MINUTE = 238;

/** Records and prices what a person does on `page`; `screens` keeps every text of ours she read. */
export class Walk {
  steps = [];
  screens = [];
  #model = 0;
  #started = Date.now();
  #typing = false;
  #priced = [];
  #aside = 0;

  constructor(page) {
    this.page = page;
  }

  #spend(what, seconds) {
    this.steps.push(what);
    this.#priced.push([what, seconds]);
    this.#model += seconds;
  }

  /** Waits for the site (a page load, a render) as she would: priced by the run's clock. */
  async wait(action, what) {
    if (what) this.steps.push(what);
    await action();
  }

  /** Clicks `locator`; `navigates` waits for the address it leads to. */
  async click(locator, what, { navigates } = {}) {
    this.#spend(what, M + (this.#typing ? H : 0) + P + CLICK);
    this.#typing = false;
    if (navigates) await Promise.all([this.page.waitForURL(navigates, { timeout: 60_000 }), locator.click()]);
    else await locator.click();
  }

  /**
   * Clicks into a field and types `text` with real key events, over what it held (Ctrl+A first):
   * the hand goes to the mouse (if it was typing), points and clicks, then back to the keys.
   */
  async type(locator, text, what) {
    const held = await locator.inputValue().catch(() => '');
    this.#spend(what, M + (this.#typing ? H : 0) + P + CLICK + H + K * ((held ? 2 : 0) + text.length));
    this.#typing = true;
    await locator.click();
    if (held) await locator.fill('');
    await locator.pressSequentially(text);
  }

  /** Opens a menu and picks one of its options. */
  async choose(locator, option, what) {
    this.#spend(what, M + (this.#typing ? H : 0) + 2 * (P + CLICK));
    this.#typing = false;
    await locator.selectOption(option);
  }

  /** Picks a file through the browser's file dialog: open it, find the file, open it. */
  async pickFile(locator, file, what) {
    this.#spend(what, 3 * (M + P + CLICK));
    this.#typing = false;
    await locator.setInputFiles(file);
  }

  /** Reads `text` (a screen of ours): priced by its words, and kept for the developer-word scan. */
  async read(text, where) {
    const words = text.split(/\s+/).filter(Boolean).length;
    this.screens.push({ where, text });
    this.#priced.push([`reads ${where} (${words} words)`, (words / WORDS_PER_MINUTE) * 60]);
    this.#model += (words / WORDS_PER_MINUTE) * 60;
  }

  /** Runs checks of the test's own (not hers), leaving their time out of her waiting. */
  async aside(check) {
    const start = Date.now();
    try {
      return await check();
    } finally {
      this.#aside += Date.now() - start;
    }
  }

  /** Her actions and reading so far, in seconds, by the model alone (no waiting). */
  get modelSeconds() {
    return this.#model;
  }

  /** Her time so far, in seconds: the priced actions and reading, plus the real waiting. */
  get seconds() {
    return this.#model + this.#waiting();
  }

  #waiting() {
    return (Date.now() - this.#started - this.#aside) / 1000;
  }

  /** Every priced step with its seconds, one a line. */
  details() {
    return this.#priced.map(([what, seconds]) => `${seconds.toFixed(1).padStart(5)} s  ${what}`).join('\n');
  }

  summary() {
    const waiting = this.#waiting();
    const minutes = (seconds) => `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
    return `${this.steps.length} steps, ${this.screens.length} screens read: ${minutes(this.seconds)} (actions and reading ${minutes(this.#model)}, waiting for the site ${minutes(waiting)})`;
  }
}

// What a clinic should never have to read: transport and code terms, attribute names shown as
// labels, shortcode or tag syntax, names_with_underscores, raw values and ISO dates.
const DEVELOPER_WORDS = [
  /\b(?:endpoints?|webhooks?|kses|shortcodes?|attributes?|slugs?|src|href|iframes?|regex|JavaScript|ISO 8601)\b/gi,
  /\b(?:JSON|CORS|REST|APIs?|URLs?|HTML|CSS|PHP|SMTP|CDN|HTTPS?|UTC|DOM)\b/g,
  // camelCase names (fillTimeMs, bookingUrl)
  /\b[a-z]+[A-Z][a-zA-Z]*\b/g,
  /\b(?:PACK|CTA|LANG|THEME|HIDE|SRC|HEADING LEVEL|BOOKING URL)\b|\b(?:cta|lang)\b/g,
  /\b(?:true|false|null|undefined|NaN)\b/g,
  /\[blush_\w*|<\/?blush-[\w-]*|\bblush-[a-z][\w-]*|\{[a-z_]+\}|\b[a-z]+(?:-[a-z]+)*="/g,
  /\b[a-z]+_[a-z_]+\b/g,
  /\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?\b/g,
];

/** The developer words in `text`, each once, in the order found. */
export function developerWords(text) {
  const found = new Set();
  // A web address is read as a link, an email address as an address, not as words.
  const words = text.replace(/https?:\/\/\S+/g, ' ').replace(/\S+@\S+/g, ' ');
  for (const pattern of DEVELOPER_WORDS) for (const [word] of words.matchAll(pattern)) found.add(word);
  return [...found];
}
