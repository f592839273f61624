// Drives the in-page inspector over many outputs with as few page loads as
// possible: outputs are inserted in large batches; when a batch shows
// something only observable page-wide (a trap firing, a request, a dialog, a
// clobbered global), the batch is split in halves until the outputs that
// cause it are found.

import { ORIGIN } from './browser.mjs';

const BATCH_ITEMS = 300;
const BATCH_BYTES = 3 * 1024 * 1024;
const DOCUMENT_BATCH = 100;
const EMBED_PAGES = [
  /^https:\/\/www\.youtube-nocookie\.com\/embed\/[A-Za-z0-9_-]{11}$/,
  /^https:\/\/player\.vimeo\.com\/video\/[0-9]{1,12}\?dnt=1$/,
];

function* batches(items, maxItems) {
  let batch = [];
  let bytes = 0;
  for (const item of items) {
    if (batch.length && (batch.length >= maxItems || bytes + item.html.length > BATCH_BYTES)) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(item);
    bytes += item.html.length;
  }
  if (batch.length) yield batch;
}

// The embed template's iframe, when its src is one of the two players. Such
// an iframe is a sandboxed cross-origin frame whose load the harness refuses
// anyway; creating thousands of frames would dominate the run, so it is
// renamed to <galley-embed-frame> (same attributes, same place in the tree,
// checked against the template like an iframe). Every other iframe stays real.
const EMBED_FRAME = /<iframe (src="(?:https:\/\/www\.youtube-nocookie\.com\/embed\/[A-Za-z0-9_-]{11}|https:\/\/player\.vimeo\.com\/video\/[0-9]{1,12}\?dnt=1)"[^<>]*)><\/iframe>/g;

const forPage = (items) => items.map(({ key, mode, html, ctx }) => ({
  key, mode, ctx, html: html.replace(EMBED_FRAME, '<galley-embed-frame $1></galley-embed-frame>'),
}));

// What the page did that no inert output may cause. Image loads are fine when
// they are the images of the content (of this batch or, arriving late, of an
// earlier one on the same lane); the embed template may load its player.
function violations(lane, observed, imageUrls) {
  for (const url of imageUrls) lane.contentImages.add(url);
  const images = lane.contentImages;
  const problems = [];
  for (const entry of observed) {
    if (entry.what === 'request') {
      if ((entry.kind === 'image' || entry.kind === 'media') && images.has(entry.detail)) continue;
      if (entry.kind === 'document' && EMBED_PAGES.some((re) => re.test(entry.detail))) continue;
    }
    problems.push(entry);
  }
  return problems;
}

function describeEntry(entry) {
  const kind = entry.kind ? ` ${entry.kind}` : '';
  const frame = entry.frame && entry.frame !== ORIGIN + '/' ? ` (in ${entry.frame})` : '';
  return `${entry.what}${kind}: ${JSON.stringify(entry.detail)}${frame}`;
}

async function evaluate(lane, fn, arg) {
  try {
    return { value: await lane.page.evaluate(fn, arg) };
  } catch (error) {
    // The page navigated away or crashed: start again from a fresh page.
    await lane.reload().catch(() => {});
    return { error: String(error.message).split('\n')[0] };
  }
}

// Inserts the items live; returns per-item problems (when `check`), and what
// happened page-wide. `lost` when the page itself went away (navigated).
async function insertRun(lane, items, check) {
  lane.take();
  const inserted = await evaluate(lane, ({ items, check }) => window.galleyInspect.insertAndCheck(items, { check }), { items: forPage(items), check });
  const settled = inserted.error ? inserted : await evaluate(lane, () => window.galleyInspect.settleAndClear());
  const observed = lane.take();
  const value = inserted.value ?? { results: {}, imageUrls: [] };
  const pageWide = violations(lane, observed, value.imageUrls).map(describeEntry);
  if (settled.error) pageWide.push(`the page was lost (${settled.error})`);
  else pageWide.push(...settled.value);
  return { results: value.results, pageWide, lost: Boolean(inserted.error) };
}

