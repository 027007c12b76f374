// eval:claims helper: the same Emergent "disputed" prediction with the stance model's help, scored only on claims the
// model never saw. The shipped model was trained on every shared Emergent headline, which would make its figure here
// meaningless, so the model is retrained the way tests/eval/stance.ts splits (same claim split and seed) on the train
// part only; how its probabilities join the rules (thresholds) is chosen on the dev part, and the test part is scored
// once with that choice.
import { bodyGroup, headlineGroups, headlineKey, pairsWithin, splitGroups } from '../../lib/stance/claim-split.js';
import { parseStanceModel, serializeStanceModel } from '../../lib/stance/model.js';
import { predictStance } from '../../lib/stance/predict.js';
import { DEFAULT_TRAIN_CONFIG, PreparedCache, trainStanceModel } from '../../lib/stance/train-model.js';
import { buildTrainingSet, loadStanceData } from '../../lib/node/train-stance.js';
import { claimCues, headlineStance } from '../../lib/claims/headline/headline-stance';

const SEED = 2017;

interface Vote {
  ruleAgainst: boolean;
  ruleFor: boolean;
  agree: number;
  disagree: number;
}
interface Scored {
  gold: boolean;
  votes: Vote[];
}
export interface Rule {
  agree: number;
  disagree: number;
}
export interface Figures {
  claims: number;
  disputed: number;
  precision: number;
  recall: number;
}

/** A headline is "for" when the rules say it states the claim or the model's agree probability reaches `agree`;
 *  "against" when the rules deny it or the disagree probability reaches `disagree` (> 1: the model is not asked). */
function predict(votes: Vote[], r: Rule): boolean {
  const against = (v: Vote): boolean => v.ruleAgainst || v.disagree >= r.disagree;
  return votes.some(against) && votes.some((v) => !against(v) && (v.ruleFor || v.agree >= r.agree));
}

function score(claims: Scored[], r: Rule): Figures {
  let tp = 0,
    fp = 0,
    fn = 0,
    d = 0;
  for (const c of claims) {
    const p = predict(c.votes, r);
    if (c.gold) d++;
    if (p && c.gold) tp++;
    else if (p) fp++;
    else if (c.gold) fn++;
  }
  return { claims: claims.length, disputed: d, precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1) };
}

const RULES_ONLY: Rule = { agree: 2, disagree: 2 };
const GRID = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 2];

export function heldOutDisputed(): { dev: Figures; test: Figures; testRulesOnly: Figures; rule: Rule; trainSeconds: number } {
  const data = loadStanceData();
  const emergentByHeadline = new Map(data.articles.map((a) => [headlineKey(a.headline), a.claimId]));
  const headGroup = headlineGroups(data.pairs, data.bodyClaims, emergentByHeadline);
  const groupOfBody = (id: string): string => bodyGroup(id, data.bodyClaims);
  const all = new Set<string>([
    ...headGroup.values(),
    ...data.pairs.map((p) => groupOfBody(p.bodyId)),
    ...data.claims.map((c) => c.claimId),
  ]);
  const part = splitGroups(all, 0.2, 0.15, SEED);
  const keep = (g: string): boolean => part.get(g) === 'train';
  const train = pairsWithin(data.pairs, (h) => headGroup.get(h)!, groupOfBody, keep, SEED + 2);
  const inTrain = new Set(train.pairs);
  const set = buildTrainingSet(
    { ...data, pairs: train.pairs },
    (p) => inTrain.has(p),
    (c) => keep(c),
  );
  const t = performance.now();
  const model = parseStanceModel(
    serializeStanceModel(trainStanceModel(set, DEFAULT_TRAIN_CONFIG, 'claims-eval', new PreparedCache())),
  );
  const trainSeconds = (performance.now() - t) / 1000;

  const scored = (which: string): Scored[] =>
    data.claims
      .filter((c) => part.get(c.claimId) === which)
      .map((c) => {
        const heads = data.articles.filter((a) => a.claimId === c.claimId);
        const cues = claimCues(c.claim);
        const votes = heads.map((a): Vote => {
          const rule = headlineStance(cues, a.headline);
          const probs = predictStance(model, c.claim, a.headline).probs;
          return { ruleAgainst: rule === 'against', ruleFor: rule === 'for', agree: probs.agree, disagree: probs.disagree };
        });
        return { gold: heads.some((a) => a.stance === 'for') && heads.some((a) => a.stance === 'against'), votes };
      });
  const dev = scored('dev');
  // The thresholds with the best worse-of-precision-and-recall on dev (ties: the rules alone, then the stricter).
  let rule = RULES_ONLY;
  let best = -1;
  for (const agree of [...GRID].reverse())
    for (const disagree of [...GRID].reverse()) {
      const f = score(dev, { agree, disagree });
      const m = Math.min(f.precision, f.recall);
      if (m > best + 1e-9) [best, rule] = [m, { agree, disagree }];
    }
  const test = scored('test');
  return { dev: score(dev, rule), test: score(test, rule), testRulesOnly: score(test, RULES_ONLY), rule, trainSeconds };
}
