// custom-elements-manifest analyzer plugin: writes an attribute's or property's type as the
// string literals it stands for (`'light' | 'dark' | 'auto'`, not `Theme`), so that Storybook's
// controls, the embed page's configurator and editors can offer the accepted values. It knows the
// two shapes our code uses: `type T = 'a' | 'b'` and `const ts = ['a', 'b'] as const; type T =
// (typeof ts)[number]`. Names are resolved across modules (every alias in src/ has a unique name).

const unwrap = (ts, node) => (node.kind === ts.SyntaxKind.ParenthesizedType ? node.type : node);

/** Plugin factory for custom-elements-manifest.config.mjs. */
export function literalTypes() {
  const constants = new Map(); // name → string literals of an `as const` array
  const aliases = new Map(); // name → string literals, or the name of such a constant
  const literals = (ts, node) =>
    ts.isUnionTypeNode(node) && node.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))
      ? node.types.map((t) => t.literal.text)
      : undefined;
  const resolve = (name) => {
    const target = aliases.get(name);
    return typeof target === 'string' ? constants.get(target) : target;
  };
  const rewrite = (type) => {
    if (!type?.text) return;
    const parts = type.text.split('|').map((part) => part.trim());
    const expanded = parts.flatMap((part) => resolve(part)?.map((v) => `'${v}'`) ?? [part]);
    if (expanded.length !== parts.length || expanded.some((part, i) => part !== parts[i])) {
      type.text = expanded.join(' | ');
    }
  };
  return {
    name: 'uclg-literal-types',
    collectPhase({ts, node}) {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        const init = node.initializer;
        if (ts.isAsExpression(init) && ts.isArrayLiteralExpression(init.expression)) {
          const items = init.expression.elements;
          if (items.every((item) => ts.isStringLiteral(item))) {
            constants.set(
              node.name.text,
              items.map((item) => item.text),
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
