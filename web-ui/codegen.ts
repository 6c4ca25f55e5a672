import type { CodegenConfig } from '@graphql-codegen/cli';

// The answers' TypeScript types, generated from the API's schema and the shipped operations, so the
// compiler holds every page to what the API really answers; and the operations parsed at build time
// (typed-document-node), so a page that reads an operation's shape ships no GraphQL parser.
const config: CodegenConfig = {
  schema: '../graphql-api/src/main/resources/graphql/schema.graphqls',
  documents: '../graphql-api/src/main/resources/graphql-client/*.graphql',
  generates: {
    'src/api/generated.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        scalars: { DateTime: 'string', Date: 'string', Long: 'number' },
        enumsAsTypes: true,
        avoidOptionals: true,
        skipTypename: true,
        onlyOperationTypes: true,
      },
    },
  },
};

export default config;
