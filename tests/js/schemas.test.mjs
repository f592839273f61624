// The JSON Schemas in docs/schema/ against what they describe: the article
// schema against the sample articles, the summary schema against real
// summaries, and the options schema, the one description of the options,
// against the C++ reader (through the module), index.d.ts and docs/options.md.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { createGalley, GalleyError } from '../../bindings/js/src/node.js';
import { demoArticles, MODES, packageDir, rootDir } from './helpers.mjs';
import { validate } from './json-schema.mjs';

const schema = (name) => JSON.parse(readFileSync(join(rootDir, 'docs/schema', `${name}.schema.json`), 'utf8'));
const articleSchema = schema('article');
const summarySchema = schema('summary');
const optionsSchema = schema('options');
const galley = await createGalley();

test('the sample articles are valid articles', () => {
  for (const { path } of demoArticles()) {
    assert.deepEqual(validate(articleSchema, JSON.parse(readFileSync(path, 'utf8'))), [], path);
  }
});

test('every summary the core writes is valid, in every mode', () => {
  for (const { path } of demoArticles()) {
    for (const mode of MODES) {
      const summary = JSON.parse(galley.renderJSON(readFileSync(path, 'utf8'), { mode })).summary;
      assert.deepEqual(validate(summarySchema, summary), [], `${path} (${mode})`);
    }
  }
});

test('the checker rejects what the schemas exclude', () => {
  const [first] = demoArticles();
  const summary = JSON.parse(galley.renderJSON(readFileSync(first.path, 'utf8'))).summary;
  assert.deepEqual(validate(summarySchema, { ...summary, word_count: 'many' }), ['/word_count: string is not integer']);
  const { title, ...untitled } = summary;
  assert.ok(title !== undefined);
  assert.deepEqual(validate(summarySchema, untitled), ['/: missing title']);
  assert.deepEqual(validate(summarySchema, { ...summary, extra: 1 }), ['/extra: not allowed']);
  assert.deepEqual(validate(articleSchema, { title: 7 }).length > 0, true);
  assert.throws(() => validate({ type: 'string', maxLength: 3 }, 'x'), /maxLength is not supported/);
});

// ---- options ------------------------------------------------------------------

// [path, schema] of every option, nested objects included.
function optionEntries(node = optionsSchema, prefix = '') {
  return Object.entries(node.properties ?? {}).flatMap(([key, sub]) => [
    [`${prefix}/${key}`, sub],
    ...(sub.properties ? optionEntries(sub, `${prefix}/${key}`) : []),
  ]);
}
const leafOptions = optionEntries().filter(([, sub]) => !sub.properties);

// {"a": {"b": value}} for the path /a/b.
function optionAt(path, value) {
  return path.slice(1).split('/').reduceRight((inner, key) => ({ [key]: inner }), value);
}

// The invalid_options error for `options`, or null when the reader takes them
// (a render may still stop at a limit they set).
function optionError(options) {
  try {
    galley.render('{"title":"t","body":"b"}', options);
  } catch (e) {
    if (e instanceof GalleyError && e.code !== 'invalid_options') return null;
    return e;
  }
  return null;
}

test('the schema states the defaults the C++ reader has', () => {
  const article = readFileSync(demoArticles()[0].path, 'utf8');
  for (const mode of MODES) {
    const plain = galley.renderJSON(article, { mode });
    for (const [path, sub] of leafOptions) {
      if (path === '/mode') continue;
      assert.ok('default' in sub, `${path} has a default`);
      const explicit = galley.renderJSON(article, { mode, ...optionAt(path, sub.default) });
      assert.equal(explicit, plain, `${path}: ${JSON.stringify(sub.default)} is not the default`);
    }
  }
});

