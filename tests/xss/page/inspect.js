// Loaded into the harness page. Parses each Galley output the way a browser
// does and reports everything that could run script, clobber the DOM, mutate
// on re-parse or escape its container. Every check returns a list of problems
// (strings); an empty list is a pass.
(() => {
  const HTML_NS = 'http://www.w3.org/1999/xhtml';
  const harness = window.__xssHarness;
  // The one <style> a document-mode head may hold: Galley's own stylesheet,
  // written in by the harness (lib/browser.mjs).
  const GALLEY_STYLESHEET = '__GALLEY_STYLESHEET__';
  const inert = document.implementation.createHTMLDocument('inert');  // parses without loading or running anything

  // ---- a strict parser for Galley's output -------------------------------
  // Galley promises markup a browser re-parses into exactly the tree Galley
  // built: every element explicitly closed in order, attribute values double
  // quoted, no implied or fostered elements. This parser reads the output
  // under that promise, without any of the HTML tree builder's repairs; a
  // browser tree that differs from it means the promise was broken. Inside
  // math every element is a MathML one (Galley writes no HTML there, and
  // nothing at all inside token elements), with no void or raw-text elements.

  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
  const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
  const ESCAPABLE_RAW_TEXT = new Set(['title', 'textarea']);
  const DROPS_LEADING_NEWLINE = new Set(['pre', 'listing', 'textarea']);

  class MalformedOutput extends Error {}

  // Character references. The usual ones are decoded here; any other is
  // left to the browser's own parser (which is slower).
  const COMMON_REFERENCES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  const ONLY_COMMON = /^(?:[^&]|&amp;|&lt;|&gt;|&quot;|&#39;)*$/;
  const decodeCommon = (text) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (ref) => COMMON_REFERENCES[ref]);

  function decodeText(text) {
    if (!text.includes('&')) return text;
    if (ONLY_COMMON.test(text)) return decodeCommon(text);
    const holder = inert.createElement('div');
    holder.innerHTML = text;
    return holder.textContent;
  }

  function decodeAttribute(value) {
    if (!value.includes('&')) return value;
    if (ONLY_COMMON.test(value)) return decodeCommon(value);
    const holder = inert.createElement('div');
    holder.innerHTML = `<p x="${value}"></p>`;
    return holder.firstChild.getAttribute('x');
  }

  function strictParse(html, allowDoctype) {
    html = html.replace(/\r\n?/g, '\n');  // input stream preprocessing
    const root = { type: 'root', name: '#root', local: '#root', mathml: false, children: [] };
    const stack = [root];
    const top = () => stack[stack.length - 1];
    const fail = (at, why) => {
      throw new MalformedOutput(`${why} at offset ${at}: ${JSON.stringify(html.slice(Math.max(0, at - 40), at + 60))}`);
    };
    const addText = (text) => {
      if (text === '') return;
      const kids = top().children;
      const last = kids[kids.length - 1];
      if (last && last.type === 'text') last.value += text;
      else kids.push({ type: 'text', value: text });
    };
    let i = 0;
    while (i < html.length) {
      const lt = html.indexOf('<', i);
      if (lt < 0) {
        addText(decodeText(html.slice(i)));
        break;
      }
      addText(decodeText(html.slice(i, lt)));
      i = lt;
      if (html.startsWith('<!--', i)) {
        const end = html.indexOf('-->', i + 4);
        if (end < 0) fail(i, 'unterminated comment');
        top().children.push({ type: 'comment', value: html.slice(i + 4, end) });
        i = end + 3;
        continue;
      }
      if (/^<!doctype html>/i.test(html.slice(i, i + 15))) {
        if (!allowDoctype || i !== 0) fail(i, 'unexpected doctype');
        i += 15;
        continue;
      }
      if (html[i + 1] === '/') {
        const end = /^<\/([a-zA-Z][a-zA-Z0-9-]*)>/.exec(html.slice(i, i + 80));
        if (!end) fail(i, 'malformed end tag');
        const name = end[1].toLowerCase();
        if (top().local !== name) fail(i, `</${name}> while <${top().name}> is open`);
        stack.pop();
        i += end[0].length;
        continue;
      }
      const start = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(i, i + 80));
      if (!start) fail(i, 'a "<" that starts no tag');
      const name = start[1].toLowerCase();
      let j = i + start[0].length;
      const attrs = [];
      let selfClosing = false;
      for (;;) {
        while (/[\t\n\f ]/.test(html[j] ?? '')) j++;
        if (j >= html.length) fail(i, 'unterminated start tag');
        if (html[j] === '>') { j++; break; }
        if (html.startsWith('/>', j)) { selfClosing = true; j += 2; break; }
        const attr = /^[^\t\n\f "'>/=]+/.exec(html.slice(j, j + 200));
        if (!attr) fail(j, 'malformed attribute');
        const attrName = attr[0].toLowerCase();
        j += attr[0].length;
        let value = '';
        if (html[j] === '=') {
          if (html[j + 1] !== '"') fail(j, 'attribute value not double quoted');
          const close = html.indexOf('"', j + 2);
          if (close < 0) fail(j, 'unterminated attribute value');
          value = decodeAttribute(html.slice(j + 2, close));
          j = close + 1;
          if (!/[\t\n\f />]/.test(html[j] ?? '')) fail(j, 'no space after an attribute value');
        }
        if (attrs.some(([n]) => n === attrName)) fail(j, `duplicate attribute ${attrName}`);
        attrs.push([attrName, value]);
      }
      const mathml = name === 'math' || top().mathml;
      const element = { type: 'element', name: mathml ? `${MATHML_NS}|${name}` : name, local: name, mathml, attrs, children: [] };
      top().children.push(element);
      i = j;
      if (mathml) {
        if (selfClosing) fail(i, `self-closing <${name}/>`);
        stack.push(element);
        continue;
      }
      if (VOID.has(name)) continue;
      if (selfClosing) fail(i, `self-closing <${name}/>`);
      if (RAW_TEXT.has(name) || ESCAPABLE_RAW_TEXT.has(name)) {
        const closer = new RegExp(`</${name}[\\t\\n\\f />]`, 'i');
        const rest = html.slice(i);
        const match = closer.exec(rest);
        if (!match) fail(i, `unterminated <${name}>`);
        let content = rest.slice(0, match.index);
        if (!rest.startsWith(`</${name}>`, match.index)) fail(i + match.index, `malformed </${name}>`);
        if (DROPS_LEADING_NEWLINE.has(name) && content.startsWith('\n')) content = content.slice(1);
        if (ESCAPABLE_RAW_TEXT.has(name)) content = decodeText(content);
        if (content !== '') element.children.push({ type: 'text', value: content });
        i += match.index + name.length + 3;
        continue;
      }
      stack.push(element);
      if (DROPS_LEADING_NEWLINE.has(name) && html[i] === '\n') i++;
    }
    if (stack.length > 1) fail(html.length, `<${top().name}> never closed`);
    return root.children;
  }

  // The same node shape for a browser DOM.
  function domToTree(nodes) {
    const out = [];
    for (const node of nodes) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const prefix = node.namespaceURI === HTML_NS ? '' : `${node.namespaceURI}|`;
        out.push({
          type: 'element',
          name: prefix + node.localName,
          attrs: Array.from(node.attributes, (a) => [a.name, a.value]),
          children: domToTree(node.childNodes),
        });
      } else if (node.nodeType === Node.TEXT_NODE) {
        const last = out[out.length - 1];
        if (last && last.type === 'text') last.value += node.data;
        else out.push({ type: 'text', value: node.data });
      } else if (node.nodeType === Node.COMMENT_NODE) {
        out.push({ type: 'comment', value: node.data });
      }
    }
    return out;
  }

  function canonical(tree) {
    let s = '';
    for (const node of tree) {
      if (node.type === 'text') s += JSON.stringify(node.value);
      else if (node.type === 'comment') s += `<!--${JSON.stringify(node.value)}-->`;
      else s += `<${node.name}${node.attrs.map(([n, v]) => ` ${n}=${JSON.stringify(v)}`).join('')}>${canonical(node.children)}</${node.name}>`;
    }
    return s;
  }

  function firstDifference(a, b, first = 'Galley built', second = 'the browser built') {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    const from = Math.max(0, i - 60);
    return `${first} …${a.slice(from, i + 80)}… but ${second} …${b.slice(from, i + 80)}…`;
  }

  function sameTree(expected, actual, what) {
    const a = canonical(expected);
    const b = canonical(actual);
    return a === b ? [] : [`${what}: ${firstDifference(a, b)}`];
  }

  // ---- what may appear in the body ---------------------------------------

  const FORBIDDEN = new Set([
    'script', 'iframe', 'object', 'embed', 'applet', 'param', 'base', 'meta', 'link', 'form', 'style',
    'frame', 'frameset', 'svg', 'template', 'noscript', 'portal', 'fencedframe',
    'input', 'button', 'select', 'option', 'textarea', 'keygen', 'isindex',
    'xmp', 'plaintext', 'noembed', 'noframes', 'listing', 'title', 'html', 'head', 'body',
  ]);
  const URL_ATTRIBUTES = new Set([
    'href', 'src', 'action', 'formaction', 'xlink:href', 'cite', 'poster', 'background', 'data',
    'codebase', 'ping', 'longdesc', 'lowsrc', 'dynsrc', 'manifest', 'icon', 'usemap',
  ]);
  const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);
  // The MathML subset Galley writes (docs/sanitizer.md, MathML); token
  // elements may hold only text.
  const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';
  const MATHML = new Set([
    'math', 'mrow', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mspace', 'mfrac', 'msqrt', 'mroot', 'msub', 'msup', 'msubsup',
    'munder', 'mover', 'munderover', 'mmultiscripts', 'mprescripts', 'none', 'mtable', 'mtr', 'mtd', 'mstyle',
    'mpadded', 'mphantom', 'menclose', 'merror', 'semantics', 'annotation',
  ]);
  const MATHML_TOKENS = new Set(['mi', 'mn', 'mo', 'ms', 'mtext']);
  const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
  const EMBED_SOURCES = [
    /^https:\/\/www\.youtube-nocookie\.com\/embed\/[A-Za-z0-9_-]{11}$/,
    /^https:\/\/player\.vimeo\.com\/video\/[0-9]{1,12}\?dnt=1$/,
  ];
  const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups';
  const EMBED_ATTRIBUTES = new Set(['src', 'title', 'width', 'height', 'loading', 'referrerpolicy', 'sandbox', 'allow', 'allowfullscreen']);

  // The URLs of a srcset, read like the HTML standard's srcset parser does.
  function srcsetUrls(value) {
    const urls = [];
    let i = 0;
    while (i < value.length) {
      while (i < value.length && /[\s,]/.test(value[i])) i++;
      if (i >= value.length) break;
      const start = i;
      while (i < value.length && !/\s/.test(value[i])) i++;
      let url = value.slice(start, i);
      if (/,$/.test(url)) {
        url = url.replace(/,+$/, '');
      } else {
        let depth = 0;
        for (; i < value.length; i++) {
          const c = value[i];
          if (c === '(') depth++;
          else if (c === ')') depth--;
          else if (c === ',' && depth <= 0) { i++; break; }
        }
      }
      urls.push(url);
    }
    return urls;
  }

  const isImageUse = (el, attribute) =>
    (el.localName === 'img' && (attribute === 'src' || attribute === 'srcset')) ||
    (el.localName === 'source' && attribute === 'srcset');

  // A URL attribute after browser parsing: what the URL parser makes of it.
  function urlProblem(el, attribute, value) {
    const cleaned = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
    let url;
    try {
      url = new URL(cleaned, el.ownerDocument.baseURI);
    } catch {
      return null;  // not a URL: nothing to navigate to or load
    }
    if (SAFE_SCHEMES.has(url.protocol)) return null;
    if (url.protocol === 'data:' && isImageUse(el, attribute) && /^data:image\//i.test(cleaned)) return null;
    return `<${el.localName} ${attribute}=${JSON.stringify(value.slice(0, 120))}> resolves to a ${url.protocol} URL`;
  }

  function embedProblems(iframe) {
    const problems = [];
    const figure = iframe.parentElement;
    if (!figure || figure.localName !== 'figure' || !figure.classList.contains('galley-embed')) problems.push('iframe outside the embed figure');
    const src = iframe.getAttribute('src') ?? '';
    if (!EMBED_SOURCES.some((re) => re.test(src))) problems.push(`iframe src ${JSON.stringify(src)} is not the embed template`);
    if (iframe.getAttribute('sandbox') !== EMBED_SANDBOX) problems.push(`iframe sandbox ${JSON.stringify(iframe.getAttribute('sandbox'))}`);
    for (const a of iframe.attributes) {
      if (!EMBED_ATTRIBUTES.has(a.name)) problems.push(`iframe attribute ${a.name} is not in the embed template`);
    }
    if (iframe.childNodes.length) problems.push('iframe with content');
    if (iframe.localName === 'iframe') problems.push('iframe that is not exactly the embed template markup');
    return problems;
  }

  // Everything below `root` (not root itself) must be inert content; with
  // `headAtTop`, root's own children may be head elements (checked apart).
  function bodyProblems(root, ctx, headAtTop = false) {
    const problems = [];
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName;
      if (headAtTop && el.parentNode === root && !isArticle(el)) continue;
      if (el.namespaceURI === MATHML_NS) {
        if (!MATHML.has(tag)) problems.push(`MathML <${tag}> outside the subset`);
        if (tag !== 'math' && el.parentElement?.namespaceURI !== MATHML_NS) problems.push(`MathML <${tag}> outside math`);
        if (el.hasAttribute('href')) problems.push(`MathML <${tag} href> (link)`);
      } else if (el.namespaceURI !== HTML_NS) {
        problems.push(`<${tag}> in namespace ${el.namespaceURI}`);
      } else if (el.closest('math')) {
        problems.push(`HTML <${tag}> inside math (namespace confusion)`);
      }
      if (el.namespaceURI === MATHML_NS && MATHML_TOKENS.has(tag) && el.children.length) {
        problems.push(`MathML <${tag}> with element children`);
      }
      if (tag === 'iframe' || tag === 'galley-embed-frame') {
        problems.push(...embedProblems(el));
      } else if (FORBIDDEN.has(tag)) {
        problems.push(`<${tag}> element`);
      }
      for (const { name, value } of el.attributes) {
        if (name.startsWith('on')) problems.push(`<${tag} ${name}> event handler attribute`);
        else if (name === 'srcdoc') problems.push(`<${tag} srcdoc>`);
        else if (name === 'style') problems.push(`<${tag} style=${JSON.stringify(value.slice(0, 80))}> (CSS)`);
        else if (name === 'name') problems.push(`<${tag} name=${JSON.stringify(value)}> (DOM clobbering)`);
        else if (name === 'form') problems.push(`<${tag} form> attribute`);
        else if (name === 'id' && ![].concat(ctx.idPrefix).some((prefix) => value.startsWith(prefix))) problems.push(`<${tag} id=${JSON.stringify(value)}> lacks the prefix ${JSON.stringify(ctx.idPrefix)} (DOM clobbering)`);
        if (URL_ATTRIBUTES.has(name) || name.endsWith(':href')) {
          const p = urlProblem(el, name, value);
          if (p) problems.push(p);
        } else if (SRCSET_ATTRIBUTES.has(name)) {
          for (const url of srcsetUrls(value)) {
            const p = urlProblem(el, name, url);
            if (p) problems.push(p);
          }
        }
      }
    }
    return problems;
  }

  // <head> content of document mode (and of a document inserted with innerHTML).
  function headElementProblems(el) {
    const tag = el.localName;
    const names = Array.from(el.attributes, (a) => a.name).sort().join(' ');
    switch (tag) {
      case 'meta':
        if (!['charset', 'content name', 'content property'].includes(names)) return [`<meta ${names}>`];
        return [];
      case 'title':
        return names ? [`<title ${names}>`] : [];
      case 'link': {
        if (names !== 'href rel' || !['canonical', 'stylesheet'].includes(el.getAttribute('rel'))) return [`<link ${names} rel=${el.getAttribute('rel')}>`];
        const p = urlProblem(el, 'href', el.getAttribute('href'));
        return p ? [p] : [];
      }
      case 'script': {
        if (names !== 'type' || el.getAttribute('type') !== 'application/ld+json') return [`<script ${names}> that is not JSON-LD`];
        try {
          JSON.parse(el.textContent);
          return [];
        } catch (e) {
          return [`JSON-LD that is not JSON (${e.message}): ${JSON.stringify(el.textContent.slice(0, 200))}`];
        }
      }
      case 'style':
        if (names || el.textContent !== GALLEY_STYLESHEET) return [`<style ${names}> in the head that is not Galley's stylesheet`];
        return [];
      default:
        return [`<${tag}> in the head`];
    }
  }

  function onlyElement(parent, what, test) {
    const problems = [];
    const elements = Array.from(parent.children);
    if (elements.length !== 1 || !test(elements[0])) problems.push(`${what}: found ${elements.map((e) => `<${e.localName}>`).join('') || 'nothing'}`);
    for (const node of parent.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.data.trim() !== '') problems.push(`${what}: stray text ${JSON.stringify(node.data.slice(0, 80))}`);
    }
    return problems;
  }

  const isArticle = (el) => el.localName === 'article' && el.classList.contains('galley-article');

  // ---- the checks of one output inserted with innerHTML ------------------

  // Re-parse the serialization: it must serialize the same way again (mXSS).
  // Both parses happen in the live page (scripting enabled, as where the
  // output is used); a detached element keeps the copy out of the page.
  function mutationProblems(container) {
    const first = container.innerHTML;
    const again = document.createElement('div');
    again.innerHTML = first;
    const second = again.innerHTML;
    if (first === second) return [];
    return [`re-parsing changes the markup (mXSS): ${firstDifference(first, second, 'the inserted output serializes as', 'parsed again it serializes as')}`];
  }

  // Concatenated as a string into element content, the output must stay
  // inside: the host holds the wrapper and the paragraph after it, and the
  // wrapper holds what the output alone parses to.
  function breakoutProblems(html, alone) {
    const host = document.createElement('div');
    host.innerHTML = '<div id=wrap>' + html + '</div><p id=after>after</p>';
    const kids = host.childNodes;
    const wrap = kids[0];
    const after = kids[1];
    if (kids.length !== 2 || !wrap || wrap.id !== 'wrap' || !after || after.id !== 'after' || after.textContent !== 'after') {
      return [`concatenated into "<div id=wrap>…</div><p id=after>" the output breaks out: the host holds ${Array.from(kids, (n) => n.nodeName + (n.id ? '#' + n.id : '')).join(', ')}`];
    }
    return sameTree(alone, domToTree(wrap.childNodes), 'concatenated into a <div>, the output is not whole inside it');
  }

  // Image URLs a page may load for this content (for the request check).
  function imageUrls(root) {
    const urls = [];
    const add = (el, value) => {
      try {
        const url = new URL(value.trim(), el.ownerDocument.baseURI);
        url.hash = '';  // never part of a request
        urls.push(url.href);
      } catch {
        // not a URL: nothing is loaded
      }
    };
    for (const el of root.querySelectorAll('img, source')) {
      if (el.hasAttribute('src')) add(el, el.getAttribute('src'));
      if (el.hasAttribute('srcset')) for (const u of srcsetUrls(el.getAttribute('srcset'))) add(el, u);
    }
    return urls;
  }

  function withProblems(list, fn) {
    try {
      list.push(...fn());
    } catch (e) {
      list.push(e instanceof MalformedOutput ? `not the well-formed markup Galley promises: ${e.message}` : `check crashed: ${e.stack}`);
    }
  }

  // item: {key, mode, html, ctx: {idPrefix}}
  function checkInserted(container, item) {
    const problems = [];
    const { html, mode, ctx } = item;
    const inserted = domToTree(container.childNodes);
    if (mode !== 'document') {
      withProblems(problems, () => sameTree(strictParse(html, false), inserted, 'inserted with innerHTML, the tree differs'));
    }
    if (mode === 'article') problems.push(...onlyElement(container, 'article mode output', isArticle));
    if (mode === 'document') {
      for (const el of container.children) {
        if (!isArticle(el)) problems.push(...headElementProblems(el));
      }
    }
    problems.push(...bodyProblems(container, ctx, mode === 'document'));
    withProblems(problems, () => mutationProblems(container));
    if (mode !== 'document') withProblems(problems, () => breakoutProblems(html, inserted));
    return problems;
  }

  // ---- batches ------------------------------------------------------------

  const stage = document.body;
  const containers = new Map();

  const sleep = (ms) => new Promise((resolve) => harness.setTimeout(resolve, ms));
  const frame = () => new Promise((resolve) => harness.requestAnimationFrame(resolve));

  // Lets event handlers, image errors and toggles fire before anything is judged.
  async function settle(docs) {
    const pending = [];
    for (const doc of docs) {
      for (const img of doc.querySelectorAll('img')) {
        if (img.loading === 'lazy' || img.complete) continue;
        pending.push(new Promise((resolve) => {
          img.addEventListener('load', resolve, { once: true });
          img.addEventListener('error', resolve, { once: true });
        }));
      }
    }
    await Promise.race([Promise.all(pending), sleep(1500)]);
    await frame();
    await frame();
    await sleep(30);
  }

  // Inserts every item into the live page (so that anything that can run,
  // will run) and checks each one right away, before any of it could act.
  function insertAndCheck(items, { check = true } = {}) {
    const results = {};
    const urls = [];
    for (const item of items) {
      const container = document.createElement('div');
      stage.appendChild(container);
      containers.set(item.key, container);
      container.innerHTML = item.html;
      if (check) results[item.key] = checkInserted(container, item);
      urls.push(...imageUrls(container));
    }
    return { results, imageUrls: urls };
  }

  // Waits for the inserted content to act, then checks the globals and
  // removes it all.
  async function settleAndClear() {
    await settle([document]);
    const problems = globalProblems(hooks);
    clear();
    return problems;
  }

  function clear() {
    for (const container of containers.values()) container.remove();
    containers.clear();
  }

  const isNative = (fn) => typeof fn === 'function' && /\[native code\]\s*\}$/.test(Function.prototype.toString.call(fn));

  // With everything inserted, the document and window must still be themselves.
  function globalProblems(expectedHooks) {
    const checks = [
      ['document.cookie is a string', () => typeof document.cookie === 'string'],
      ['document.forms is an HTMLCollection', () => document.forms instanceof HTMLCollection],
      ['document.images is an HTMLCollection', () => document.images instanceof HTMLCollection],
      ['document.links is an HTMLCollection', () => document.links instanceof HTMLCollection],
      ['document.scripts is an HTMLCollection', () => document.scripts instanceof HTMLCollection],
      ['document.body is the body', () => document.body instanceof HTMLBodyElement && document.body === stage],
      ['document.head is the head', () => document.head instanceof HTMLHeadElement],
      ['document.documentElement is the html element', () => document.documentElement instanceof HTMLHtmlElement],
      ['document.location is a Location', () => document.location instanceof Location],
      ['window.location is a Location', () => window.location instanceof Location],
      ['document.defaultView is the window', () => document.defaultView === window],
      ['document.domain is a string', () => typeof document.domain === 'string'],
      ['document.URL is a string', () => typeof document.URL === 'string'],
      ['document.referrer is a string', () => typeof document.referrer === 'string'],
      ['document.title is the harness title', () => document.title === 'galley xss harness'],
      ['document.baseURI is unchanged', () => document.baseURI === location.origin + '/'],
      ['document.currentScript is null', () => document.currentScript === null],
      ['document.getElementById is native', () => isNative(document.getElementById)],
      ['document.querySelector is native', () => isNative(document.querySelector)],
      ['document.createElement is native', () => isNative(document.createElement)],
      ['window.top is the window', () => window.top === window],
      ['window.self is the window', () => window.self === window],
      ['window.parent is the window', () => window.parent === window],
      ['window.frames is the window', () => window.frames === window],
      ['window.document is the document', () => window.document === document],
      ['window.name is a string', () => typeof window.name === 'string'],
      ['window.alert is the trap', () => window.alert === expectedHooks.alert],
      ['window.xssCanary is unset', () => window.xssCanary === undefined],
      ['Object.prototype is clean', () => Object.keys(Object.prototype).length === 0],
    ];
    return checks.filter(([, test]) => {
      try {
        return !test();
      } catch {
        return true;
      }
    }).map(([what]) => `DOM clobbering: expected ${what}`);
  }
  const hooks = { alert: window.alert };

  // ---- document mode, loaded as a page ------------------------------------

  function documentProblems(doc, item) {
    const problems = [];
    if (doc.compatMode !== 'CSS1Compat') problems.push('the page renders in quirks mode (doctype missing or wrong)');
    withProblems(problems, () => {
      const built = strictParse(item.html, true);
      const normalize = (tree, parent) => tree
        .filter((n) => !(n.type === 'text' && /^\s*$/.test(n.value) && ['#document', 'html', 'head', 'body'].includes(parent)))
        .map((n) => (n.type === 'element' ? { ...n, children: normalize(n.children, n.name) } : n));
      return sameTree(normalize(built, '#document'), normalize(domToTree([doc.documentElement]), '#document'), 'loaded as a page, the tree differs');
    });
    const html = doc.documentElement;
    for (const a of html.attributes) {
      if (a.name !== 'lang' && a.name !== 'dir') problems.push(`<html ${a.name}>`);
    }
    for (const el of doc.head.children) problems.push(...headElementProblems(el));
    problems.push(...onlyElement(doc.body, 'the page body', isArticle));
    problems.push(...bodyProblems(doc.body, item.ctx));
    return problems;
  }

  // Frames that hold one document each. A frame is created once (its first
  // load at /pool/<n> installs the traps) and then given document after
  // document with document.open/write/close: the HTML parser builds each
  // page and runs what it would run, as in a navigation, without the cost of
  // a new frame per document.
  const pool = [];

  function usable(iframe) {
    try {
      return iframe.isConnected && Boolean(iframe.contentWindow.__xssHarness) && iframe.contentDocument !== null;
    } catch {
      return false;
    }
  }

  async function poolFrame(n) {
    if (pool[n] && usable(pool[n])) return pool[n];
    if (pool[n]) pool[n].remove();
    const iframe = document.createElement('iframe');
    iframe.width = '800';
    iframe.height = '600';
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    iframe.src = '/pool/' + n;
    stage.appendChild(iframe);
    await Promise.race([loaded, sleep(10000)]);
    pool[n] = iframe;
    return iframe;
  }

  async function loadAndCheckDocuments(items) {
    const results = {};
    const urls = [];
    const frames = await Promise.all(items.map((item, n) => poolFrame(n)));
    const pages = items.map((item, n) => {
      const win = frames[n].contentWindow;
      if (!win || !win.__xssHarness) return { item, doc: null };
      const doc = win.document;
      doc.open();
      win.name = item.key;
      win.__xssHarness.write.call(doc, item.html);
      doc.close();
      return { item, doc, iframe: frames[n] };
    });
    // The load event of a written document is not dependable; its readyState is.
    const deadline = performance.now() + 10000;
    while (pages.some(({ doc }) => doc && doc.readyState !== 'complete') && performance.now() < deadline) await sleep(5);
    await settle(pages.map(({ doc }) => doc).filter(Boolean));
    for (const { item, doc, iframe } of pages) {
      if (!doc || !usable(iframe) || iframe.contentDocument !== doc) {
        results[item.key] = ['loaded as a page, it did not stay: the frame navigated away'];
        continue;
      }
      results[item.key] = documentProblems(doc, item);
      urls.push(...imageUrls(doc));
      iframe.contentWindow.name = '';
    }
    return { results, imageUrls: urls };
  }

  window.galleyInspect = {
    insertAndCheck,
    settleAndClear,
    loadAndCheckDocuments,
    strictParse,
  };
})();
