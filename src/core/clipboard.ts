/**
 * Puts text on the clipboard. Resolves `false`, and never throws, where the browser refuses: an
 * insecure page, a web view without the API, a denied permission. Each caller then offers the
 * text to copy by hand (the FAQ's address bar, next-due's selected field, the builder's selected
 * code). The write starts synchronously, inside the click that asked for it; the async wrapper
 * turns a missing `navigator.clipboard` into a refusal like the others.
 */
export const copyText = (text: string): Promise<boolean> =>
  (async () => navigator.clipboard.writeText(text))().then(
    () => true,
    () => false,
  );
