import type { QueryClient } from '@tanstack/react-query';
import { graphql } from './client';
import { operations } from './operations';
import type { MutationErrors } from './types';

/**
 * Puts {@code handle} on the user's tracking list (tracked for scraping at once if nobody tracked it)
 * and has every cached read asked again; answers the API's refusal in words, or null when done.
 */
export async function trackCreator(client: QueryClient, handle: string): Promise<string | null> {
  try {
    const result = await graphql<{ trackCreator: MutationErrors }>(operations.trackCreator, { handle });
    if (result.trackCreator.errors.length > 0) return result.trackCreator.errors.map((e) => e.message).join(' ');
    await client.invalidateQueries();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
