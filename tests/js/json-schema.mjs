// A small JSON Schema (2020-12) checker for Galley's own schemas: it knows the
// keywords they use and refuses any other, so a schema can never pass a value
// because the checker skipped a rule it does not know.
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default', '$comment']);
const RULES = new Set(['type', 'properties', 'required', 'additionalProperties', 'items', 'minimum', 'maximum',
  'enum', 'const', 'pattern', '$ref', '$defs', 'if', 'then', 'else', 'allOf', 'anyOf', 'oneOf', 'minItems',
  'minLength', 'not']);

function typeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(value, type) {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function resolve(root, ref) {
  if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
  return ref.slice(2).split('/').reduce((node, key) => {
    if (node?.[key] === undefined) throw new Error(`unresolved $ref ${ref}`);
    return node[key];
  }, root);
}

// Returns the problems found, each "path: what"; none means the value is valid.
export function validate(schema, value, root = schema, path = '') {
  if (schema === true) return [];
  if (schema === false) return [`${path || '/'}: not allowed`];
  const problems = [];
  for (const key of Object.keys(schema)) {
    if (!ANNOTATIONS.has(key) && !RULES.has(key)) throw new Error(`schema keyword ${key} is not supported`);
  }
  const at = path || '/';
  if (schema.$ref) problems.push(...validate(resolve(root, schema.$ref), value, root, path));
  if (schema.type !== undefined) {
    const types = [].concat(schema.type);
    if (!types.some((t) => typeMatches(value, t))) {
      return [...problems, `${at}: ${typeOf(value)} is not ${types.join(' or ')}`];
    }
  }
  if (schema.enum && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) {
    problems.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if ('const' in schema && JSON.stringify(schema.const) !== JSON.stringify(value)) {
    problems.push(`${at}: ${JSON.stringify(value)} is not ${JSON.stringify(schema.const)}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${at}: ${value} < ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${at}: ${value} > ${schema.maximum}`);
  }
  if (typeof value === 'string') {
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
      problems.push(`${at}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
    }
    if (schema.minLength !== undefined && [...value].length < schema.minLength) problems.push(`${at}: too short`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) problems.push(`${at}: too few items`);
    if (schema.items !== undefined) {
      value.forEach((item, i) => problems.push(...validate(schema.items, item, root, `${path}/${i}`)));
    }
  }
  if (typeOf(value) === 'object') {
    for (const key of schema.required ?? []) {
      if (!(key in value)) problems.push(`${at}: missing ${key}`);
    }
    for (const [key, item] of Object.entries(value)) {
      const property = schema.properties?.[key];
      if (property !== undefined) {
        problems.push(...validate(property, item, root, `${path}/${key}`));
      } else if (schema.additionalProperties !== undefined) {
        problems.push(...validate(schema.additionalProperties, item, root, `${path}/${key}`));
      }
    }
  }
  for (const sub of schema.allOf ?? []) problems.push(...validate(sub, value, root, path));
  if (schema.anyOf && !schema.anyOf.some((sub) => validate(sub, value, root, path).length === 0)) {
    problems.push(`${at}: matches none of anyOf`);
  }
  if (schema.oneOf && schema.oneOf.filter((sub) => validate(sub, value, root, path).length === 0).length !== 1) {
    problems.push(`${at}: does not match exactly one of oneOf`);
  }
  if (schema.not !== undefined && validate(schema.not, value, root, path).length === 0) {
    problems.push(`${at}: matches what it must not`);
  }
  if (schema.if !== undefined) {
    const branch = validate(schema.if, value, root, path).length === 0 ? schema.then : schema.else;
    if (branch !== undefined) problems.push(...validate(branch, value, root, path));
  }
  return problems;
}
