// The answers of the operations the UI sends (graphql-api/src/main/resources/graphql-client), written
// against schema.graphqls; the operations themselves are validated against the running API in CI.

export interface Count { value: number; exact: boolean }

export interface Me {
  id: string; email: string; displayName: string | null; roles: string[]; tiktokHandle: string | null;
  audience: { niches: string[]; regions: string[]; languages: string[]; ageBand: string | null };
  trackedHandles: string[]; competitorHandles: string[];
}

export interface GrowthPoint {
  periodStart: string; closingDay: string; followers: number; likes: number; videos: number;
  followersDelta: number | null; likesDelta: number | null; videosDelta: number | null; restsOnRounded: boolean;
}

export interface DashboardCreator {
  handle: string; nickname: string | null; tier: string | null; observedAt: string | null; source: string | null;
  dataQuality: string[]; followers: Count | null; likes: Count | null; videos: Count | null;
  growthKpis: {
    followersGrowth1d: number | null; followersGrowth7d: number | null; followersGrowth28d: number | null;
    projectedFollowers30d: number | null; projectedFollowers90d: number | null; projectionMethod: string;
  } | null;
  engagementKpis: { byViewsMedian: number | null } | null;
  growth: GrowthPoint[];
  latestVideos: { edges: { node: { id: string; postedAt: string | null; caption: string | null; views: number } }[] };
}

export interface SimilarCreator {
  handle: string; nickname: string | null; followers: number; tier: string; region: string | null; language: string | null;
  engagementRate: number | null; score: number; reasons: string[];
  scoreBreakdown: { name: string; similarity: number; weight: number; contribution: number }[];
}

export interface Recommendations { basedOn: string | null; missing: string[]; creators: SimilarCreator[] }

export interface Backtest { weeks: number; hits: number; hitRate: number; confidence: number; statement: string }

export interface InsightReport {
  handle: string; timeZone: string; videosAnalysed: number;
  insights: { kind: string; subject: string; headline: string; evidence: string[]; confidence: number; backtest: Backtest }[];
  withheld: { kind: string; subject: string | null; reason: string; detail: string }[];
}

export interface MutationErrors { errors: { code: string; reason: string | null; message: string }[] }

export interface VideoRow {
  id: string; postedAt: string | null; caption: string | null; hashtags: string[]; durationSeconds: number | null;
  views: number; likes: number; comments: number; shares: number; saves: number; lastSeenAt: string;
}

export interface VideoPage { edges: { cursor: string; node: VideoRow }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }

export interface VelocityPoint {
  age: string; views: number; interpolated: boolean; rounded: boolean; creatorMedian: number | null; medianSample: number;
  outlierScore: number | null;
}

export interface VideoDetail extends VideoRow {
  handle: string;
  observations: { capturedAt: string; recordedAt: string; views: number; likes: number; comments: number; shares: number; allCountsExact: boolean }[];
  velocity: VelocityPoint[];
}

export interface HashtagTrend { hashtag: string; days: number; videos: number; peakCreators: number; views: number; medianEngagementRate: number | null }

export interface CompareCreator {
  handle: string; nickname: string | null; tier: string | null; dataQuality: string[];
  followers: Count | null; likes: Count | null; videos: Count | null;
  growthKpis: { followersGrowth7d: number | null; followersGrowth28d: number | null; projectedFollowers30d: number | null } | null;
  engagementKpis: { byViewsMedian: number | null; byFollowersMedian: number | null; medianViewsLast30: number | null } | null;
}

export interface ReplayStatus {
  processors: { processor: string; segment: number; behind: number }[];
  replays: { id: string; projection: string; state: string; requestedBy: string; startedAt: string; finishedAt: string | null; detail: string | null }[];
}

export interface AlertPage {
  edges: { node: { id: string; kind: string; handle: string; videoId: string | null; at: string; observed: number; reference: number;
    score: number; threshold: number; restsOnRounded: boolean } }[];
}
