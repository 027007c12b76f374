// The claims stage's rules by id, each with what it decides and how the side panel words it ("read as a denial").
// Every party, stance, polarity, contest link and status carries the ids of the rules that decided it (Claim.rules,
// ReportClaim.rules); eval:claims --snapshot records them, so --diff says which rule a change moved.

export interface Rule {
  /** What the rule decides, for a reader of the code. */
  decides: string;
  /** How the side panel words it, before the sentence: "read as a denial: '…'". */
  words: string;
}

const party = (decides: string): Rule => ({ decides, words: "read as someone's word" });

export const RULES: Record<string, Rule> = {
  // Who speaks (extract/attribution.ts, extract/extract.ts).
  'party.tweet-signature': party('the account signing an embedded tweet'),
  'party.according-to': party('the source after "according to", "as per", "citing"'),
  'party.inverted-verb': party('a speaker after a closing quote and the verb ("…," said Bloomberg)'),
  'party.told-after-quote': party('a speaker who "told" someone after a quotation'),
  'party.said-to-after-quote': party('a speaker among the comma segments before ", said" or ", told"'),
  'party.said-then-quote': party('a speaker before ", said," and a quotation'),
  'party.trailing-say-verb': party('a speaker and a verb of saying after the last comma'),
  'party.trailing-deny-verb': party('a speaker and a verb of denial after the last comma'),
  'party.trailing-contest-verb': party('a speaker and a verb of contest after the last comma'),
  'party.leading-say-verb': party('a speaker before a verb of saying in the first fourteen words'),
  'party.leading-deny-verb': party('a speaker before a verb of denial in the first fourteen words'),
  'party.leading-contest-verb': party('a speaker before a verb of contest in the first fourteen words'),
  'party.passive-by': party('the agent of a passive verb of saying ("was confirmed by …")'),
  'party.owned-words': party('the owner of a response or statement ("His response: …")'),
  'party.toll-keeper': party('whoever revised an official figure ("Officials put the death toll at 40")'),
  'party.inverted-appositive': party('an inverted speaker with an appositive after it'),
  'party.between-quotes': party('a speaker between two parts of a quotation'),
  'party.medium-is-person': party("a medium's name the article gives a person (Michael Bloomberg)"),
  'party.embedded-clause': party("an embedded clause's speaker is its sentence's"),
  'party.quotation-run': party("a sentence a quotation runs on into is its speaker's"),
  'party.pronoun-last-named': party('"he said" is the last named speaker\'s'),
  'party.pronoun-subject': party('"he" or "she" is whom the sentence before is about'),
  // Stance of a clause (extract/extract.ts: stanceWhy).
  'stance.deny-verb': { decides: 'a verb of denial ("denied", "refuted")', words: 'read as a denial' },
  'stance.falsity-word': {
    decides: 'a word that brands a claim false ("hoax", "false claims")',
    words: 'read as calling it false',
  },
  'stance.debunk-phrase': { decides: 'a debunking phrase ("shoots down reports", "made it up")', words: 'read as debunking it' },
  'stance.attributed': { decides: 'a clause with a speaker', words: "read as one party's word" },
  'stance.hedge-word': { decides: 'a hedge ("reportedly", "may")', words: 'read as unconfirmed' },
  'stance.stored-denial': {
    decides: 'a denial read by an index built before stance rules were stored',
    words: 'read as a denial',
  },
  'stance.asserted': { decides: "the outlet's own statement", words: "read as the outlet's own statement" },
  // Polarity and contest links.
  'polarity.negator': { decides: 'a negator bearing on the proposition ("did not")', words: 'read as negated' },
  'link.counter-claim': { decides: 'a counter-claim holding out against an earlier claim', words: 'read as a counter-claim' },
  'link.denies-earlier': {
    decides: 'a denial of an earlier claim of the article',
    words: 'read as a denial of an earlier claim',
  },
  // Comparison across outlets (compare/status.ts).
  'deny.negates-affirmed-term': {
    decides: 'a negated clause denying what other outlets affirm',
    words: 'read as saying the opposite',
  },
  'deny.affirms-what-others-negate': {
    decides: 'a plain clause affirming what most outlets negate',
    words: 'read as saying the opposite',
  },
  'deny.counter-claim': { decides: "a counter-claim elsewhere contests the group's claim", words: 'read as a counter-claim' },
  'deny.carries-contested-claim': {
    decides: 'outlets carrying the claim a counter-claim holds out against',
    words: 'read as contradicting the counter-claim',
  },
  'status.denied-and-carried': { decides: 'some outlets carry the claim and others deny it', words: 'disputed' },
  'status.independent-outlets': { decides: 'independent outlets carry it', words: 'corroborated' },
  'status.one-source': { decides: "one outlet, or one party's word", words: 'single source' },
  // Across the events of a story (compare/story.ts, compare/cross-event.ts).
  'deny.in-another-event': {
    decides: "an explicit denial in another event of the story of the claim's event",
    words: 'read as a denial in another event of the story',
  },
  'status.denied-across-events': {
    decides: 'a claim carried in one event of the story and denied in another',
    words: 'disputed across the story',
  },
  // A headline's stance toward a claim (headline/headline-stance.ts).
  'headline.denies': { decides: 'the headline denies or brands the claim false', words: 'read as a denial' },
  'headline.retraction': { decides: 'a retraction or a rumour dismissed', words: 'read as a retraction' },
  'headline.safe-or-alive': { decides: 'safe or alive against a claim of harm or death', words: 'read as saying the opposite' },
  'headline.doubt': { decides: 'doubt, a hoax question or a trick', words: 'read as doubting it' },
  'headline.not-happening': { decides: 'something said not to be happening', words: 'read as saying the opposite' },
  'headline.negates-claim-term': { decides: "a negation of one of the claim's own terms", words: 'read as saying the opposite' },
  'headline.negates-saying': { decides: 'a negation of the saying a speech claim reports', words: 'read as denying it was said' },
  'headline.states': { decides: 'the headline states the claim', words: 'read as stating it' },
  'headline.observes': { decides: 'neither states nor contests it', words: 'read as reporting it without taking a side' },
};

/** The plain words for a rule id, with a neutral fallback for an id this build does not know (an older index). */
export function ruleWords(id: string): string {
  return RULES[id]?.words ?? 'read this way';
}
