// The shipped client operations, one file each, shared with the API's allow-list and its CI check.
import me from '../../../graphql-api/src/main/resources/graphql-client/Me.graphql?raw';
import dashboard from '../../../graphql-api/src/main/resources/graphql-client/Dashboard.graphql?raw';
import linkTikTokAccount from '../../../graphql-api/src/main/resources/graphql-client/LinkTikTokAccount.graphql?raw';
import setAudiencePreferences from '../../../graphql-api/src/main/resources/graphql-client/SetAudiencePreferences.graphql?raw';
import recommendations from '../../../graphql-api/src/main/resources/graphql-client/Recommendations.graphql?raw';
import insights from '../../../graphql-api/src/main/resources/graphql-client/Insights.graphql?raw';
import videos from '../../../graphql-api/src/main/resources/graphql-client/Videos.graphql?raw';
import engagementByPostingTime from '../../../graphql-api/src/main/resources/graphql-client/EngagementByPostingTime.graphql?raw';
import video from '../../../graphql-api/src/main/resources/graphql-client/Video.graphql?raw';
import hashtagTrends from '../../../graphql-api/src/main/resources/graphql-client/HashtagTrends.graphql?raw';
import compare from '../../../graphql-api/src/main/resources/graphql-client/Compare.graphql?raw';
import addCompetitor from '../../../graphql-api/src/main/resources/graphql-client/AddCompetitor.graphql?raw';
import replayStatus from '../../../graphql-api/src/main/resources/graphql-client/ReplayStatus.graphql?raw';
import replay from '../../../graphql-api/src/main/resources/graphql-client/Replay.graphql?raw';
import alerts from '../../../graphql-api/src/main/resources/graphql-client/Alerts.graphql?raw';
import myActivity from '../../../graphql-api/src/main/resources/graphql-client/MyActivity.graphql?raw';
import history from '../../../graphql-api/src/main/resources/graphql-client/History.graphql?raw';
import canonicalHandle from '../../../graphql-api/src/main/resources/graphql-client/CanonicalHandle.graphql?raw';
import searchCreators from '../../../graphql-api/src/main/resources/graphql-client/SearchCreators.graphql?raw';
import similarCreators from '../../../graphql-api/src/main/resources/graphql-client/SimilarCreators.graphql?raw';
import trackCreator from '../../../graphql-api/src/main/resources/graphql-client/TrackCreator.graphql?raw';
import issueTikTokVerificationCode from '../../../graphql-api/src/main/resources/graphql-client/IssueTikTokVerificationCode.graphql?raw';
import requestScrape from '../../../graphql-api/src/main/resources/graphql-client/RequestScrape.graphql?raw';
import sessions from '../../../graphql-api/src/main/resources/graphql-client/Sessions.graphql?raw';
import endSession from '../../../graphql-api/src/main/resources/graphql-client/EndSession.graphql?raw';
import endUserSessions from '../../../graphql-api/src/main/resources/graphql-client/EndUserSessions.graphql?raw';

export const operations = {
  me,
  dashboard,
  linkTikTokAccount,
  setAudiencePreferences,
  recommendations,
  insights,
  videos,
  engagementByPostingTime,
  video,
  hashtagTrends,
  compare,
  addCompetitor,
  replayStatus,
  replay,
  myActivity,
  alerts,
  history,
  searchCreators,
  canonicalHandle,
  similarCreators,
  trackCreator,
  sessions,
  endSession,
  endUserSessions,
  issueTikTokVerificationCode,
  requestScrape,
};
