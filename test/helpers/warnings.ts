/** Captures `console.warn` calls for the length of a test: `const warnings = captureWarnings(); … warnings.restore()`. */
export function captureWarnings(): { messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}
