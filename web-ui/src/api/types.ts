// The answers of the operations the UI sends, as the compiler sees them: generated (generated.ts, by
// `npm run codegen`, part of the build) from the API's schema and the shipped operations themselves.
import type * as G from './generated';

export type Count = { value: number; precision: G.Precision };
export type Me = G.MeQuery['me'];
export type DashboardCreator = NonNullable<G.DashboardQuery['creator']>;
export type GrowthColumns = DashboardCreator['growthColumns'];
export type Recommendations = G.RecommendationsQuery['recommendations'];
export type SimilarCreator = Recommendations['creators'][number];
export type InsightReport = G.InsightsQuery['insights'];
export type Backtest = InsightReport['insights'][number]['backtest'];
export type MutationErrors = { errors: G.LinkTikTokAccountMutation['linkTikTokAccount']['errors'] };
export type VideoPage = G.VideosQuery['videos'];
export type VideoRow = VideoPage['edges'][number]['node'];
export type VideoDetail = NonNullable<G.VideoQuery['video']>;
export type VelocityPoint = VideoDetail['velocity'][number];
export type EngagementByPostingTime = G.EngagementByPostingTimeQuery['engagementByPostingTime'];
export type PostingTimeCell = EngagementByPostingTime['cells'][number];
export type HashtagTrend = G.HashtagTrendsQuery['hashtagTrends'][number];
export type CompareCreator = G.CompareQuery['compare'][number];
export type ReplayStatus = G.ReplayStatusQuery['replayStatus'];
export type AlertPage = G.AlertsQuery['alerts'];
export type HistoryProgress = NonNullable<G.HistoryQuery['history']>;
export type CreatorMatch = G.SearchCreatorsQuery['searchCreators'][number];
export type SimilarToCreator = G.SimilarCreatorsQuery['similarCreators'][number];
export type SignInSession = G.SessionsQuery['me']['sessions'][number];
export type SessionsEnded = G.EndSessionMutation['endSession'];
