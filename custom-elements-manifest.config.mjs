import {literalTypes} from './scripts/cem-literal-types.mjs';

export default {
  globs: ['src/elements/**/*.ts', 'src/internal/uclg-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [literalTypes()],
};
