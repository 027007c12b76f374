// The shipped stance model: its shape, and (de)serialisation to compact JSON (int8/uint8 quantised, base64).
import { base64ToBytes, bytesToBase64 } from './base64.js';
import type { IdfTable } from './idf.js';
import type { Layer } from './network.js';
import { RELATE_INPUTS } from './relate-features.js';

export const STANCE_MODEL_FORMAT = 'parallax-stance';
/** Bump when features or layout change: an old file then fails to load instead of predicting nonsense. */
export const STANCE_MODEL_VERSION = 3;

export interface StanceModel {
  version: number;
  /** Hash of the training inputs and code that produced the weights (lets the build skip retraining). */
  inputHash: string;
  /** Buckets of the hashed stance features. */
  hashSize: number;
  idf: IdfTable;
  /** Related-vs-unrelated network over the relatedness features (output 0 = unrelated, 1 = related). */
  relate: Layer[];
  /** Agree/disagree/discuss network over hashed features (outputs in RELATED order). */
  stance: Layer[];
}

interface LayerJson {
  inputs: number;
  outputs: number;
  scale: number;
  weights: string;
  bias: number[];
}

export function serializeStanceModel(m: StanceModel): string {
  const idfMax = Math.max(...m.idf.values);
  const idf = Uint8Array.from(m.idf.values, (v) => Math.round((v / idfMax) * 255));
  return JSON.stringify({
    format: STANCE_MODEL_FORMAT,
    version: m.version,
    inputHash: m.inputHash,
    hashSize: m.hashSize,
    idf: { size: m.idf.size, scale: idfMax / 255, data: bytesToBase64(idf) },
    relate: m.relate.map(layerToJson),
    stance: m.stance.map(layerToJson),
  });
}

function layerToJson(l: Layer): LayerJson {
  let max = 0;
  for (const w of l.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const q = Int8Array.from(l.weights, (w) => Math.round(w / scale));
  return {
    inputs: l.inputs,
    outputs: l.outputs,
    scale,
    weights: bytesToBase64(new Uint8Array(q.buffer)),
    bias: Array.from(l.bias, (b) => Math.round(b * 1e4) / 1e4),
  };
}

/** Validate and load a model file's JSON (parsed or text); throws a message saying what is wrong. */
export function parseStanceModel(json: unknown): StanceModel {
  const o = (typeof json === 'string' ? JSON.parse(json) : json) as Record<string, unknown>;
  const bad = (why: string): never => {
    throw new Error(`invalid stance model: ${why}`);
  };
  if (!o || typeof o !== 'object') bad('not a JSON object');
  if (o.format !== STANCE_MODEL_FORMAT) bad(`format is ${JSON.stringify(o.format)}, expected "${STANCE_MODEL_FORMAT}"`);
  if (o.version !== STANCE_MODEL_VERSION) {
    bad(
      `version ${String(o.version)} but this code reads version ${STANCE_MODEL_VERSION} (retrain: npm run -s cli -- train-stance)`,
    );
  }
  const hashSize = o.hashSize;
  if (!isPow2(hashSize)) bad('hashSize must be a power of two');
  const idf = o.idf as { size?: unknown; scale?: unknown; data?: unknown } | undefined;
  if (!idf || !isPow2(idf.size) || typeof idf.scale !== 'number' || typeof idf.data !== 'string')
    bad('idf table missing or malformed');
  const idfBytes = base64ToBytes(idf!.data as string);
  if (idfBytes.length !== idf!.size) bad(`idf has ${idfBytes.length} values, expected ${String(idf!.size)}`);
  const relate = parseLayers(o.relate, RELATE_INPUTS, 2, 'relate', bad);
  const stance = parseLayers(o.stance, hashSize as number, 3, 'stance', bad);
  return {
    version: STANCE_MODEL_VERSION,
    inputHash: typeof o.inputHash === 'string' ? o.inputHash : '',
    hashSize: hashSize as number,
    idf: { size: idf!.size as number, values: Float32Array.from(idfBytes, (b) => b * (idf!.scale as number)) },
    relate,
    stance,
  };
}

function parseLayers(v: unknown, inputs: number, outputs: number, name: string, bad: (w: string) => never): Layer[] {
  if (!Array.isArray(v) || v.length === 0) bad(`${name} layers missing`);
  const layers = (v as LayerJson[]).map((l, i) => {
    const where = `${name}[${i}]`;
    if (
      !l ||
      typeof l.inputs !== 'number' ||
      typeof l.outputs !== 'number' ||
      typeof l.scale !== 'number' ||
      typeof l.weights !== 'string' ||
      !Array.isArray(l.bias)
    )
      bad(`${where} malformed`);
    const bytes = base64ToBytes(l.weights);
    if (bytes.length !== l.inputs * l.outputs) bad(`${where} has ${bytes.length} weights, expected ${l.inputs * l.outputs}`);
    if (l.bias.length !== l.outputs || !l.bias.every((b) => typeof b === 'number')) bad(`${where} bias malformed`);
    const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    return {
      inputs: l.inputs,
      outputs: l.outputs,
      weights: Float32Array.from(q, (w) => w * l.scale),
      bias: Float32Array.from(l.bias),
    };
  });
  if (layers[0]!.inputs !== inputs) bad(`${name} takes ${layers[0]!.inputs} inputs, expected ${inputs}`);
  for (let i = 1; i < layers.length; i++) {
    if (layers[i]!.inputs !== layers[i - 1]!.outputs) bad(`${name}[${i}] inputs do not match the previous layer`);
  }
  if (layers[layers.length - 1]!.outputs !== outputs)
    bad(`${name} gives ${layers[layers.length - 1]!.outputs} outputs, expected ${outputs}`);
  return layers;
}

function isPow2(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;
}
