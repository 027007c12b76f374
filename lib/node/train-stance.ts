// Loads FNC-1 + Emergent from the shared folder, trains the stance model and writes it (skipped when unchanged).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { StanceLabel } from '../stance/labels.js';
import { serializeStanceModel } from '../stance/model.js';
import { DEFAULT_TRAIN_CONFIG, trainStanceModel, type LabelledPair, type TrainingSet } from '../stance/train-model.js';
import {
  readBodies,
  readBodyClaims,
  readEmergentArticles,
  readEmergentClaims,
  readStances,
  type EmergentArticle,
  type EmergentClaim,
  type StancePair,
} from './fnc1.js';
import { projectRoot, sharedPath } from './paths.js';

export interface StanceData {
  pairs: StancePair[];
  bodies: Map<string, string>;
  bodyClaims: Map<string, string>;
  claims: EmergentClaim[];
  articles: EmergentArticle[];
}

const FILES = {
  stances: ['data', 'fnc1', 'train_stances.csv'],
  bodies: ['data', 'fnc1', 'train_bodies.csv'],
  bodyClaims: ['data', 'fnc1', 'train_body_claims.csv'],
  claims: ['data', 'emergent', 'claims.jsonl'],
  articles: ['data', 'emergent', 'articles.jsonl'],
} as const;

/** Every shared file the model is trained from; sharedPath throws naming the path when one is missing. */
function dataPaths(): Record<keyof typeof FILES, string> {
  return Object.fromEntries(Object.entries(FILES).map(([k, parts]) => [k, sharedPath(...parts)])) as Record<
    keyof typeof FILES,
    string
  >;
}

export function loadStanceData(): StanceData {
  const p = dataPaths();
  return {
    pairs: readStances(p.stances),
    bodies: readBodies(p.bodies),
    bodyClaims: readBodyClaims(p.bodyClaims),
    claims: readEmergentClaims(p.claims),
    articles: readEmergentArticles(p.articles),
  };
}

const EMERGENT_LABEL: Record<EmergentArticle['stance'], StanceLabel> = {
  for: 'agree',
  against: 'disagree',
  observing: 'discuss',
};

/**
 * Training set from the FNC-1 pairs `keepPair` accepts, plus Emergent (claim → article headline) pairs of the
 * claims `keepClaim` accepts: Emergent labels a headline's stance to the claim, which is the same question.
 */
export function buildTrainingSet(
  data: StanceData,
  keepPair: (p: StancePair) => boolean,
  keepClaim: (claimId: string) => boolean,
): TrainingSet {
  const bodies = new Map(data.bodies);
  const pairs: LabelledPair[] = [];
  for (const p of data.pairs) {
    if (p.stance && keepPair(p)) pairs.push({ headline: p.headline, bodyId: p.bodyId, label: p.stance });
  }
  const claimText = new Map(data.claims.map((c) => [c.claimId, c.claim]));
  data.articles.forEach((a, i) => {
    const claim = claimText.get(a.claimId);
    if (!claim || !keepClaim(a.claimId)) return;
    bodies.set(`emergent:${i}`, a.headline);
    pairs.push({ headline: claim, bodyId: `emergent:${i}`, label: EMERGENT_LABEL[a.stance] });
  });
  return { bodies, pairs };
}

/** Hash of the data files, the stance code and the training config: unchanged hash ⇒ unchanged weights. */
export function stanceInputHash(): string {
  const h = createHash('sha256');
  for (const path of Object.values(dataPaths())) h.update(readFileSync(path));
  // lib/claims: the stance features read body sentences with its headline-stance rules (rule-features.ts).
  const code = [resolve(projectRoot, 'lib/stance'), resolve(projectRoot, 'lib/text'), resolve(projectRoot, 'lib/claims')];
  for (const dir of code) {
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.ts'))
      .sort())
      h.update(f).update(readFileSync(join(dir, f)));
  }
  h.update(readFileSync(resolve(projectRoot, 'lib/node/train-stance.ts')));
  h.update(readFileSync(resolve(projectRoot, 'lib/node/fnc1.ts')));
  h.update(JSON.stringify(DEFAULT_TRAIN_CONFIG));
  return h.digest('hex').slice(0, 16);
}

/** The inputHash recorded in an existing model file, or null when there is none or it cannot be read. */
function existingHash(path: string): string | null {
  if (!existsSync(path)) return null;
  try {
    const o = JSON.parse(readFileSync(path, 'utf8')) as { inputHash?: unknown };
    return typeof o.inputHash === 'string' ? o.inputHash : null;
  } catch {
    return null;
  }
}

export interface TrainFileResult {
  skipped: boolean;
  path: string;
  bytes: number;
  pairs: number;
  hash: string;
  ms: number;
}

/** Train on all of FNC-1 train + Emergent and write the model, unless the file already matches the inputs. */
export function trainStanceFile(out: string, force = false): TrainFileResult {
  const started = performance.now();
  const hash = stanceInputHash();
  if (!force && existingHash(out) === hash) {
    return { skipped: true, path: out, bytes: readFileSync(out).length, pairs: 0, hash, ms: performance.now() - started };
  }
  const data = loadStanceData();
  const set = buildTrainingSet(
    data,
    () => true,
    () => true,
  );
  const json = serializeStanceModel(trainStanceModel(set, DEFAULT_TRAIN_CONFIG, hash));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  return {
    skipped: false,
    path: out,
    bytes: Buffer.byteLength(json),
    pairs: set.pairs.length,
    hash,
    ms: performance.now() - started,
  };
}
