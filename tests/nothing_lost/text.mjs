// Runs in the browser (page.evaluate): the text of each input piece, of the
// rendered article without the template's own words, and of each removed
// fragment. Documents made by DOMParser are inert: nothing loads or runs.
//
// jobs: [{pieces: [{kind: plain|markdown|html, text}], output, template, removed: [string]}]
//   (a markdown piece arrives as its CommonMark HTML; `template` is the
//   output for the same article with all its text blanked)
// returns: [{pieces: [string], output: string, template: string, removed: [string]}]
export function extractText(jobs) {
  // Elements that flow inside a line; every other element separates words.
  const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font',
    'i', 'ins', 'kbd', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
    'time', 'tt', 'u', 'var', 'ruby', 'rb', 'label', 'button']);

  const parse = (html) => new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, 'text/html').body;

  // textContent, with a space where an element that is not inline begins or ends.
  function textOf(node, skip = () => false) {
    let out = '';
    const walk = (n) => {
      if (n.nodeType === Node.TEXT_NODE) {
        out += n.data;
        return;
      }
      if (n.nodeType !== Node.ELEMENT_NODE && n.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
      if (n.nodeType === Node.ELEMENT_NODE && skip(n)) return;
      const separate = n.nodeType === Node.ELEMENT_NODE && !INLINE.has(n.localName);
      if (separate) out += ' ';
      // A template's content is text of the input too.
      const children = n.localName === 'template' ? n.content.childNodes : n.childNodes;
      for (const child of children) walk(child);
      if (separate) out += ' ';
    };
    walk(node);
    return out;
  }

  // The breadcrumb trail ends with the headline again: the template's copy.
  const repeatedHeadline = (el) => el.localName === 'li' && el.getAttribute('aria-current') === 'page';
  function outputText(html) {
    const body = parse(html);
    // Alt text and embed titles are the input's plain alt, caption and title fields.
    const attributes = Array.from(body.querySelectorAll('img[alt], iframe[title]'), (el) => el.getAttribute(el.localName === 'img' ? 'alt' : 'title'));
    return textOf(body, repeatedHeadline) + ' ' + attributes.join(' ');
  }

  // A task list marker ("[x] " at the start of a list item) is Markdown
  // syntax, which the reference renderer does not know: not text.
  function markdownText(html) {
    const body = parse(html);
    for (const li of body.querySelectorAll('li')) {
      let first = li.firstChild;
      if (first && first.nodeType === Node.ELEMENT_NODE && first.localName === 'p') first = first.firstChild;
      if (first && first.nodeType === Node.TEXT_NODE) first.data = first.data.replace(/^\[[ xX]\](?=\s)/, '');
    }
    return textOf(body);
  }

  // A removed fragment counts with its raw text and with its decoded text.
  const removedText = (raw) => `${raw} ${textOf(parse(raw))}`;

  return jobs.map((job) => ({
    pieces: job.pieces.map((piece) => {
      if (piece.kind === 'plain') return piece.text;
      return piece.kind === 'markdown' ? markdownText(piece.text) : textOf(parse(piece.text));
    }),
    output: outputText(job.output),
    template: outputText(job.template),
    removed: job.removed.map(removedText),
  }));
}
