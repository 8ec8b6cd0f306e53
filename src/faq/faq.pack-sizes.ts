/**
 * How many questions each built-in pack has, known before the pack is fetched: a bare
 * `<blush-faq pack="botox">` reserves that many rows while it loads, so the page moves as little as
 * it can when they arrive. test/faq/faq.skeleton.test.ts checks each against its pack.
 */
export const PACK_SIZES: Readonly<Record<string, number>> = { botox: 8 };