test('the C++ reader accepts exactly the options of the schema, within its bounds', () => {
  for (const [path, sub] of optionEntries()) {
    assert.equal(optionError(optionAt(path, sub.default ?? {})), null, path);
    const wrongType = sub.type === 'string' ? 1 : 'x';
    assert.equal(optionError(optionAt(path, wrongType))?.code, 'invalid_options', `${path} rejects ${wrongType}`);
    for (const [bound, beyond] of [['minimum', -1], ['maximum', 1]]) {
      if (sub[bound] === undefined) continue;
      assert.equal(optionError(optionAt(path, sub[bound])), null, `${path} takes its ${bound}`);
      const error = optionError(optionAt(path, sub[bound] + beyond));
      assert.equal(error?.code, 'invalid_options', `${path} rejects ${sub[bound] + beyond}`);
      assert.equal(error.path, path);
    }
  }
  for (const [path, sub] of [['', optionsSchema], ...optionEntries().filter(([, s]) => s.properties)]) {
    assert.equal(sub.additionalProperties, false, `${path || '/'} is closed`);
    assert.equal(optionError(optionAt(`${path}/not_an_option`, true))?.path, `${path}/not_an_option`);
  }
});

// The members of `export interface NAME { ... }` in index.d.ts: name → TypeScript type.
function interfaceMembers(source, name) {
  const body = source.match(new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`))?.[1];
  assert.ok(body, `index.d.ts declares ${name}`);
  return Object.fromEntries([...body.matchAll(/^\s+(\w+)\?: ([^;]+);/gm)].map((m) => [m[1], m[2]]));
}

function typeScriptType(sub) {
  if (sub.enum) return sub.enum.map((v) => `'${v}'`).join(' | ');
  if (sub.type === 'array') return sub.items.enum ? `Array<${typeScriptType(sub.items)}>` : `${sub.items.type}[]`;
  if (sub.type === 'object') return `Record<string, ${typeScriptType(sub.additionalProperties)}>`;
  return sub.type === 'integer' ? 'number' : sub.type;
}

test('index.d.ts declares the options of the schema with their types', () => {
  const source = readFileSync(join(packageDir, 'index.d.ts'), 'utf8');
  const aliases = { Mode: source.match(/export type Mode = ([^;]+);/)[1] };
  const check = (name, node) => {
    const members = interfaceMembers(source, name);
    assert.deepEqual(Object.keys(members).sort(), Object.keys(node.properties).sort(), name);
    for (const [key, sub] of Object.entries(node.properties)) {
      if (sub.properties) continue;
      assert.equal(aliases[members[key]] ?? members[key], typeScriptType(sub), `${name}.${key}`);
    }
  };
  check('Options', optionsSchema);
  assert.equal(interfaceMembers(source, 'Options').policy, 'PolicyOptions');
  check('PolicyOptions', optionsSchema.properties.policy);
  assert.equal(interfaceMembers(source, 'Options').limits, 'Limits');
  check('Limits', optionsSchema.properties.limits);
});

// The rows of the option table under `heading` in docs/options.md: key → default cell.
function documentedOptions(doc, heading) {
  const start = heading ? doc.indexOf(`\n## \`${heading}\`\n`) : 0;
  assert.ok(start >= 0, `docs/options.md has a section ${heading}`);
  const section = doc.slice(start + 1).split(/\n## /)[0];
  return Object.fromEntries([...section.matchAll(/^\| `(\w+)` \| ([^|]+?) \|/gm)].map((m) => [m[1], m[2]]));
}

test('docs/options.md documents the options of the schema with their defaults', () => {
  const doc = readFileSync(join(rootDir, 'docs/options.md'), 'utf8');
  const check = (heading, node) => {
    const rows = documentedOptions(doc, heading);
    assert.deepEqual(Object.keys(rows).sort(), Object.keys(node.properties).sort(), heading ?? 'top level');
    for (const [key, sub] of Object.entries(node.properties)) {
      if (sub.properties) continue;
      // The cell starts with the default as JSON ("`200`", "33554432 (32 MiB)", "`[]`").
      const literal = rows[key].replace(/`/g, '').match(/^("[^"]*"|\[[^\]]*\]|\{[^}]*\}|true|false|-?\d+)/)?.[1];
      assert.deepEqual(JSON.parse(literal), sub.default, `${heading ?? ''}.${key}`);
    }
  };
  check(undefined, optionsSchema);
  check('policy', optionsSchema.properties.policy);
  check('limits', optionsSchema.properties.limits);
});
