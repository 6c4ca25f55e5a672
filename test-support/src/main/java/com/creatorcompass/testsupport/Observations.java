package com.creatorcompass.testsupport;

import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.PostKind;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.VideoObservation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Test data: observations with ordinary values, so that a test names only what it is about
 * ({@code profileAt(t).followers(1_200).build()}). Every count is exact unless a test says otherwise.
 */
public final class Observations {

    private Observations() {}

    public static ProfileBuilder profileAt(Instant capturedAt) {
        return new ProfileBuilder(capturedAt);
    }

    public static ProfileBuilder profileAt(String capturedAt) {
        return profileAt(Instant.parse(capturedAt));
    }

    public static VideoBuilder videoAt(String videoId, Instant capturedAt) {
        return new VideoBuilder(videoId, capturedAt);
    }

    /** A profile observation: 1,000 followers, 10 following, 10,000 likes, 10 videos, unless set. */
    public static final class ProfileBuilder {
        private final Instant capturedAt;
        private String tiktokUserId;
        private String secUid;
        private String nickname = "A Creator";
        private String bio = "";
        private boolean verified;
        private Count followers = Count.exact(1_000);
        private Count following = Count.exact(10);
        private Count likes = Count.exact(10_000);
        private Count videos = Count.exact(10);
        private Count friends;
        private String region;
        private String language;

        private ProfileBuilder(Instant capturedAt) {
            this.capturedAt = capturedAt;
        }

        public ProfileBuilder ids(String tiktokUserId, String secUid) {
            this.tiktokUserId = tiktokUserId;
            this.secUid = secUid;
            return this;
        }

        public ProfileBuilder nickname(String nickname) {
            this.nickname = nickname;
            return this;
        }

        public ProfileBuilder bio(String bio) {
            this.bio = bio;
            return this;
        }

        public ProfileBuilder verified(boolean verified) {
            this.verified = verified;
            return this;
        }

        public ProfileBuilder followers(long followers) {
            return followers(Count.exact(followers));
        }

        /** null: the page did not show it. */
        public ProfileBuilder followers(Count followers) {
            this.followers = followers;
            return this;
        }

        public ProfileBuilder following(long following) {
            return following(Count.exact(following));
        }

        public ProfileBuilder following(Count following) {
            this.following = following;
            return this;
        }

        public ProfileBuilder likes(long likes) {
            return likes(Count.exact(likes));
        }

        public ProfileBuilder likes(Count likes) {
            this.likes = likes;
            return this;
        }

        public ProfileBuilder videos(long videos) {
            return videos(Count.exact(videos));
        }

        public ProfileBuilder videos(Count videos) {
            this.videos = videos;
            return this;
        }

        /** null: the page did not show it. */
        public ProfileBuilder friends(Count friends) {
            this.friends = friends;
            return this;
        }

        public ProfileBuilder region(String region, String language) {
            this.region = region;
            this.language = language;
            return this;
        }

        public ProfileObservation build() {
            return new ProfileObservation(
                    capturedAt,
                    tiktokUserId,
                    secUid,
                    nickname,
                    bio,
                    verified,
                    followers,
                    following,
                    likes,
                    videos,
                    region,
                    language,
                    friends);
        }
    }

    /** A video observation: posted a day before, 30 s long, 1,000 views, 100 likes, 10 comments, 1 share, saves unknown, unless set. */
    public static final class VideoBuilder {
        private final String videoId;
        private final Instant capturedAt;
        private Instant postedAt;
        private String caption = "";
        private List<String> hashtags = List.of();
        private Integer durationSeconds = 30;
        private Count views = Count.exact(1_000);
        private Count likes = Count.exact(100);
        private Count comments = Count.exact(10);
        private Count shares = Count.exact(1);
        private Count saves;
        private PostKind kind = PostKind.VIDEO;

        private VideoBuilder(String videoId, Instant capturedAt) {
            this.videoId = videoId;
            this.capturedAt = capturedAt;
            this.postedAt = capturedAt.minus(Duration.ofDays(1));
        }

        public VideoBuilder postedAt(Instant postedAt) {
            this.postedAt = postedAt;
            return this;
        }

        public VideoBuilder caption(String caption, String... hashtags) {
            return caption(caption, List.of(hashtags));
        }

        public VideoBuilder caption(String caption, List<String> hashtags) {
            this.caption = caption;
            this.hashtags = List.copyOf(hashtags);
            return this;
        }

        public VideoBuilder durationSeconds(Integer durationSeconds) {
            this.durationSeconds = durationSeconds;
            return this;
        }

        /** Views, likes, comments and shares, all exact. */
        public VideoBuilder counts(long views, long likes, long comments, long shares) {
            return counts(Count.exact(views), Count.exact(likes), Count.exact(comments), Count.exact(shares));
        }

        /** null: the page did not show it. */
        public VideoBuilder counts(Count views, Count likes, Count comments, Count shares) {
            this.views = views;
            this.likes = likes;
            this.comments = comments;
            this.shares = shares;
            return this;
        }

        public VideoBuilder saves(long saves) {
            this.saves = Count.exact(saves);
            return this;
        }

        /** A photo post: no length. */
        public VideoBuilder photo() {
            this.kind = PostKind.PHOTO;
            this.durationSeconds = null;
            return this;
        }

        public VideoObservation build() {
            return new VideoObservation(
                    videoId,
                    capturedAt,
                    postedAt,
                    caption,
                    hashtags,
                    durationSeconds,
                    views,
                    likes,
                    comments,
                    shares,
                    saves,
                    kind);
        }
    }
}
