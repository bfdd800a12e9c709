// Slips a reader sees in the built text, which no schema or spell check catches: a word run into
// the next across a tag ("the<a>roles</a>" reads "theroles"), a sentence run into the next
// ("steady.It"), and a doubled full stop (".."). Most come from a line break before an inline
// element that the HTML compressor swallowed, or from a template that adds a full stop after
// text that already has one. Pure: it reads HTML text and returns sentences.

/** Inline elements whose edges run straight into the text around them. */
const INLINE = 'a|strong|em|b|i|cite|code|abbr|mark|span|time';

/** Elements that start on their own line (or box), so their text never runs into their neighbours'. */
const BLOCK_TAG =
  /<\/?(?:p|div|li|ul|ol|dl|dt|dd|h[1-6]|section|article|header|footer|nav|main|aside|figure|figcaption|table|thead|tbody|tr|td|th|caption|br|hr|summary|details|blockquote|button|label|legend|fieldset|form|select|option|textarea|input|progress|svg|title|dialog)\b[^>]*>/gi;

/** Scripts, styles and the head are not text a reader sees; a citation's span is spaced by CSS. */
function visibleHtml(html: string): string {
  return html
    .replace(/<head\b[\s\S]*?<\/head>/i, '')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<span class="cite"[^>]*>/g, ' <span>');
}

const around = (text: string, at: number, end: number) =>
  text
    .slice(Math.max(0, at - 30), end + 20)
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Every slip on one page, each as a sentence quoting the text around it. */
export function textSlips(html: string): string[] {
  const page = visibleHtml(html);
  const slips: string[] = [];
  // A letter (or a comma, colon or semicolon) right before an inline element that starts with a letter.
  for (const m of page.matchAll(new RegExp(`[A-Za-z,;:]<(?:${INLINE})\\b[^>]*>(?=[A-Za-z“"(])`, 'g')))
    slips.push(`a word runs into the next before a link or emphasis: "${around(page, m.index!, m.index! + m[0].length)}"`);
  // An inline element that ends with a letter or full stop, right before a letter.
  for (const m of page.matchAll(new RegExp(`[A-Za-z.,;:]</(?:${INLINE})>(?=[A-Za-z])`, 'g')))
    slips.push(`a word runs into the next after a link or emphasis: "${around(page, m.index!, m.index! + m[0].length)}"`);
  // Block elements stand apart on screen; inline ones run on into the text beside them.
  const text = page.replace(BLOCK_TAG, ' ').replace(/<[^>]+>/g, '');
  for (const m of text.matchAll(/[a-z]{2}\.[A-Z][a-z]/g)) slips.push(`a sentence runs into the next: "${around(text, m.index!, m.index! + m[0].length)}"`);
  for (const m of text.matchAll(/(?<!\.)\.\.(?!\.)/g)) slips.push(`a sentence ends "..": "${around(text, m.index!, m.index! + m[0].length)}"`);
  return slips;
}

const decode = (text: string) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** What a page's head must tell search engines and link previews: a title they show whole, a description, an Open Graph title and description. */
export function metaSlips(html: string, maxTitle: number): string[] {
  const head = /<head\b[\s\S]*?<\/head>/i.exec(html)?.[0] ?? '';
  const slips: string[] = [];
  const title = decode(/<title>([\s\S]*?)<\/title>/.exec(head)?.[1]?.trim() ?? '');
  if (!title) slips.push('the page has no <title>');
  else if (title.length > maxTitle) slips.push(`the title has ${title.length} characters (at most ${maxTitle} show whole in search results): shorten "${title}"`);
  for (const [attr, name] of [['name', 'description'], ['property', 'og:title'], ['property', 'og:description']])
    if (!new RegExp(`<meta ${attr}="${name}" content="[^"]+"`).test(head)) slips.push(`the page has no ${name}`);
  return slips;
}
