// Paraphrase classes of event verbs (seed story: each outlet words Russia's claim differently), the classes the sides
// of a conflict dispute, and known contested-term pairs (Kiev/Kyiv).
import { stem } from '../../text/tokens.js';

/**
 * Paraphrase classes of event verbs: any member maps to the class key so "recaptured", "liberated", "drove … out",
 * "ousted", "reclaimed" and "expelled" align (seed story: each outlet words Russia's claim differently).
 * Single words are matched by stem; `verb+particle` pairs allow up to three words between ("drove Ukrainian forces out").
 */
export const EVENT_CLASSES: Record<string, { words: string[]; pairs?: [string[], string][] }> = {
  recapture: {
    words: [
      'recapture',
      'recaptured',
      'retake',
      'retook',
      'retaken',
      'liberate',
      'liberated',
      'liberation',
      'reclaim',
      'reclaimed',
      'regain',
      'regained',
      'oust',
      'ousted',
      'expel',
      'expelled',
      'expulsion',
      'reconquer',
    ],
    pairs: [
      [['drive', 'drove', 'driven', 'push', 'pushed', 'force', 'forced', 'kick', 'kicked', 'throw', 'threw'], 'out'],
      [['take', 'took', 'taken', 'win', 'won'], 'back'],
    ],
  },
  capture: { words: ['capture', 'captured', 'seize', 'seized', 'occupy', 'occupied', 'overrun', 'overran'] },
  withdraw: { words: ['withdraw', 'withdrew', 'withdrawal', 'retreat', 'retreated'], pairs: [[['pull', 'pulled'], 'out']] },
  repel: { words: ['repel', 'repelled', 'repulse', 'repulsed'], pairs: [[['beat', 'fought', 'fend', 'fended'], 'off']] },
  visit: { words: ['visit', 'visited', 'visits', 'trip', 'tour', 'toured'] },
  kill: { words: ['kill', 'killed', 'dead', 'died', 'death', 'deaths', 'slain'] },
  // Not "hurt": tariffs "would hurt jobs" and prices "would hurt their competitiveness" (NewsWCL50) harm no one.
  injure: { words: ['injure', 'injured', 'wound', 'wounded'] },
  destroy: { words: ['destroy', 'destroyed', 'intercept', 'intercepted', 'downed'], pairs: [[['shot', 'shoot'], 'down']] },
  build: { words: ['build', 'built', 'construct', 'constructed', 'erect', 'erected', 'establish'], pairs: [[['set'], 'up']] },
  fight: { words: ['fight', 'fighting', 'fought', 'battle', 'battling', 'combat', 'operations'] },
  // Emergent train: "<wife> has NOT been arrested" against the claim that she was "detained".
  arrest: { words: ['arrest', 'arrested', 'detain', 'detained', 'detention', 'apprehend', 'apprehended'] },
};

/** Classes whose claims the sides of a conflict dispute (who holds ground, who was killed); a visit rarely is. */
export const CONTESTED_EVENTS = new Set(['recapture', 'capture', 'withdraw', 'repel', 'kill', 'injure', 'destroy']);

/** stem → class key, for single words. */
export const EVENT_STEM: Map<string, string> = new Map(
  Object.entries(EVENT_CLASSES).flatMap(([k, c]) => c.words.map((w) => [stem(w), k] as [string, string])),
);

/** Known contested-term pairs: either word marks a stance on its own (Kiev/Kyiv; "liberation" vs "recapture"). */
export const CONTESTED_TERMS: [string, string][] = [
  ['kiev', 'kyiv'],
  ['liberation', 'recapture'],
  ['liberated', 'recaptured'],
  ['special military operation', 'invasion'],
  ['regime', 'government'],
  ['terrorists', 'militants'],
  ['occupiers', 'forces'],
];
