// The mini-batch trainer learns a separable toy problem, deterministically, with and without a hidden layer.
import { describe, expect, it } from 'vitest';
import { forward } from '../../../lib/stance/network.js';
import { SparseBuilder } from '../../../lib/stance/sparse.js';
import { trainNetwork, type Example } from '../../../lib/stance/train-network.js';
import { applyClassWeights } from '../../../lib/stance/train-model.js';

const SIZE = 256;
const vec = (names: string[]) => {
  const b = new SparseBuilder(SIZE);
  for (const n of names) b.add(n);
  return b.build();
};
// Class = which of three marker words a bag holds; the other words are shared noise.
const examples: Example[] = [];
for (let i = 0; i < 90; i++) {
  const y = i % 3;
  examples.push({ x: vec([`marker${y}`, `noise${i % 7}`, `noise${(i * 5) % 11}`]), y, weight: 1 });
}

describe('trainNetwork', () => {
  const opts = { inputs: SIZE, outputs: 3, epochs: 20, learningRate: 0.3, l2: 0, batchSize: 8, seed: 1 };
  it.each([[[] as number[]], [[8]]])('separates the classes (hidden %j)', (hidden) => {
    const layers = trainNetwork(examples, { ...opts, hidden });
    for (let y = 0; y < 3; y++) {
      const p = forward(layers, vec([`marker${y}`, 'noise3']));
      expect(p.indexOf(Math.max(...p))).toBe(y);
      expect(p[y]).toBeGreaterThan(0.8);
    }
  });
  it('is deterministic for a seed', () => {
    const a = trainNetwork(examples, { ...opts, hidden: [4] });
    const b = trainNetwork(examples, { ...opts, hidden: [4] });
    expect(Array.from(a[0]!.weights)).toEqual(Array.from(b[0]!.weights));
  });
});

describe('applyClassWeights', () => {
  it('up-weights the rare class by (even share / class share) ^ power', () => {
    const ex: Example[] = [0, 0, 0, 1].map((y) => ({ x: vec([]), y, weight: 1 }));
    applyClassWeights(ex, 2, 1);
    expect(ex[0]!.weight).toBeCloseTo(4 / 6);
    expect(ex[3]!.weight).toBeCloseTo(2);
  });
});
