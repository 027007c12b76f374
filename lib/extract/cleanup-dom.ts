// Element-level clean-up of Readability's output (a small DOM, so this is cheap): figures and captions, containers
// whose class or id names them as page furniture, and link lists. Motivating pages are benchmark ids
// (../shared/data/article-extraction-benchmark, first 10 hex digits).

/**
 * furniture-class: class/id words that name non-article parts — share bars, related lists, newsletter boxes,
 * author boxes, tags, ads (cleveland.com 35b158918c "You may also like" list; nbcnews 7a457a4f71 newsletter box;
 * theantijunecleaver 0e014df693 author box).
 */
const FURNITURE =
  /(?:^|[\s_-])(?:related|recommended?|recirc|newsletters?|subscribe|subscription|signup|promo|share|sharing|sharebar|social|comments?|author-?bio|bio|byline|dateline|timestamp|breadcrumbs?|tags|tag-?list|advert|advertisement|ads?|sponsored|outbrain|taboola|trending|popular|read-?more|more-?stories|paywall)(?:$|[\s_-])/i;
/** caption-class: captions and credits (bbc 70cb2d5bca "Image copyright …", space.com 686bb170ef "(Image: © …)"). */
const CAPTION = /(?:^|[\s_-])(?:caption|captions|credit|credits|photo-?credit|image-?credit|wp-caption-text)(?:$|[\s_-])/i;

/** An element larger than this share of the article's text is never removed by class: it is the article. */
const MAX_SHARE = 0.3;

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

function linkLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) n += textLength(a);
  return n;
}

/**
 * The elements under root in document order, as querySelectorAll('*') lists them, by walking siblings: linkedom
 * runs a selector engine on every element for '*' (and has no getElementsByTagName('*')).
 */
function descendants(root: Element): Element[] {
  const out: Element[] = [];
  let el = root.firstElementChild;
  while (el) {
    out.push(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return out;
}

export function removeFurniture(root: Element): void {
  // The article's length is needed only once a class/id or link-list candidate turns up (many pages have none).
  let totalLength = -1;
  const total = () => (totalLength < 0 ? (totalLength = Math.max(1, textLength(root))) : totalLength);
  const doomed: Element[] = [];
  for (const el of descendants(root)) {
    const tag = el.tagName.toUpperCase();
    // figures-captions: figures, their captions, asides and navigation are not body text (gold excludes them).
    if (tag === 'FIGURE' || tag === 'FIGCAPTION' || tag === 'ASIDE' || tag === 'NAV') {
      doomed.push(el);
      continue;
    }
    // Readability strips most classes, so most elements have neither attribute: no hint string is built for them.
    const cls = el.getAttribute('class');
    const id = el.getAttribute('id');
    const hint = cls || id ? `${cls ?? ''} ${id ?? ''}` : '';
    if (hint.trim() && (CAPTION.test(hint) || FURNITURE.test(hint)) && textLength(el) < MAX_SHARE * total()) {
      doomed.push(el);
      continue;
    }
    // link-list: a list whose items are mostly links is navigation or a teaser list (ctpost 05844573ca menu,
    // wired 2f42ef1d3e "More Great WIRED Stories", sky 921019755f "More from UK").
    if ((tag === 'UL' || tag === 'OL') && el.getElementsByTagName('li').length >= 2) {
      const len = textLength(el);
      if (len > 0 && linkLength(el) / len >= 0.6 && len < MAX_SHARE * total()) doomed.push(el);
    }
  }
  for (const el of doomed) el.parentNode?.removeChild(el);
}
