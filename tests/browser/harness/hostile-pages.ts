// Hostile pages, made at run time (issue 23's probe): deep and wide DOMs built by the page's own script (an HTML
// parser stops nesting at 512 levels; a script does not), over-long metadata, a canonical link to another outlet,
// a right-to-left override in a site name. Their text is generated filler, never an article's. The browser suite
// asserts each page's outcome; tests/bench/page-delay.ts measures input delay on the heavy ones.

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const WORDS = [
  'council',
  'harbour',
  'bridge',
  'officials',
  'said',
  'residents',
  'budget',
  'plan',
  'river',
  'vote',
  'week',
  'report',
  'minister',
  'works',
  'traffic',
  'station',
  'funding',
  'delay',
  'public',
  'meeting',
];
/** Filler prose, the same for a given seed: long paragraphs so Readability takes the page for an article. */
function filler(paragraphs: number, seed: number): string[] {
  let x = seed;
  const next = () => (x = (x * 1_103_515_245 + 12_345) % 2_147_483_648);
  return Array.from({ length: paragraphs }, () =>
    Array.from({ length: 6 }, () => {
      const words = Array.from({ length: 14 }, () => WORDS[next() % WORDS.length]!);
      return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
    }).join(' '),
  );
}

export interface ArticleParts {
  title?: string;
  site?: string;
  byline?: string;
  canonical?: string;
  published?: string;
  extraHead?: string;
  /** Runs at the end of <body>, before document idle (the content script's start). */
  script?: string;
}

export function hostileArticle(parts: ArticleParts = {}, seed = 1): string {
  const title = parts.title ?? 'Harbour bridge works delayed again, council says';
  const head = [
    '<meta charset="utf-8">',
    `<title>${esc(title)}</title>`,
    '<meta property="og:type" content="article">',
    `<meta property="og:title" content="${esc(title)}">`,
    `<meta property="og:site_name" content="${esc(parts.site ?? 'Harbour Herald')}">`,
    `<meta property="article:published_time" content="${parts.published ?? '2024-03-05T09:00:00Z'}">`,
    parts.byline ? `<meta name="author" content="${esc(parts.byline)}">` : '',
    parts.canonical ? `<link rel="canonical" href="${esc(parts.canonical)}">` : '',
    parts.extraHead ?? '',
  ].join('\n');
  const body = filler(8, seed)
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head>${head}</head><body><main><article><h1>${esc(title)}</h1>
${body}</article></main>${parts.script ? `<script>${parts.script}</script>` : ''}</body></html>`;
}

/** Builds `count` chains of `depth` nested divs under <body>; `hide` is how each chain's root is hidden. */
const chains = (count: number, depth: number, hide: 'attribute' | 'stylesheet' | 'none') => `
  for (let c = 0; c < ${count}; c++) {
    const root = document.createElement('div');
    ${hide === 'attribute' ? 'root.hidden = true;' : hide === 'stylesheet' ? "root.className = 'folded';" : ''}
    let cur = root;
    for (let i = 1; i < ${depth}; i++) { const d = document.createElement('div'); cur.appendChild(d); cur = d; }
    cur.textContent = 'bottom of chain ' + c;
    document.body.appendChild(root);
  }`;

/** What the extension must answer on a heavy page; the bench measures input delay on each. */
export interface HeavyPage {
  path: string;
  what: string;
  html: string;
  /** The tab's final status with Parallax. */
  expect: 'ready' | 'too-complex';
}

export function heavyPages(): HeavyPage[] {
  const page = (path: string, what: string, expect: HeavyPage['expect'], parts: ArticleParts, seed: number): HeavyPage => ({
    path,
    what,
    expect,
    html: hostileArticle(parts, seed),
  });
  return [
    page('/heavy/control.html', 'an ordinary article (control)', 'ready', {}, 2),
    page(
      '/heavy/hidden-chains.html',
      'six hidden chains of 9,000 elements (54,000 elements)',
      'ready',
      { script: chains(6, 9_000, 'attribute') },
      3,
    ),
    page(
      '/heavy/css-hidden-chains.html',
      'six chains of 9,000 hidden by a stylesheet',
      'too-complex',
      {
        extraHead: '<style>.folded{display:none}</style>',
        script: chains(6, 9_000, 'stylesheet'),
      },
      4,
    ),
    // Hidden by a stylesheet: a visible chain that deep crashes Chromium's own layout, with or without Parallax.
    page(
      '/heavy/deep-chain.html',
      'one chain 12,000 deep, hidden by a stylesheet',
      'too-complex',
      {
        extraHead: '<style>.folded{display:none}</style>',
        script: chains(1, 12_000, 'stylesheet'),
      },
      5,
    ),
    page('/heavy/deep-1000.html', 'one visible chain 1,000 deep', 'too-complex', { script: chains(1, 1_000, 'none') }, 6),
    page(
      '/heavy/wide.html',
      '58,000 visible elements side by side',
      'too-complex',
      {
        script:
          "const f = document.createDocumentFragment(); for (let i = 0; i < 58000; i++) { const s = document.createElement('span'); s.textContent = 'w'; f.appendChild(s); } document.body.appendChild(f);",
      },
      7,
    ),
    page(
      '/heavy/long-text.html',
      '3 MB of text in one paragraph',
      'too-complex',
      {
        script: "const p = document.createElement('p'); p.textContent = 'word '.repeat(600000); document.body.appendChild(p);",
      },
      8,
    ),
  ];
}

export const NYT = 'https://www.nytimes.com/2024/03/05/nyregion/harbour-bridge.html';

/** Every hostile page the Chromium suite serves, by path (tests/browser/specs/hostile.ts). */
export function hostilePages(): Record<string, string> {
  const pages: Record<string, string> = Object.fromEntries(heavyPages().map((p) => [p.path, p.html]));
  pages['/hostile/long-fields.html'] = hostileArticle(
    {
      title: `Harbour ${'bridge '.repeat(400)}`,
      byline: 'B. '.repeat(1_200),
      canonical: `/hostile/long-fields.html?${'q'.repeat(5_500)}`,
    },
    11,
  );
  pages['/hostile/poser.html'] = hostileArticle({ site: 'The New York Times', canonical: NYT }, 12);
  pages['/hostile/rlo.html'] = hostileArticle({ site: 'Harbour \u202eHerald', published: '2024-03-05T09:00:00Z' }, 13);
  pages['/hostile/forger.html'] = hostileArticle({}, 14);
  pages['/hostile/flood.html'] = hostileArticle({}, 15);
  for (let i = 0; i < 4; i++) pages[`/hostile/restart-${i}.html`] = hostileArticle({}, 20 + i);
  return pages;
}
