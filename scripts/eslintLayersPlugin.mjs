// A local ESLint rule for the layers of scripts/layers.mjs. ESLint's `no-restricted-imports`
// matches the text of an import, not the file it resolves to, so `../../renderer/x` from shared/
// passed it; maintained rules that resolve paths (eslint-plugin-import's no-restricted-paths,
// eslint-plugin-boundaries) are not dependencies here, and this rule is the table's one judge.
import { judgeImport } from './layers.mjs';

/** @type {import('eslint').Rule.RuleModule} */
const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'an import must resolve to a layer or package its folder may use (STYLE.md, Layers)' },
    schema: [],
  },
  create(context) {
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const message = judgeImport(context.filename, source.value);
      if (message) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument),
    };
  },
};

export const layersPlugin = { rules: { 'allowed-imports': allowedImports } };
