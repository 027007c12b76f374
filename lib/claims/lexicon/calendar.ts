// Calendar words: month names, their abbreviations and weekdays (English; the news corpora's usage). Read by dates
// and quantities, sentence splitting, speaker phrases and figures, which each wrote out their own copy before.
import { entries } from './build.js';

export const MONTHS = entries(`
  January
  February
  March
  April
  May
  June
  July
  August
  September
  October
  November
  December
`);

/** Abbreviations as news style prints them, with or without their stop ("Sept. 11", "Jan 5"); May has none. */
export const MONTH_ABBREVIATIONS = entries(`
  Jan
  Feb
  Mar
  Apr
  Jun
  Jul
  Aug
  Sep
  Sept
  Oct
  Nov
  Dec
`);

export const WEEKDAYS = entries(`
  Monday
  Tuesday
  Wednesday
  Thursday
  Friday
  Saturday
  Sunday
`);
