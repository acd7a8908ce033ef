// custom-elements-manifest analyzer plugin: writes an attribute's or property's type as the
// string literals it stands for (`'light' | 'dark' | 'auto'`, not `Theme`), so that Storybook's
// controls, the embed page's configurator and editors can offer the accepted values. It knows the
// shapes our code uses: `type T = 'a' | 'b'` and `const ts = ['a', 'b'] as const; type T =
// (typeof ts)[number]` (the array may spread another such array), and lists of them: `readonly T[]`
// becomes `readonly ('a' | 'b')[]`. Names are resolved across modules (every alias in src/ has a
// unique name), the analyzed ones and the `sources` given (the data modules the elements import).
import {readFileSync} from 'node:fs';

const unwrap = (ts, node) => (node.kind === ts.SyntaxKind.ParenthesizedType ? node.type : node);

/** Plugin factory for custom-elements-manifest.config.mjs; `sources`: more files to read names from. */
export function literalTypes({sources = []} = {}) {
  const constants = new Map(); // name → items of an `as const` array: strings, or {spread: name}
  const aliases = new Map(); // name → string literals, or the name of such a constant
  const literals = (ts, node) =>
    ts.isUnionTypeNode(node) && node.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))
      ? node.types.map((t) => t.literal.text)
      : undefined;
  const constant = (name) =>
    constants.get(name)?.flatMap((item) => (typeof item === 'string' ? [item] : (constant(item.spread) ?? [])));
  const resolve = (name) => {
    const target = aliases.get(name);
    return typeof target === 'string' ? constant(target) : target;
  };
  const quoted = (values) => values.map((v) => `'${v}'`);
  const rewrite = (type) => {
    if (!type?.text) return;
    const parts = type.text.split('|').map((part) => part.trim());
    const expanded = parts.flatMap((part) => {
      const list = /^readonly (\w+)\[\]$/.exec(part);
      if (list) return resolve(list[1]) ? [`readonly (${quoted(resolve(list[1])).join(' | ')})[]`] : [part];
      return resolve(part) ? quoted(resolve(part)) : [part];
    });
    if (expanded.length !== parts.length || expanded.some((part, i) => part !== parts[i])) {
      type.text = expanded.join(' | ');
    }
  };
  const collect = (ts, node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const init = node.initializer;
      if (ts.isAsExpression(init) && ts.isArrayLiteralExpression(init.expression)) {
        const items = init.expression.elements;
        const spread = (item) => ts.isSpreadElement(item) && ts.isIdentifier(item.expression);
        if (items.every((item) => ts.isStringLiteral(item) || spread(item))) {
          constants.set(
            node.name.text,
            items.map((item) => (spread(item) ? {spread: item.expression.text} : item.text)),
          );
        }
      }
    }
    if (ts.isTypeAliasDeclaration(node)) {
      const type = unwrap(ts, node.type);
      const union = literals(ts, type);
      if (union) aliases.set(node.name.text, union);
      // (typeof names)[number]
      if (ts.isIndexedAccessTypeNode(type) && type.indexType.kind === ts.SyntaxKind.NumberKeyword) {
        const object = unwrap(ts, type.objectType);
        if (ts.isTypeQueryNode(object) && ts.isIdentifier(object.exprName)) {
          aliases.set(node.name.text, object.exprName.text);
        }
      }
    }
  };
  return {
    name: 'uclg-literal-types',
    initialize({ts}) {
      for (const file of sources) {
        const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
        const visit = (node) => {
          collect(ts, node);
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
    },
    collectPhase({ts, node}) {
      collect(ts, node);
    },
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            rewrite(item.type);
          }
        }
      }
    },
  };
}
