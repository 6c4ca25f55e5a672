/**
 * What to do next: similar creators and insights, asked of the recommendations read model over
 * Axon's query bus. Every answer carries the numbers it rests on (docs/recommendations.md).
 */
package com.creatorcompass.contracts.recommend;
