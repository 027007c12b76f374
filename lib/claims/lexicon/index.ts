// The claims stage's word lists, each written once, one entry a line, with its source (lexicon/*.ts), and read into
// sets and patterns by one helper (lexicon/build.ts). Rules import them from here.
export * from './verbs.js';
export * from './cues.js';
export * from './events.js';
export * from './sides.js';
export * from './calendar.js';
export * from './honorifics.js';
export * from './demonyms.js';
