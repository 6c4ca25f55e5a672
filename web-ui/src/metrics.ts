// The one definition of a post's engagement rate in the UI (docs/metrics.md).

interface PostCounts { views: number | null; likes: number | null; comments: number | null; shares: number | null }

/** (likes + comments + shares) / views; null without views or when any of those counts is unknown. */
export function engagementRate(post: PostCounts): number | null {
  const { views, likes, comments, shares } = post;
  if (views === null || likes === null || comments === null || shares === null || views <= 0) return null;
  return (likes + comments + shares) / views;
}
