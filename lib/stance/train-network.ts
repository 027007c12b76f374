// Mini-batch AdaGrad training of the tiny network (softmax regression when there is no hidden layer).
// Pure and seeded: the same examples and options give the same weights, so the build output is reproducible.
import { emptyLayer, forwardAll, type Layer } from './network.js';
import { mulberry32, shuffle } from './prng.js';
import type { SparseVector } from './sparse.js';

export interface Example {
  x: SparseVector;
  /** Class index. */
  y: number;
  /** Loss weight (class balancing). */
  weight: number;
}

export interface TrainOptions {
  inputs: number;
  hidden: number[];
  outputs: number;
  epochs: number;
  learningRate: number;
  /** L2 penalty, applied to the rows a batch touches (lazy, as usual for sparse inputs). */
  l2: number;
  batchSize: number;
  seed: number;
}

export function trainNetwork(examples: Example[], o: TrainOptions): Layer[] {
  const random = mulberry32(o.seed);
  const sizes = [o.inputs, ...o.hidden, o.outputs];
  const layers = sizes.slice(1).map((out, l) => emptyLayer(sizes[l]!, out));
  if (o.hidden.length) {
    // Symmetric start would keep hidden units identical; small seeded noise breaks the tie.
    for (const layer of layers) {
      const a = Math.sqrt(6 / (Math.min(layer.inputs, 200) + layer.outputs));
      for (let i = 0; i < layer.weights.length; i++) layer.weights[i] = (random() * 2 - 1) * a;
    }
  }
  const accW = layers.map((l) => new Float64Array(l.weights.length));
  const accB = layers.map((l) => new Float64Array(l.bias.length));
  const order = examples.map((_, i) => i);
  // First-layer gradient kept dense but cleared row by row: only rows a batch touched are visited.
  const first: FirstGrad = { g: new Float64Array(layers[0]!.weights.length), mark: new Uint8Array(o.inputs), rows: [] };

  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    for (let start = 0; start < order.length; start += o.batchSize) {
      const batch = order.slice(start, start + o.batchSize);
      const gW = layers.map((l, i) => (i === 0 ? null : new Float64Array(l.weights.length)));
      const gB = layers.map((l) => new Float64Array(l.bias.length));
      for (const e of batch) backprop(layers, examples[e]!, gW, gB, first, 1 / batch.length);
      update(layers, accW, accB, gW, gB, first, o);
    }
  }
  return layers;
}

interface FirstGrad {
  g: Float64Array;
  mark: Uint8Array;
  rows: number[];
}

function backprop(
  layers: Layer[],
  ex: Example,
  gW: (Float64Array | null)[],
  gB: Float64Array[],
  first: FirstGrad,
  scale: number,
): void {
  const acts = forwardAll(layers, ex.x);
  const probs = acts[acts.length - 1]!;
  let delta = Float64Array.from(probs, (p, k) => (p - (k === ex.y ? 1 : 0)) * ex.weight * scale);
  for (let l = layers.length - 1; l >= 1; l--) {
    const layer = layers[l]!;
    const input = acts[l - 1]!;
    const k = layer.outputs;
    const prev = new Float64Array(layer.inputs);
    for (let i = 0; i < layer.inputs; i++) {
      const v = input[i]!;
      let back = 0;
      for (let j = 0; j < k; j++) {
        if (v !== 0) gW[l]![i * k + j]! += v * delta[j]!;
        back += layer.weights[i * k + j]! * delta[j]!;
      }
      prev[i] = v > 0 ? back : 0;
    }
    for (let j = 0; j < k; j++) gB[l]![j]! += delta[j]!;
    delta = prev;
  }
  const k = layers[0]!.outputs;
  for (let n = 0; n < ex.x.index.length; n++) {
    const row = ex.x.index[n]!;
    if (!first.mark[row]) {
      first.mark[row] = 1;
      first.rows.push(row);
    }
    const v = ex.x.value[n]!;
    for (let j = 0; j < k; j++) first.g[row * k + j]! += v * delta[j]!;
  }
  for (let j = 0; j < k; j++) gB[0]![j]! += delta[j]!;
}

function update(
  layers: Layer[],
  accW: Float64Array[],
  accB: Float64Array[],
  gW: (Float64Array | null)[],
  gB: Float64Array[],
  grad: FirstGrad,
  o: TrainOptions,
): void {
  const step = (w: Float32Array, acc: Float64Array, i: number, g: number): void => {
    acc[i]! += g * g;
    w[i]! -= (o.learningRate * g) / (Math.sqrt(acc[i]!) + 1e-8);
  };
  const first = layers[0]!;
  for (const row of grad.rows) {
    for (let j = 0; j < first.outputs; j++) {
      const i = row * first.outputs + j;
      step(first.weights, accW[0]!, i, grad.g[i]! + o.l2 * first.weights[i]!);
      grad.g[i] = 0;
    }
    grad.mark[row] = 0;
  }
  grad.rows.length = 0;
  layers.forEach((layer, l) => {
    const g = gW[l];
    if (g) for (let i = 0; i < g.length; i++) step(layer.weights, accW[l]!, i, g[i]! + o.l2 * layer.weights[i]!);
    for (let j = 0; j < layer.outputs; j++) step(layer.bias, accB[l]!, j, gB[l]![j]!);
  });
}
