// Unit tests for analyzeEvent as a whole: alignment across outlets, status, copies, omissions and framing, on invented
// articles about an invented dispute over the town of Tarn (figures: figures.test.ts; status rules: status-rules.test.ts).
import { describe, expect, it } from 'vitest';
import { analyzeEvent, extractClaims, type EventMember } from '../../../lib/claims/index';
import { article } from './cases';

function member(id: string, outlet: string, text: string, copyOf: string | null = null): EventMember {
  const a = article(id, text, outlet);
  return { article: a, claims: extractClaims(a), copyOf, eventId: 'e' };
}

function analyse(currentText: string, members: EventMember[]) {
  const cur = article('cur', currentText, 'Current Daily');
  return analyzeEvent({ article: cur, claims: extractClaims(cur), copyOf: null }, members);
}

const claimOf = (r: ReturnType<typeof analyse>, re: RegExp) =>
  r.claims.find((c) => re.test(c.text) || c.quotes.some((q) => re.test(q.text)));

describe('analyzeEvent', () => {
  const r = analyse(
    'Pellia announced on May 2 that its army had pushed Ostrian units out of Tarn. Ostrian officials denied the claim. The Pellian president opened the new Tarn hospital on Tuesday.',
    [
      member(
        'm1',
        'Pellia Herald',
        'Pellian forces liberated Tarn from Ostrian units in May. The Pellian president opened the new Tarn hospital on Tuesday. The defence ministry in Pella estimated that Ostria lost 9,000 soldiers.',
      ),
      member(
        'm2',
        'Ostria Post',
        'Pellia claimed it had recaptured Tarn. Ostria insists its units are still fighting inside Tarn. The president of Pellia opened a new hospital in Tarn on Tuesday, local media reported.',
      ),
      member(
        'm3',
        'Ostria Post',
        'Pellia claimed it had recaptured Tarn. Ostria insists its units are still fighting inside Tarn.',
        'm2',
      ),
      member(
        'm4',
        'Wire Monitor',
        'The Pellian president opened the new Tarn hospital on Tuesday, the agency said, and the Tarn hospital has 300 beds.',
      ),
    ],
  );

  it('groups paraphrases of one claim across outlets and marks it disputed, with both sides', () => {
    const c = claimOf(r, /pushed Ostrian units out/)!;
    expect(c.status).toBe('disputed');
    expect(c.assertedBy).toContain('Pellia Herald');
    expect(c.deniedBy).toEqual(expect.arrayContaining(['Current Daily', 'Ostria Post']));
    expect(c.attributedTo).toBe('Pellia');
    expect(c.inThisArticle).toBe(true);
    expect(c.sentenceInArticle).toMatch(/^Pellia announced/);
    expect(r.claims[0]).toBe(c);
  });
  it('links the counter-claim and keeps it apart', () => {
    const c = claimOf(r, /pushed Ostrian units out/)!;
    const counter = r.claims.find((x) => c.contestedBy?.includes(x.id));
    expect(counter?.text).toMatch(/still fighting/);
  });
  it('corroborates what independent outlets report', () => {
    const c = claimOf(r, /hospital/)!;
    expect(c.status).toBe('corroborated');
    expect(c.quotes.length).toBeGreaterThanOrEqual(2);
  });
  it('counts a copy with its original, not as another outlet', () => {
    const c = claimOf(r, /pushed Ostrian units out/)!;
    expect(c.deniedBy.filter((o) => o === 'Ostria Post')).toHaveLength(1);
    expect(c.quotes.filter((q) => q.articleId === 'm3')).toHaveLength(0);
  });
  it('keeps one party’s word single-source and says whose', () => {
    const c = claimOf(r, /9,000/)!;
    expect(c.status).toBe('single-source');
    expect(c.attributedTo).toMatch(/defence ministry/i);
  });
  it('reports what two independent outlets say and this article lacks', () => {
    const r2 = analyse('Pellia announced that its army had entered Tarn.', [
      member('x1', 'Pellia Herald', 'A storm flooded the Tarn valley on Sunday, closing the main road to Pella.'),
      member('x2', 'Ostria Post', 'On Sunday a storm flooded the Tarn valley and closed the main road to Pella.'),
    ]);
    expect(r2.omissions).toHaveLength(1);
    expect(r2.omissions[0]!.reportedBy.sort()).toEqual(['Ostria Post', 'Pellia Herald']);
  });
  it('says whose word a left-out claim is when the outlets attribute it to one party', () => {
    const r = analyse('The storm in Tarn flooded the harbour on Sunday.', [
      member(
        'o1',
        'Pellia Herald',
        'The storm in Tarn flooded the harbour on Sunday. "We will rebuild every pier in the Tarn harbour by the spring," Mayor Ana Vel said.',
      ),
      member(
        'o2',
        'Wire Monitor',
        'The storm in Tarn flooded the harbour on Sunday. Mayor Ana Vel said: "We will rebuild every pier in the Tarn harbour by the spring."',
      ),
    ]);
    const left = r.omissions.find((o) => /rebuild every pier/.test(o.text));
    expect(left?.saidBy).toBe('Mayor Ana Vel');
    expect(left?.reportedBy).toEqual(['Pellia Herald', 'Wire Monitor']);
  });
  it('finds framing: one outlet’s word for the contested event, and a contested spelling', () => {
    const r4 = analyse('Russia claimed its troops had recaptured Lessa near Kyiv. Ukrainian officials denied the claim.', [
      member('z1', 'Herald', 'Russian troops liberated Lessa, 40 km from Kiev, last week.'),
      member('z2', 'Post', 'Russia claimed to have recaptured Lessa, 40 km from Kyiv. Ukraine denies being driven out of Lessa.'),
    ]);
    expect(r4.framing).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ term: 'liberated', versus: 'claimed recapture', outlets: ['Herald'] }),
        expect.objectContaining({ term: 'Kiev', versus: 'Kyiv' }),
      ]),
    );
  });
  it('reads spellings of one name as framing, not two names or a capitalised common word', () => {
    const r = analyse('Opposition blogger Roman Protasevich was arrested in Tarn, said Mayor George Hassan.', [
      member('f1', 'Herald', 'Opposition blogger Raman Pratasevich was arrested in Tarn, said Mayor Georgia Hasan. What a day.'),
      member(
        'f2',
        'Post',
        'Blogger Roman Protasevich was detained in Tarn, Mayor George Hassan said. White smoke rose over the square.',
      ),
    ]);
    const pairs = r.framing.map((f) => [f.term, f.versus].sort().join('/'));
    expect(pairs).toEqual(expect.arrayContaining(['Pratasevich/Protasevich', 'Raman/Roman', 'Hasan/Hassan']));
    expect(pairs).not.toContain('George/Georgia');
    expect(pairs.some((p) => /What|White/.test(p))).toBe(false);
  });
  it('does not read a typing slip of one outlet as framing', () => {
    const r = analyse('The Tarn party chairman Reince Prieber met the mayor of Tarn on Friday.', [
      member('t1', 'Herald', 'The Tarn party chairman Reince Preiber met the mayor of Tarn on Friday.'),
      member('t2', 'Post', 'Tarn party chairman Reince Prieber met the Tarn mayor on Friday.'),
    ]);
    expect(r.framing.map((f) => [f.term, f.versus].sort().join('/'))).not.toContain('Preiber/Prieber');
  });
  it('names outlets by domain, else "unknown outlet", and copes with an article without claims', () => {
    const a = { ...article('d1', 'The Tarn hospital opened on Tuesday with 300 beds.'), domain: 'tarn-news.example' };
    const b = article('d2', 'The new Tarn hospital opened on Tuesday and has 300 beds.');
    const r6 = analyse('Storms hit Pella.', [
      { article: a, claims: extractClaims(a), copyOf: null, eventId: 'e' },
      { article: b, claims: extractClaims(b), copyOf: null, eventId: 'e' },
      { article: article('d3', ''), claims: [], copyOf: null, eventId: 'e' },
    ]);
    const c = claimOf(r6, /hospital/)!;
    expect(c.status).toBe('corroborated');
    expect([...c.assertedBy, ...c.attributedBy].sort()).toEqual(['tarn-news.example', 'unknown outlet']);
  });
  it('does not oppose outlets that print one negated sentence, one of them inside a quotation', () => {
    // FNC-1 bodies: one outlet printed a quoted "They are not Muslims, …" bare, two with the quotation's opening mark.
    const said = 'They are not Pellian soldiers, they have hijacked the uniforms.';
    const r7 = analyse(said, [
      member('q1', 'Pellia Herald', `"${said}`),
      member('q2', 'Ostria Post', `“${said}`),
      member('q3', 'Wire Monitor', "Yasir says they have 'hijacked the uniforms'."),
    ]);
    const c = claimOf(r7, /hijacked the uniforms/)!;
    expect(c.status).toBe('corroborated');
    expect(c.deniedBy).toEqual([]);
  });
  it('is empty and well-formed with no other articles', () => {
    const r5 = analyse('The Tarn hospital opened on Tuesday with 300 beds.', []);
    expect(r5.claims.every((c) => c.status === 'single-source')).toBe(true);
    expect(r5.omissions).toEqual([]);
  });
});

