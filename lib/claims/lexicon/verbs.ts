// Verbs of saying, denying and contesting, one a line, as the claim rules match them (surface forms). Chosen on the
// five corpora's attributions (BASIL, AllSides, NewsWCL50, ECB+, FNC-1 train bodies) and the seed story.
import { forms } from './build.js';

/** Verbs that attribute a statement to someone ("the Kremlin said", "Putin claimed", "reported AFP"). The ones that
 *  follow quotations in the five corpora and nearly always mean speech are in ("…,” he tweeted", "…,” she replied":
 *  about 60 quotations were the outlet's own word); "continued", "responded", "posted", "recalled" and "repeated" are
 *  not ("the fighting continued", "police responded to the scene", "posted bail", "recalled 1 million cars",
 *  "Nielsen's repeated statements"). */
export const SAY_VERBS = forms(`
  said
  says
  say
  told
  tells
  accused
  accuses
  stated
  announced
  announces
  declared
  declares
  claimed
  claims
  reported
  confirmed
  confirms
  added
  adds
  noted
  estimated
  estimates
  stressed
  explained
  explains
  wrote
  warned
  argued
  alleged
  alleges
  asserted
  indicated
  described
  celebrated
  showed
  cited
  quoted
  acknowledged
  admitted
  tweeted
  tweets
  replied
  replies
  quipped
  remarked
  testified
`);

/** Verbs of denial ("Kyiv officials denied the claim", "Ukraine's military firmly refuted claims that…"). */
export const DENY_VERBS = forms(`
  denied
  denies
  deny
  refuted
  refutes
  refute
  rejected
  rejects
  disputed
  disputes
  contested
  contests
  rebutted
  rebuts
  debunked
  debunks
  disproved
`);

/** Reporting verbs that keep a position against someone else's ("Kyiv has insisted…", "Ukraine maintains…"). */
export const CONTEST_VERBS = forms(`
  insisted
  insists
  insist
  maintained
  maintains
  maintain
  countered
  counters
  contended
  contends
`);
