// Small named word lists the claim rules use: reporting, denial, contest and hedge cues, paraphrase classes of event
// verbs, news agencies, and the side (country) a capital, seat of government or demonym speaks for.
import { stem } from '../text/tokens.js';

const stems = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean).map(stem));
/** Surface forms, folded: verbs are matched as written so "declarations" or "states" (noun) never read as a verb. */
const forms = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Verbs that attribute a statement to someone ("the Kremlin said", "Putin claimed", "reported AFP"). The ones that
 *  follow quotations in the five corpora and nearly always mean speech are in ("…,” he tweeted", "…,” she replied":
 *  about 60 quotations were the outlet's own word); "continued", "responded", "posted", "recalled" and "repeated" are
 *  not ("the fighting continued", "police responded to the scene", "posted bail", "recalled 1 million cars",
 *  "Nielsen's repeated statements"). */
export const SAY_VERBS = forms(`said says say told tells accused accuses stated announced announces declared declares claimed claims
  reported confirmed confirms added adds noted estimated estimates stressed explained explains wrote warned argued
  alleged alleges asserted indicated described celebrated showed cited quoted acknowledged admitted tweeted tweets
  replied replies quipped remarked testified`);

/** Verbs of denial ("Kyiv officials denied the claim", "Ukraine's military firmly refuted claims that…"). */
export const DENY_VERBS = forms(`denied denies deny refuted refutes refute rejected rejects disputed
  disputes contested contests rebutted rebuts debunked debunks disproved`);

/** Reporting verbs that keep a position against someone else's ("Kyiv has insisted…", "Ukraine maintains…"). */
export const CONTEST_VERBS = forms(`insisted insists insist maintained maintains maintain countered counters contended contends`);

/** Words that say a statement is unconfirmed or second-hand ("reportedly killed", "appeared to be"). */
export const HEDGES = forms(`reportedly allegedly apparently appeared appears seemingly purportedly possibly unconfirmed
  rumoured rumored may might could perhaps unverified`);

/** Words that, in a headline or sentence, brand a claim false (Emergent "against" headlines: "hoax", "fake", "debunked"). */
export const FALSITY = stems(`hoax hoaxes fake false untrue myth debunked debunk bogus baseless satire satirical
  nope duped denies denied refutes refuted misleading rubbish bullshit misinformation inaccurate erroneous rebuffs rebuffed
  retracts retracted exaggerated unfounded nonsense phony feigned`);
/** Falsity words whose stem is an ordinary word's: "doctored" stems to "doctor" (Emergent: "Doctors confirmed the
 *  first case of death from ingesting GMOs" read as a denial), so they are matched as written. */
export const FALSITY_FORMS = forms(`doctored`);

/** Falsity adjectives, and the nouns they brand false when placed before them ("false claims", "bogus reports"). Before
 *  any other noun they describe the story's content, not the claim: "filing false campaign finance records",
 *  "vulnerable to bogus lawsuits" (BASIL bodies, read as denials of the indictment and of the veto override), "the
 *  satirical magazine Charlie Hebdo" (FNC-1: every report of the attack read as a denial). */
export const FALSITY_ADJECTIVES = forms(`fake false untrue bogus baseless misleading inaccurate erroneous doctored
  exaggerated unfounded phony satirical`);
export const CLAIM_NOUNS = stems(`claim report rumor rumour story stories allegation accusation news account assertion
  narrative theory`);

/** Debunking phrases (Emergent "against" headlines: "shoots down report", "shuts down rumors of", "made it all up",
 *  "isn't real"). "Made up" on its own also means "formed": "Carl Bernstein made up The Post's investigative duo" (ECB+). */
export const DEBUNK = /\b(?:shoots? down|shot down|shuts? down|shutting down|puts? to rest|kills|quash(?:es|ed)?)\b[^.]{0,40}\b(?:rumou?rs?|reports?|claims?|story|speculation|assertion)\b|\bmade (?:it all|it|this|the story|the whole thing) up\b|\b(?:was|were|is|are|been|all) made up\b|\b(?:not|isn['’]t|wasn['’]t|aren['’]t|weren['’]t) (?:true|real)\b|\bset(?:ting)? the record straight\b|\bpants on fire\b/i;

/** Negators that flip a proposition ("Banksy wasn't arrested", "Bale will not play Jobs"). */
export const NEGATORS = new Set(['not', "n't", 'no', 'never', 'nobody', 'nothing', 'neither', 'nor', "isn't", "wasn't",
  "aren't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't", "won't", "can't", "cannot",
  "couldn't", "wouldn't", "shouldn't"]);

/** Words a counter-claim leans on: it holds that something is still the case against another party's claim. */
export const PERSIST = stems(`still remain remains remained`);

/**
 * Paraphrase classes of event verbs: any member maps to the class key so "recaptured", "liberated", "drove … out",
 * "ousted", "reclaimed" and "expelled" align (seed story: each outlet words Russia's claim differently).
 * Single words are matched by stem; `verb+particle` pairs allow up to three words between ("drove Ukrainian forces out").
 */
export const EVENT_CLASSES: Record<string, { words: string[]; pairs?: [string[], string][] }> = {
  recapture: {
    words: ['recapture', 'recaptured', 'retake', 'retook', 'retaken', 'liberate', 'liberated', 'liberation', 'reclaim',
      'reclaimed', 'regain', 'regained', 'oust', 'ousted', 'expel', 'expelled', 'expulsion', 'reconquer'],
    pairs: [[['drive', 'drove', 'driven', 'push', 'pushed', 'force', 'forced', 'kick', 'kicked', 'throw', 'threw'], 'out'],
      [['take', 'took', 'taken', 'win', 'won'], 'back']],
  },
  capture: { words: ['capture', 'captured', 'seize', 'seized', 'occupy', 'occupied', 'overrun', 'overran'] },
  withdraw: { words: ['withdraw', 'withdrew', 'withdrawal', 'retreat', 'retreated'], pairs: [[['pull', 'pulled'], 'out']] },
  repel: { words: ['repel', 'repelled', 'repulse', 'repulsed'], pairs: [[['beat', 'fought', 'fend', 'fended'], 'off']] },
  visit: { words: ['visit', 'visited', 'visits', 'trip', 'tour', 'toured'] },
  kill: { words: ['kill', 'killed', 'dead', 'died', 'death', 'deaths', 'slain'] },
  // Not "hurt": tariffs "would hurt jobs" and prices "would hurt their competitiveness" (NewsWCL50) harm no one.
  injure: { words: ['injure', 'injured', 'wound', 'wounded'] },
  destroy: { words: ['destroy', 'destroyed', 'intercept', 'intercepted', 'downed'], pairs: [[['shot', 'shoot'], 'down']] },
  build: { words: ['build', 'built', 'construct', 'constructed', 'erect', 'erected', 'establish'],
    pairs: [[['set'], 'up']] },
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

/** Wire services and broadcasters: attribution to them is a report by the press, not one party's word (seed 003 "reported AFP"). */
export const MEDIA = /\b(?:AFP|AP|Associated Press|Reuters|TASS|RIA(?: Novosti)?|Interfax|Ukrinform|CNN|BBC|Al Jazeera|Xinhua|Kyodo|Yonhap|Bloomberg|DPA|ANSA|EFE|news agency|(?:local |state |national )?media(?: reports?)?|broadcasts?|video(?: footage)?|footage)\b/i;

/**
 * The side a party speaks for: capitals, seats of government and demonyms map to a country, so "Kyiv officials" and
 * "Ukraine's military" are one side and "the Kremlin" and "Moscow" another (seed story: both sides named many ways).
 */
const SIDE_NAMES: [string, string[]][] = [
  ['russia', ['russia', 'russian', 'moscow', 'kremlin', 'putin', 'lavrov', 'peskov', 'shoigu']],
  ['ukraine', ['ukraine', 'ukrainian', 'kyiv', 'kiev', 'zelensky', 'zelenskyy']],
  ['united states', ['united states', 'usa', 'america', 'american', 'washington', 'pentagon', 'white house']],
  ['china', ['china', 'chinese', 'beijing']],
  ['north korea', ['north korea', 'north korean', 'pyongyang']],
  ['south korea', ['south korea', 'south korean', 'seoul']],
  ['united kingdom', ['britain', 'british', 'uk', 'london', 'downing street']],
  ['france', ['france', 'french', 'paris', 'elysee']],
  ['germany', ['germany', 'german', 'berlin']],
  ['iran', ['iran', 'iranian', 'tehran']],
  ['israel', ['israel', 'israeli']],
];

export const SIDE_OF: Map<string, string> = new Map(SIDE_NAMES.flatMap(([s, names]) => names.map((n) => [n, s] as [string, string])));

/** Single-word side aliases as stems, for aligning terms ("Moscow claimed" ~ "Russia announced"). */
export const SIDE_TERM: Map<string, string> = new Map(
  SIDE_NAMES.flatMap(([s, names]) => names.filter((n) => !n.includes(' ')).map((n) => [stem(n), `@${s}`] as [string, string])),
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
