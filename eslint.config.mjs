// typescript-eslint parses with the TypeScript compiler API, which TypeScript 7 (our `tsc`) no
// longer ships. ESLint therefore gets its own TypeScript 5 (the `typescript-eslint-ts` alias):
// requests for `typescript` made from inside typescript-eslint are pointed at it. Everything
// else, and `npm run typecheck`, uses TypeScript 7.
import Module from 'node:module';

const TS_ESLINT_PACKAGES =
  /node_modules[\\/](@typescript-eslint[\\/]|typescript-eslint[\\/]|ts-api-utils[\\/])/;
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const fromTsEslint = TS_ESLINT_PACKAGES.test(parent?.filename ?? '');
  const target = request === 'typescript' && fromTsEslint ? 'typescript-eslint-ts' : request;
  return resolve.call(this, target, parent, ...rest);
};

const { default: js } = await import('@eslint/js');
const { default: tseslint } = await import('typescript-eslint');

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
);
