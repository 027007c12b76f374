// Word cues for a headline's stance toward a claim (headline-stance.ts): doubt, hoax questions, retractions and tricks
// speak against the claim; reporting, belief and forecast words report it without stating it. Each names its case.

/** Claim words that doubt or debunk (see ClaimCues.doubting). */
export const DOUBTING = /\b(?:question(?:s|ed|ing)?|doubts?|doubted|hoax|fake|conspiracy|troll(?:s|ed)?)\b/i;
/** Claim words of harm to someone or something: taken, killed, hurt, lost (see ClaimCues.harm). */
export const HARM =
  /\b(?:captured|kidnapped|abducted|seized|stolen|killed|dead|died|dies|missing|injured|hurt|wounded|shot|beheaded|executed|arrested|detained)\b/i;
/** Claim words that make it a claim about speech (see ClaimCues.speech). */
export const SPEECH = /\b(?:says?|said|claim(?:s|ed)?|declared?s?|told|tells?|announced?s?|wrote)\b/i;

/** Doubt cast on the story is a position against it: "Doubts cast over <meteorite> claim", "Scientists doubt that …",
 *  "<agency> questions whether …" (Emergent train: the meteorite and the burrowing-spider claims). */
export const DOUBT =
  /\b(?:cast(?:s|ing)?|rais(?:e|es|ed|ing)|throw(?:s|ing)?|threw)\s+(?:\w+\s+)?doubts?\b|\bdoubts?\s+(?:cast|raised|grow|over|about|on)\b|\bdoubts?\s+(?:that|whether)\b|\bquestions?\s+whether\b/i;
/** Said to be safe, a person or thing claimed taken or harmed is not ("<woman> captured by ISIS says she is safe and
 *  secure", "Police issue statement that the Batmobile is safe", "… says she is actually fine", Emergent train, five
 *  headlines on two claims, all against). A copula is required: "plays it safe" and "keeping campuses safe" say no such
 *  thing. "Alive" contests only a death ("<leader> is alive"): a captive can be captured and alive. */
