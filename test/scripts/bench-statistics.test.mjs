// The loader bench's figures: its confidence interval of a ratio and its count of request waves,
// checked on numbers whose answer is known.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countWaves, ratioInterval } from '../../scripts/bench/loader.bench.mjs';

describe('loader bench statistics', () => {
  it('puts the true ratio of means inside its 95 % interval, and a narrow interval around steady data', () => {
    const reference = [500, 510, 490, 505, 495, 520, 480, 500, 515, 485];
    const doubled = reference.map((value) => value * 2);
    const [low, high] = ratioInterval(doubled, reference);
    assert.ok(low <= 2 && high >= 2, `[${low}, ${high}] misses 2`);
    assert.ok(high - low < 0.15, `[${low}, ${high}] is wide for data within 4 %`);
    // Paired runs: the same runs on both sides give exactly 1, whatever the resampling.
    assert.deepEqual(ratioInterval(reference, reference), [1, 1]);
    // A slowdown shared by a pair (drift) does not widen the interval of a steady ratio.
    const drifting = reference.map((value, index) => value * (1 + index / 10));
    const [driftLow, driftHigh] = ratioInterval(
      drifting.map((value) => value * 1.3),
      drifting,
    );
    assert.ok(Math.abs(driftLow - 1.3) < 1e-9 && Math.abs(driftHigh - 1.3) < 1e-9, `[${driftLow}, ${driftHigh}] for a steady 1.3`);
  });

  it('gives the same interval for the same data (fixed seed)', () => {
    const a = [700, 720, 690, 710];
    const b = [520, 530, 510, 525];
    assert.deepEqual(ratioInterval(a, b), ratioInterval(a, b));
  });

  it('counts a wave each time a request leaves after an earlier one arrived', () => {
    // loader.js, then the chunks it lists, all in flight together: two waves.
    assert.equal(
      countWaves([
        { start: 0, end: 0.17 },
        { start: 0.2, end: 0.54 },
        { start: 0.21, end: 0.64 },
        { start: 0.22, end: 0.45 },
      ]),
      2,
    );
    // Every file at once: one wave.
    assert.equal(
      countWaves([
        { start: 0, end: 0.4 },
        { start: 0.01, end: 0.45 },
      ]),
      1,
    );
    // A chain of imports, each found when the one before arrived: one wave each.
    assert.equal(
      countWaves([
        { start: 0, end: 0.1 },
        { start: 0.11, end: 0.2 },
        { start: 0.21, end: 0.3 },
      ]),
      3,
    );
  });
});
