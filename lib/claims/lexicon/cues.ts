// Hedge, falsity, negation and persistence cues, one a line. Chosen on Emergent's train headlines ("hoax",
// "debunked") and the corpora's bodies; each list says which sentences motivated it.
import { forms, stems } from './build.js';

/** Words that say a statement is unconfirmed or second-hand ("reportedly killed", "appeared to be"). */
export const HEDGES = forms(`
  reportedly
  allegedly
  apparently
  appeared
  appears
  seemingly
  purportedly
  possibly
  unconfirmed
  rumoured
  rumored
  may
  might
  could
  perhaps
  unverified
`);

/** Words that, in a headline or sentence, brand a claim false (Emergent "against" headlines: "hoax", "fake", "debunked"). */
export const FALSITY = stems(`
  hoax
  hoaxes
  fake
  false
  untrue
  myth
  debunked
  debunk
  bogus
  baseless
  satire
  satirical
  nope
  duped
  denies
  denied
  refutes
  refuted
  misleading
  rubbish
  bullshit
  misinformation
  inaccurate
  erroneous
  rebuffs
  rebuffed
  retracts
  retracted
  exaggerated
  unfounded
  nonsense
  phony
  feigned
`);
/** Falsity words whose stem is an ordinary word's: "doctored" stems to "doctor" (Emergent: "Doctors confirmed the
 *  first case of death from ingesting GMOs" read as a denial), so they are matched as written. */
export const FALSITY_FORMS = forms(`
  doctored
`);

/** Falsity adjectives, and the nouns they brand false when placed before them ("false claims", "bogus reports"). Before
 *  any other noun they describe the story's content, not the claim: "filing false campaign finance records",
 *  "vulnerable to bogus lawsuits" (BASIL bodies, read as denials of the indictment and of the veto override), "the
 *  satirical magazine Charlie Hebdo" (FNC-1: every report of the attack read as a denial). */
export const FALSITY_ADJECTIVES = forms(`
  fake
  false
  untrue
  bogus
  baseless
  misleading
  inaccurate
  erroneous
  doctored
  exaggerated
  unfounded
  phony
  satirical
`);
export const CLAIM_NOUNS = stems(`
  claim
  report
  rumor
  rumour
  story
  stories
  allegation
  accusation
  news
  account
  assertion
  narrative
  theory
`);

/** Debunking phrases (Emergent "against" headlines: "shoots down report", "shuts down rumors of", "made it all up",
 *  "isn't real"). "Made up" on its own also means "formed": "Carl Bernstein made up The Post's investigative duo" (ECB+). */
export const DEBUNK =
  /\b(?:shoots? down|shot down|shuts? down|shutting down|puts? to rest|kills|quash(?:es|ed)?)\b[^.]{0,40}\b(?:rumou?rs?|reports?|claims?|story|speculation|assertion)\b|\bmade (?:it all|it|this|the story|the whole thing) up\b|\b(?:was|were|is|are|been|all) made up\b|\b(?:not|isn['’]t|wasn['’]t|aren['’]t|weren['’]t) (?:true|real)\b|\bset(?:ting)? the record straight\b|\bpants on fire\b/i;

/** Negators that flip a proposition ("Banksy wasn't arrested", "Bale will not play Jobs"). */
export const NEGATORS = forms(`
  not
  n't
  no
  never
  nobody
  nothing
  neither
  nor
  isn't
  wasn't
  aren't
  weren't
  hasn't
  haven't
  hadn't
  doesn't
  don't
  didn't
  won't
  can't
  cannot
  couldn't
  wouldn't
  shouldn't
`);

/** Words a counter-claim leans on: it holds that something is still the case against another party's claim. */
export const PERSIST = stems(`
  still
  remain
  remains
  remained
`);
