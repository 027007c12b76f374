// Weighted logistic regression by gradient descent, for fitting the matcher's constants (tests/eval/fit.ts).
export type Sample = { x: number[]; y: 0 | 1; w: number };

export function fitLogistic(data: readonly Sample[], steps = 20000, lr = 2, l2 = 1e-4): { w: number[]; b: number } {
  const d = data[0]!.x.length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const total = data.reduce((s, x) => s + x.w, 0);
  for (let it = 0; it < steps; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (const s of data) {
      const z = s.x.reduce((acc, v, i) => acc + v * w[i]!, b);
      const err = (1 / (1 + Math.exp(-z)) - s.y) * s.w;
      for (let i = 0; i < d; i++) gw[i]! += err * s.x[i]!;
      gb += err;
    }
    for (let i = 0; i < d; i++) w[i]! -= lr * (gw[i]! / total + l2 * w[i]!);
    b -= (lr * gb) / total;
  }
  return { w, b };
}
