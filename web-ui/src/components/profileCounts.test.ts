import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { countsSelected, PROFILE_COUNTS } from './profileCounts';

describe('the profile counts the dashboard shows', () => {
  it('are the fields of the creator that select a count, in the order asked', () => {
    const document = `query D($handle: String!) {
      creator(handle: $handle) {
        handle nickname followers { value precision } growthKpis { day } likes { precision value }
        latestVideos { edges { node { views } } } reach: videos { value precision } tier { value }
      }
    }`;

    expect(countsSelected(parse(document))).toEqual([
      { field: 'followers', label: 'Followers' },
      { field: 'likes', label: 'Likes' },
      { field: 'reach', label: 'Videos' },
    ]);
  });

  it('include every count the shipped dashboard asks for', () => {
    expect(PROFILE_COUNTS.map((c) => c.field)).toEqual(['followers', 'following', 'likes', 'videos', 'friends']);
  });
});
