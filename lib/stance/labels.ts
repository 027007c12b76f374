// The four FNC-1 stance labels and the two stages that predict them (related?, then which related stance).
export const STANCES = ['agree', 'disagree', 'discuss', 'unrelated'] as const;
export type StanceLabel = (typeof STANCES)[number];

/** The three labels of a text that addresses the claim; order = output order of the stance layer. */
export const RELATED = ['agree', 'disagree', 'discuss'] as const;

export type StanceProbs = Record<StanceLabel, number>;

export function isStanceLabel(s: string): s is StanceLabel {
  return (STANCES as readonly string[]).includes(s);
}