describe('claim wording shown to the reader', () => {
  it('shows an omitted quotation’s first sentence with its closing mark', () => {
    const r = analyse('Mayor Pell opened the Tarn bridge on Friday.', [
      member(
        'm1',
        'Tarn Herald',
        'Mayor Pell opened the Tarn bridge on Friday. “We will rebuild the Tarn harbour next. The harbour will reopen in May,” Pell told the crowd in Tarn.',
      ),
      member(
        'm2',
        'Tarn Post',
        'Mayor Pell opened the Tarn bridge on Friday. “We will rebuild the Tarn harbour next. It will take us a year,” Pell said.',
      ),
    ]);
    expect(r.omissions.map((o) => o.text)).toContain('“We will rebuild the Tarn harbour next.”');
    // The quotation's speaker, named after it ("…,” Pell told the crowd in Tarn."), is whose word it is.
    expect(r.omissions.find((o) => /rebuild/.test(o.text))!.saidBy).toMatch(/Pell/);
  });
});

describe('analyzeEvent: embedded tweets', () => {
  it("keeps a tweet two outlets embed on its account's word, not corroborated by them", () => {
    const tweet = 'The Tarn bridge is shut for good and the Lessa road is closed.— Ana Vel (@anavel) October 22, 2014';
    const r = analyse(`The Pellian army shelled the Tarn bridge on Monday.\n${tweet}`, [
      member('m1', 'Pellia Herald', `Pellian guns shelled the Tarn bridge on Monday.\n${tweet}`),
    ]);
    const c = claimOf(r, /shut for good/)!;
    expect(c.status).toBe('single-source');
    expect(c.attributedTo).toBe('Ana Vel');
  });
});
