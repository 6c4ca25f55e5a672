/**
 * The GraphQL API: schema in {@code resources/graphql/schema.graphqls}; reads go to the query side
 * over Axon's query bus, changes to the command side over its command bus, both with the records in
 * {@code contracts}. Sign-in and tokens in {@code security}; limits and the allow-list in {@code limits}.
 */
package com.creatorcompass.graphql;
