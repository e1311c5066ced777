import type { CodegenConfig } from '@graphql-codegen/cli';

// Operations are typed from the service's printed schema (ADR 0012): a schema change that breaks one
// fails this build.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
  generates: {
    'web/src/gql/': {
      preset: 'client',
      // Documents as strings: the bundle sends them as they are, without graphql-js.
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        // As the service writes them in JSON: ISO 8601 texts, decimals as strings so no precision is
        // lost, EPCIS documents as JSON objects.
        scalars: {
          Date: 'string',
          DateTime: 'string',
          Decimal: 'string',
          EpcisDocument: 'Record<string, unknown>',
        },
        strictScalars: true,
      },
    },
  },
};
export default config;