// Splits `items` until each page-wide problem is pinned on single outputs.
async function blame(items, pageWide, rerun, verdicts) {
  if (items.length === 1) {
    verdicts.get(items[0].key).push(...pageWide);
    return;
  }
  const half = Math.ceil(items.length / 2);
  let found = false;
  for (const part of [items.slice(0, half), items.slice(half)]) {
    const again = await rerun(part);
    if (again.length) {
      found = true;
      await blame(part, again, rerun, verdicts);
    }
  }
  if (!found) {
    for (const item of items) verdicts.get(item.key).push(...pageWide.map((p) => `${p} (only when inserted together with ${items.length - 1} other outputs)`));
  }
}

async function checkInsertedBatch(lane, batch, verdicts) {
  const { results, pageWide, lost } = await insertRun(lane, batch, true);
  if (lost && batch.length > 1) {
    const half = Math.ceil(batch.length / 2);
    await checkInsertedBatch(lane, batch.slice(0, half), verdicts);
    await checkInsertedBatch(lane, batch.slice(half), verdicts);
    return;
  }
  for (const item of batch) verdicts.get(item.key).push(...(results[item.key] ?? ['not checked: the page was lost']));
  if (pageWide.length) {
    await blame(batch, pageWide, async (part) => (await insertRun(lane, part, false)).pageWide, verdicts);
  }
}



async function documentRun(lane, items) {
  lane.take();
  const run = await evaluate(lane, (items) => window.galleyInspect.loadAndCheckDocuments(items), forPage(items));
  const observed = lane.take();
  const value = run.value ?? { results: {}, imageUrls: [] };
  const byKey = new Map();
  const unattributed = [];
  for (const entry of violations(lane, observed, value.imageUrls)) {
    const key = entry.slot;
    if (key && items.some((item) => item.key === key)) {
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key).push(describeEntry(entry));
    } else {
      unattributed.push(describeEntry(entry));
    }
  }
  if (run.error) unattributed.push(`the page was lost (${run.error})`);
  return { results: value.results, byKey, unattributed };
}

async function checkDocumentBatch(lane, batch, verdicts) {
  const asPage = (problems) => problems.map((p) => `loaded as a page: ${p}`);
  const { results, byKey, unattributed } = await documentRun(lane, batch);
  for (const item of batch) {
    verdicts.get(item.key).push(...(results[item.key] ?? ['not checked: the page was lost']));
    verdicts.get(item.key).push(...asPage(byKey.get(item.key) ?? []));
  }
  // A finding the page could not tie to its frame (on a loaded machine the
  // frame may be gone when it is reported) is found again by halving the batch.
  if (unattributed.length) {
    await blame(batch, asPage(unattributed), async (part) => asPage((await documentRun(lane, part)).unattributed), verdicts);
  }
}

// Checks every item; returns {verdicts: Map key → problems (empty when it
// passed), distinct: how many different outputs were checked}.
// Document-mode outputs are inserted with innerHTML and also loaded as pages.
// Identical outputs are checked once. The batches are shared out among the
// harness's lanes.
export async function checkBatch(harness, items) {
  const representative = new Map();  // mode, id prefix and html → the item checked for all of them
  const unique = [];
  for (const item of items) {
    const signature = `${item.mode}\u0000${item.ctx.idPrefix}\u0000${item.html}`;
    if (!representative.has(signature)) {
      representative.set(signature, item);
      unique.push(item);
    }
    item.signature = signature;
  }
  const verdicts = new Map(unique.map((item) => [item.key, []]));
  const jobs = [];
  for (const batch of batches(unique, BATCH_ITEMS)) jobs.push((lane) => checkInsertedBatch(lane, batch, verdicts));
  for (const batch of batches(unique.filter((item) => item.mode === 'document'), DOCUMENT_BATCH)) {
    jobs.push((lane) => checkDocumentBatch(lane, batch, verdicts));
  }
  let next = 0;
  await Promise.all(harness.lanes.map(async (lane) => {
    while (next < jobs.length) await jobs[next++](lane);
  }));
  return {
    verdicts: new Map(items.map((item) => [item.key, verdicts.get(representative.get(item.signature).key)])),
    distinct: unique.length,
  };
}
