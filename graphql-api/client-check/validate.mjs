// Usage: node validate.mjs <introspection.json> <operation.graphql>...
// Builds a client schema from the API's own introspection answer, checks it is a valid schema,
// then parses and validates every operation against it. Exit status 1 on any problem.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { buildClientSchema, assertValidSchema, parse, validate } from 'graphql';

const [introspectionFile, ...operationFiles] = process.argv.slice(2);
if (!introspectionFile || operationFiles.length === 0) {
  console.error('usage: node validate.mjs <introspection.json> <operation.graphql>...');
  process.exit(2);
}
const introspection = JSON.parse(readFileSync(introspectionFile, 'utf8'));
const schema = buildClientSchema(introspection.data ?? introspection);
assertValidSchema(schema);
console.log(`schema: ${Object.keys(schema.getTypeMap()).filter((t) => !t.startsWith('__')).length} types, valid`);

let failures = 0;
for (const file of operationFiles) {
  let errors;
  try {
    errors = validate(schema, parse(readFileSync(file, 'utf8')));
  } catch (syntaxError) {
    errors = [syntaxError];
  }
  if (errors.length === 0) {
    console.log(`ok   ${basename(file)}`);
  } else {
    failures++;
    for (const error of errors) {
      console.log(`FAIL ${basename(file)}: ${error.message}`);
    }
  }
}
console.log(`${operationFiles.length - failures} of ${operationFiles.length} operations valid`);
process.exit(failures === 0 ? 0 : 1);
