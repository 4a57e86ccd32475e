/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  // discord-api-spec ships ESM only: map its zod entry to the built file and let swc transform it.
  moduleNameMapper: {
    '^discord-api-spec/zod$': '<rootDir>/node_modules/discord-api-spec/build/discord-api-spec.zod.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!discord-api-spec/)'],
  testTimeout: 30000,
};
