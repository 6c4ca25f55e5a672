/**
 * The questions the API asks of the read models, and their answers: plain records sent over Axon's
 * query bus, so the API and the warehouse know each other only through these.
 * Lists of ids in a query are how one question serves a whole batch (no N+1).
 */
package com.creatorcompass.contracts.query;