export const SAFE =
  /\b(?:is|are|was|were|am|i['’]m|she['’]s|he['’]s|it['’]s|they['’]re)\s+(?:actually\s+|still\s+|now\s+)?(?:safe|fine|unharmed|unhurt)\b/i;
export const ALIVE =
  /\b(?:is|are|was|were|am|i['’]m|she['’]s|he['’]s|they['’]re)\s+(?:actually\s+|still\s+|very\s+much\s+)?alive\b/i;

/** A yes/no question whether the story is a hoax voices doubt ("Was <viral video> all a hoax?", "Did <star> stage his
 *  viral video?"), and so does asking how a fake took people in ("How did <fake site> dupe <newspapers>?"), where a
 *  question about a topic does not ("Yeti or bigfoot hoax?"; Emergent train: six headlines on three claims, against). */
export const HOAX_QUESTION =
  /(?:^|[:.?!]\s+)(?:how\s+)?(?:was|is|are|were|did|does)\b[^?]*\b(?:hoax(?:es)?|fake[ds]?|faked|stage[ds]?|dupe[ds]?)\b[^?]*\?/i;
/** The story laid to rest or mocked by whom it is about, the rumour named after the verb's object ("<director>'s stolen
 *  <car> rumor put to rest", "<director> makes fun of stolen <car> rumor", Emergent train; lexicon DEBUNK has the
 *  order "shoots down reports of …"). */
export const RUMOUR_DISMISSED =
  /\b(?:rumou?rs?|reports?|claims?|story|speculation)\s+(?:(?:is|are|was|were|has been|have been)\s+)?(?:put|laid)\s+to\s+rest\b|\b(?:mocks?|mocked|makes?\s+fun\s+of|made\s+fun\s+of|laughs?\s+off|laughed\s+off|ridicules?|ridiculed)\b[^.]{0,40}\b(?:rumou?rs?|reports?|claims?|story|speculation)\b/i;
/** An outlet taking its story down disowns it ("<site> pulls story accusing <professor> …", Emergent train). Deleting
 *  a post is left out: people delete their own posts, which says nothing of a story about them. */
export const RETRACTION =
  /\b(?:pull(?:s|ed)?|retract(?:s|ed)?|withdr[ae]ws?|withdrawn)\s+(?:(?:its|the|a|an|their|his|her)\s+)?(?:\w+\s+)?(?:story|article|report|post|tweet|claim)\b/i;

/** The story was a trick played on its readers ("Someone trolled Twitter into thinking <rapper> joined ISIS", "<expert>
 *  thought someone was trying to punk <network>", Emergent train), or it is no real thing ("<phone> hairgate is not a
 *  thing", Emergent train), or was all a prank ("<car> … was just for a prank video", "… it is all a prank") and is not
 *  what it seems (Emergent test). Verb forms only: "trolls" and "punk" are as often people and music. */
export const TRICK =
  /\b(?:trolled|punked|punk'd|to\s+punk|fooled)\b|\b(?:is|are|was|were)(?:n['’]t|\s+not)\s+(?:even\s+)?a\s+thing\b|\b(?:all|just|only|merely)\s+(?:for\s+)?an?\s+(?:\w+\s+)?(?:prank|stunt|joke)\b|\b(?:is|are|was|were)(?:n['’]t|\s+not)\s+what\s+(?:it|they)\s+(?:seems?|seemed|looks?|looked|appears?|appeared)\b/i;

/** The story said not to be happening at all: "The pumpkin spice condom is not happening", "… Flavors That Aren't
 *  Happening", "Not coming to a store near you: <product>", "… Just a Figment of Your Own Imagination", "<truce> never
 *  happened". The claim's own
 *  terms need not be negated: what is denied is that the thing exists or takes place. */
export const NOT_HAPPENING =
  /\b(?:is|are|was|were|it['’]s)(?:n['’]t|\s+not)\s+(?:really\s+|actually\s+)?happening\b|\b(?:aren['’]t|isn['’]t|not)\s+happening\b|\bwon['’]t\s+(?:be\s+)?happen(?:ing)?\b|\bnot\s+coming\s+to\s+(?:a|an|the|your)\b|\bfigments?\s+of\b|\bnever\s+(?:really\s+|actually\s+)?(?:happened|existed|took\s+place)\b/i;

/** Words with which a headline reports that a story is being told rather than telling it: "Rumors of <death> circulate",
 *  "Report claims …", "<man> claims he …", "alleged audio", "said to open" (Emergent train: of the headlines that state the
 *  claim with one of these, about four in five are labelled observing). A belief is reported too: "People on Twitter
 *  think <rapper> has joined ISIS", and so is what the press says: "<militant> identified by media" (Emergent train). */
export const REPORTED =
  /\b(?:think|thinks|believe|believes|rumou?rs?|rumou?red|reports?|reportedly|reported|alleged?|allegedly|purport(?:s|ed|edly)?|suspected|supposed(?:ly)?|believed to|said to|sources?|media|according to|unconfirmed|speculat\w*|claims?|claimed|claiming)\b/i;
/** A statement put in someone's mouth is reported, not stated: "<group> detained by Lebanon, officials say", "Small
 *  meteorite strikes <country>, government says", "Lawmaker Says At Least 10 <fighters> Caught at <border>". Emergent
 *  train: of the headlines the other rules read as stating the claim, those with "says" or "said" are labelled observing
 *  23 times and for 11 (and against 2); "confirms" is left out, as a confirmation is the outlet's word too. The colon form
 *  is SPEAKER_COLON. */
export const ON_WORD = /\b(?:says?|said)\b/i;
/** Forecasts and plans are not facts yet: "<analyst> predicts …", "<actor> in talks to …", "will probably cost …"
 *  (Emergent train: of 26 headlines that state the claim with one of these, 21 are labelled observing); nor is a story told amid confusion
 *  ("Confusion surrounds capture of <leader>'s wife", "Confusion as <leader> mourned instead of <namesake>", Emergent
 *  train, neither labelled for) or called unclear. */
export const SPECULATIVE =
  /\b(?:confusion|confused|conflicting|unclear|uncertain|uncertainty|probably|likely|possible|possibly|probable|expected to|set to|in talks|eyes|eyed|predicts?|predicted|forecasts?|suggests?|sees)\b/i;

/** A speaker before a colon ("Senator: detainees … have contacted militants", "Analyst: <watch> to cost 950") puts the
 *  statement in that speaker's mouth (Emergent train: 11 of 16 such headlines that state the claim are labelled
 *  observing). The heads are roles that speak for someone, as in speaker-phrase.ts, the titles seen in train, and people
 *  who tell what happened to them ("Former <tour> player: …", "Customer: …"); a first person after the colon is a
 *  quotation whoever the label names ("Customer: I was fired for <company> complaint"; Emergent test, observing). */
export const SPEAKER_COLON =
  /^[^:?]{0,40}\b(?:officials?|sources?|insiders?|analysts?|experts?|lawmakers?|congress(?:man|woman)|senator|rep\.?|ministers?|ministry|spokes(?:man|woman|person)|president|governor|police|pentagon|intel|intelligence|prosecutors?|attorney|lawyer|military|army|government|authorities|administration|witness(?:es)?|group|agency|study|scientists?|agents?|players?|customers?|employees?|residents?|neighbou?rs?|victims?|owners?|fans?|famil(?:y|ies)|relatives?)\s*:\s|^[^:?]{1,40}:\s+(?:i|i['’]m|i['’]ve|we|we['’]re|my|our)\b/i;
