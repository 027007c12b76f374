// eval:claims helper: the same Emergent "disputed" prediction with the stance model's help, scored only on claims the
// model never saw. It retrains the model the way tests/eval/stance.ts does (same claim split and seed, train+dev
// parts) because the shipped model was trained on every shared Emergent headline, which would make its figure here
// meaningless; then a headline is "for" when the model says agree, "against" when it says disagree or the rules deny.
import { bodyGroup, headlineGroups, headlineKey, pairsWithin, splitGroups } from '../../lib/stance/claim-split.js';
import { parseStanceModel, serializeStanceModel } from '../../lib/stance/model.js';
import { predictStance } from '../../lib/stance/predict.js';
import { DEFAULT_TRAIN_CONFIG, PreparedCache, trainStanceModel } from '../../lib/stance/train-model.js';
import { buildTrainingSet, loadStanceData } from '../../lib/node/train-stance.js';
import { textStance } from '../../lib/claims/index';
import { proposition } from '../../lib/claims/proposition';

const SEED = 2017;

export function heldOutDisputed(): { claims: number; disputed: number; precision: number; recall: number; trainSeconds: number } {
  const data = loadStanceData();
  const emergentByHeadline = new Map(data.articles.map((a) => [headlineKey(a.headline), a.claimId]));
  const headGroup = headlineGroups(data.pairs, data.bodyClaims, emergentByHeadline);
  const groupOfBody = (id: string): string => bodyGroup(id, data.bodyClaims);
  const all = new Set<string>([...headGroup.values(), ...data.pairs.map((p) => groupOfBody(p.bodyId)), ...data.claims.map((c) => c.claimId)]);
  const part = splitGroups(all, 0.2, 0.15, SEED);
  const keep = (g: string): boolean => part.get(g) !== 'test';
  const train = pairsWithin(data.pairs, (h) => headGroup.get(h)!, groupOfBody, keep, SEED + 2);
  const inTrain = new Set(train.pairs);
  const set = buildTrainingSet({ ...data, pairs: train.pairs }, (p) => inTrain.has(p), (c) => keep(c));
  const t = performance.now();
  const model = parseStanceModel(serializeStanceModel(trainStanceModel(set, DEFAULT_TRAIN_CONFIG, 'claims-eval', new PreparedCache())));
  const trainSeconds = (performance.now() - t) / 1000;

  let tp = 0, fp = 0, fn = 0, n = 0, d = 0;
  for (const c of data.claims) {
    if (part.get(c.claimId) !== 'test') continue;
    const heads = data.articles.filter((a) => a.claimId === c.claimId);
    const p = proposition(c.claim);
    const terms = new Set([...p.terms, ...p.events.map((e) => `#${e}`)]);
    const votes = heads.map((a) => {
      const s = textStance(a.headline);
      const label = predictStance(model, c.claim, a.headline).label;
      const ruleDenies = s.stance === 'denies' || (s.stance !== 'hedges' && s.negated && !p.negated && !!s.negatedTerm && terms.has(s.negatedTerm));
      return { against: ruleDenies || label === 'disagree', for: !ruleDenies && label === 'agree' };
    });
    const gold = heads.some((a) => a.stance === 'for') && heads.some((a) => a.stance === 'against');
    const pred = votes.some((v) => v.against) && votes.some((v) => v.for);
    n++;
    if (gold) d++;
    if (pred && gold) tp++;
    else if (pred) fp++;
    else if (gold) fn++;
  }
  return { claims: n, disputed: d, precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), trainSeconds };
}
