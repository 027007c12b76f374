// A tiny feed-forward network: a sparse first layer, optional ReLU hidden layers, softmax output. Pure maths.
import type { SparseVector } from './sparse.js';

export interface Layer {
  inputs: number;
  outputs: number;
  /** Row-major by input: weights[i * outputs + k]. */
  weights: Float32Array;
  bias: Float32Array;
}

export function emptyLayer(inputs: number, outputs: number): Layer {
  return { inputs, outputs, weights: new Float32Array(inputs * outputs), bias: new Float32Array(outputs) };
}

/** First layer over a sparse input: cost is (non-zeros × outputs), which keeps per-article inference cheap. */
export function sparseAffine(layer: Layer, x: SparseVector): Float64Array {
  const out = Float64Array.from(layer.bias);
  const k = layer.outputs;
  for (let n = 0; n < x.index.length; n++) {
    const base = x.index[n]! * k;
    const v = x.value[n]!;
    for (let j = 0; j < k; j++) out[j]! += layer.weights[base + j]! * v;
  }
  return out;
}

export function denseAffine(layer: Layer, x: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(layer.bias);
  const k = layer.outputs;
  for (let i = 0; i < layer.inputs; i++) {
    const v = x[i]!;
    if (v === 0) continue;
    for (let j = 0; j < k; j++) out[j]! += layer.weights[i * k + j]! * v;
  }
  return out;
}

export function relu(x: Float64Array): Float64Array {
  return x.map((v) => (v > 0 ? v : 0));
}

export function softmax(z: ArrayLike<number>): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < z.length; i++) max = Math.max(max, z[i]!);
  const out = new Float64Array(z.length);
  let sum = 0;
  for (let i = 0; i < z.length; i++) sum += out[i] = Math.exp(z[i]! - max);
  for (let i = 0; i < z.length; i++) out[i]! /= sum;
  return out;
}

/** Activations of every layer (index 0 = first hidden or output pre-activation), for forward and backprop. */
export function forwardAll(layers: Layer[], x: SparseVector): Float64Array[] {
  const acts: Float64Array[] = [];
  let h = sparseAffine(layers[0]!, x);
  for (let l = 1; l < layers.length; l++) {
    h = relu(h);
    acts.push(h);
    h = denseAffine(layers[l]!, h);
  }
  acts.push(softmax(h));
  return acts;
}

export function forward(layers: Layer[], x: SparseVector): Float64Array {
  const acts = forwardAll(layers, x);
  return acts[acts.length - 1]!;
}

/** A dense input as a sparse vector (for the relatedness layer, whose inputs are few and named). */
export function denseToSparse(x: ArrayLike<number>): SparseVector {
  const index: number[] = [];
  const value: number[] = [];
  for (let i = 0; i < x.length; i++)
    if (x[i] !== 0) {
      index.push(i);
      value.push(x[i]!);
    }
  return { index: Int32Array.from(index), value: Float32Array.from(value) };
}
