package com.creatorcompass.scraper.page;

import static com.creatorcompass.contracts.observation.Count.exact;
import static com.creatorcompass.contracts.observation.Count.rounded;
import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.contracts.observation.Precision;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.scraper.page.PageReading.Failure;
import com.creatorcompass.scraper.page.PageReading.ProfileRead;
import com.creatorcompass.scraper.page.PageReading.VideoRead;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageParserTest {

    static final Instant SEEN = Instant.parse("2026-11-25T10:00:00Z");
    final PageParser parser = new PageParser();

    @Test
    void todays_rehydration_json_prefers_exact_statsV2_and_survives_an_overflowed_heart_count() {
        ProfileRead read = (ProfileRead) profile("profile-rehydration.html", "mia.reads");

        assertThat(read.handle()).isEqualTo("mia.reads");
        assertThat(read.format()).isEqualTo("rehydration");
        assertThat(read.profile())
                .isEqualTo(new ProfileObservation(
                        SEEN,
                        "6812345678901234567",
                        "MS4wLjABAAAAmia",
                        "Mia Reads 📚",
                        "books, tea & chaos",
                        false,
                        exact(68_259),
                        exact(312),
                        exact(2_999_999_998L),
                        exact(431),
                        null,
                        "en",
                        exact(80)));
        assertThat(read.videos()).isEmpty();
        assertThat(read.simulated()).isFalse();
    }

    @Test
    void region_and_language_are_read_as_codes_and_anything_else_as_unknown() {
        String placed = page("profile-rehydration.html")
                .replace("\"language\":\"en\"}", "\"language\":\"en-GB\",\"region\":\"gb\"}");
        ProfileRead read =
                (ProfileRead) parser.readProfile(placed, "https://www.tiktok.com/@mia.reads", "mia.reads", SEEN);
        assertThat(read.profile().region()).isEqualTo("GB");
        assertThat(read.profile().language()).isEqualTo("en");
        String odd = page("profile-rehydration.html")
                .replace("\"language\":\"en\"}", "\"language\":\"\",\"region\":\"Earth\"}");
        ProfileRead unknown =
                (ProfileRead) parser.readProfile(odd, "https://www.tiktok.com/@mia.reads", "mia.reads", SEEN);
        assertThat(unknown.profile().region()).isNull();
        assertThat(unknown.profile().language()).isNull();
    }

    @Test
    void sigi_state_reads_profile_and_the_videos_it_lists_with_rounded_profile_counts() {
        ProfileRead read = (ProfileRead) profile("profile-sigi.html", "old.format");

        assertThat(read.format()).isEqualTo("SIGI_STATE");
        assertThat(read.profile().followers()).isEqualTo(rounded(1_200_000));
        assertThat(read.profile().likes()).isEqualTo(rounded(45_000_000));
        assertThat(read.profile().verified()).isTrue();
        assertThat(read.videos())
                .containsExactly(
                        new VideoObservation(
                                "7100000000000000001",
                                SEEN,
                                Instant.ofEpochSecond(1_650_000_000L),
                                "throwback #TBT #dance",
                                List.of("tbt", "dance"),
                                15,
                                rounded(250_000),
                                rounded(31_000),
                                exact(420),
                                exact(150),
                                exact(900)),
                        new VideoObservation(
                                "7100000000000000002",
                                SEEN,
                                Instant.ofEpochSecond(1_650_100_000L),
                                "no tags here",
                                List.of("story"),
                                61,
                                exact(9_948),
                                exact(700),
                                exact(12),
                                exact(3),
                                exact(40)));
    }

    @Test
    void next_data_reads_the_profile() {
        ProfileRead read = (ProfileRead) profile("profile-next.html", "next.data");

        assertThat(read.format()).isEqualTo("__NEXT_DATA__");
        assertThat(read.profile())
                .isEqualTo(new ProfileObservation(
                        SEEN,
                        "6600000000000000002",
                        "MS4wLjABAAAAnext",
                        "Next",
                        "",
                        false,
                        rounded(13_500),
                        exact(7),
                        rounded(410_000),
                        exact(35)));
    }

    @Test
    void a_dom_only_page_gives_display_counts_with_their_precision() {
        ProfileRead read = (ProfileRead) profile("profile-dom.html", "dom.only");

        assertThat(read.format()).isEqualTo("dom");
        assertThat(read.profile())
                .isEqualTo(new ProfileObservation(
                        SEEN,
                        null,
                        null,
                        "Dom Only",
                        "rendered, not embedded",
                        false,
                        rounded(17_800),
                        exact(1_234),
                        rounded(4_100_000),
                        new Count(2, Precision.AT_LEAST)));
    }

    @Test
    void a_video_page_gives_exact_counts_merged_hashtags_and_a_string_createTime() {
        VideoRead read = (VideoRead) parser.readVideo(
                page("video-rehydration.html"), "https://www.tiktok.com/@mia.reads/video/7301234567890123456", SEEN);

        assertThat(read.handle()).isEqualTo("mia.reads");
        assertThat(read.video())
                .isEqualTo(new VideoObservation(
                        "7301234567890123456",
                        SEEN,
                        Instant.ofEpochSecond(1_700_000_000L),
                        "my #BookTok haul #reading",
                        List.of("booktok", "reading"),
                        34,
                        exact(1_298_765),
                        exact(98_012),
                        exact(871),
                        exact(1_204),
                        exact(4_321)));
    }

    @Test
    void without_createTime_the_post_time_comes_from_the_video_id() {
        VideoRead read = (VideoRead) parser.readVideo(page("video-next-no-createtime.html"), null, SEEN);

        assertThat(read.video().postedAt()).isEqualTo(Instant.ofEpochSecond(7_301_234_567_890_123_456L >> 32));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "profile-not-found.html, NOT_FOUND, the user does not exist (statusCode 10202)",
        "profile-private.html,   PRIVATE,   the account is private (statusCode 10222)",
        "profile-captcha.html,   CAPTCHA,   verification wall (statusCode 10000)",
        "challenge.html,         CAPTCHA,   a JavaScript challenge page (no page data)",
        "redesign.html,          LAYOUT_CHANGED, 'no profile data on the page (tried rehydration, SIGI_STATE, __NEXT_DATA__, saved JSON, JSON-LD, dom)'"
    })
    void failures_are_classified_with_evidence(String file, FailureReason reason, String detail) {
        Failure failure = (Failure) profile(file, null);

        assertThat(failure.reason()).isEqualTo(reason);
        assertThat(failure.detail()).isEqualTo(detail);
        assertThat(failure.evidence())
                .containsEntry("url", "https://www.tiktok.com/@someone")
                .containsKeys("title", "excerpt");
    }

    @Test
    void malformed_json_is_a_changed_layout() {
        Failure failure = (Failure) profile("profile-malformed.html", "broken");

        assertThat(failure.reason()).isEqualTo(FailureReason.LAYOUT_CHANGED);
        assertThat(failure.detail()).startsWith("malformed JSON");
    }

    @Test
    void a_login_redirect_is_a_block() {
        Failure failure = (Failure) parser.readProfile(
                "<html><head><title>Log in</title></head><body></body></html>",
                "https://www.tiktok.com/login?redirect_url=%2F%40x",
                "x",
                SEEN);

        assertThat(failure.reason()).isEqualTo(FailureReason.BLOCKED);
    }

    @Test
    void a_page_showing_another_handle_is_not_the_creator_asked_for() {
        Failure failure = (Failure) profile("profile-rehydration.html", "someone.else");

        assertThat(failure.reason()).isEqualTo(FailureReason.NOT_FOUND);
        assertThat(failure.detail()).isEqualTo("the page shows @mia.reads, not @someone.else (did the handle change?)");
    }

    @Test
    void a_rendered_count_that_contradicts_the_data_is_refused() {
        String tampered = page("profile-rehydration.html").replace(">68.3K<", ">12K<");

        Failure failure = (Failure) parser.readProfile(tampered, null, "mia.reads", SEEN);

        assertThat(failure.reason()).isEqualTo(FailureReason.LAYOUT_CHANGED);
        assertThat(failure.detail()).isEqualTo("the page shows followers-count '12K' but its data says 68259");
    }

    @Test
    void an_overflowed_count_without_an_exact_one_is_unknown_not_a_wrong_number() {
        String noExact = page("profile-rehydration.html")
                .replaceAll("\"statsV2\":\\{[^}]*},", "")
                .replace("\"heart\":3000000000,", "");

        ProfileRead read = (ProfileRead) parser.readProfile(noExact, null, "mia.reads", SEEN);

        assertThat(read.profile().likes()).isNull();
        assertThat(read.profile().followers()).isEqualTo(rounded(68_300));
    }

    private PageReading profile(String file, String handle) {
        return parser.readProfile(page(file), "https://www.tiktok.com/@someone", handle, SEEN);
    }

    static String page(String file) {
        try (InputStream in = PageParserTest.class.getResourceAsStream("/pages/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
