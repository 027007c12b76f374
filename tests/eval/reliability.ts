// Reliability of the match confidence: predicted against observed precision by bin, and the expected calibration
// error (ECE: the bins' gaps weighted by their share of the samples). A sample is one answer's top event with its
// confidence and whether that event is right (an unknown event's or an open-web page's top event never is).
export interface Calibrated {
  p: number;
  right: boolean;
}

export interface Bin {
  lo: number;
  hi: number;
  n: number;
  predicted: number;
  observed: number;
}

export function reliability(
  samples: readonly Calibrated[],
  edges = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1],
): { bins: Bin[]; ece: number } {
  const bins: Bin[] = [];
  let ece = 0;
  for (let i = 0; i + 1 < edges.length; i++) {
    const lo = edges[i]!;
    const hi = edges[i + 1]!;
    const last = i + 2 === edges.length;
    const mine = samples.filter((s) => s.p >= lo && (s.p < hi || (last && s.p <= hi)));
    if (!mine.length) {
      bins.push({ lo, hi, n: 0, predicted: NaN, observed: NaN });
      continue;
    }
    const predicted = mine.reduce((a, s) => a + s.p, 0) / mine.length;
    const observed = mine.filter((s) => s.right).length / mine.length;
    bins.push({ lo, hi, n: mine.length, predicted, observed });
    ece += (mine.length / samples.length) * Math.abs(predicted - observed);
  }
  return { bins, ece };
}
