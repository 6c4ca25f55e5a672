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
import com.creatorcompass.testsupport.RealPages;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Every capture in ../shared/real-pages gives exactly the answer its README states, read as a saved file is. */
class RealPagesTest {

    static final Instant SAVED = Instant.parse("2026-11-30T12:00:00Z");
    final PageParser parser = new PageParser();

    private PageReading read(String file) {
        return parser.read(RealPages.read(file), null, SAVED);
    }

    @Test
    void a_2023_browser_saved_page_reads_sigi_state_with_saves_unknown() {
        ProfileRead read = (ProfileRead) read("lizhagearty_profile_rendered_dom_2023-01.html");

        assertThat(read.handle()).isEqualTo("lizhagearty");
        assertThat(read.format()).isEqualTo("SIGI_STATE");
        assertCounts(read.profile(), rounded(41_300), exact(904), rounded(1_600_000), exact(391));
        assertThat(read.profile().friends())
                .as("no friendCount on a 2023 page: unknown")
                .isNull();
        assertThat(read.videos())
                .hasSize(27)
                .allSatisfy(video -> assertThat(video.saves()).isNull());
        assertThat(read.videos()).allSatisfy(video -> assertThat(video.views()).isNotNull());
    }

    @Test
    void the_same_page_without_its_data_script_reads_its_structured_data_and_dom_grid() {
        Document page = Jsoup.parse(RealPages.read("lizhagearty_profile_rendered_dom_2023-01.html"));
        page.getElementById("SIGI_STATE").remove();

        ProfileRead read = (ProfileRead) parser.read(page.outerHtml(), null, SAVED);

        assertThat(read.format()).isEqualTo("JSON-LD");
        assertThat(read.handle()).isEqualTo("lizhagearty");
        assertThat(read.profile().nickname()).isEqualTo("Liz Hagearty");
        assertThat(read.profile().videos()).isEqualTo(new Count(15, Precision.AT_LEAST));
        assertThat(read.profile().likes()).isEqualTo(rounded(1_600_000));
    }

    @Test
    void a_2020_next_data_video_page_has_no_saves() {
        VideoRead read = (VideoRead) read("drawrowfly_videoMeta_nextdata_video_2020-11.html");

        assertThat(read.handle()).isEqualTo("tiktok");
        assertThat(read.format()).isEqualTo("__NEXT_DATA__");
        VideoObservation video = read.video();
        assertThat(video.videoId()).isEqualTo("6881450806688664838");
        assertThat(video.postedAt()).isEqualTo(Instant.parse("2020-10-09T03:04:22Z"));
        assertThat(values(video)).containsExactly(25_700L, 1_300_000L, 25_700L, 13_100L, null);
        assertThat(read.author().followers()).isEqualTo(rounded(48_300_000));
    }

    @Test
    void a_2024_selenium_page_source_ignores_the_signed_in_viewer_and_marks_small_stats_exact() {
        ProfileRead read = (ProfileRead) read("cotarna07_profile_universal_faithhelizabethhh_2024-05.html");

        assertThat(read.handle()).isEqualTo("faithhelizabethhh");
        assertThat(read.format()).isEqualTo("rehydration");
        assertCounts(read.profile(), rounded(77_000), exact(482), rounded(3_300_000), exact(855));
        assertThat(read.profile().friends()).isEqualTo(exact(135));
        assertThat(read.videos()).isEmpty();
        assertThat(gridSize("cotarna07_profile_universal_faithhelizabethhh_2024-05.html"))
                .isEqualTo(35L);
    }

    @Test
    void a_2026_page_with_statsV2_is_exact_and_its_swapped_dom_title_is_not_the_handle() {
        String file = "dashzorvak_profile_universal_alcaldiasa_2026-05.html";
        ProfileRead read = (ProfileRead) read(file);

        assertThat(read.handle()).isEqualTo("alcaldiasa");
        assertCounts(read.profile(), exact(38_490), exact(24), exact(593_024), exact(927));
        assertThat(gridSize(file)).isEqualTo(16L);

        Document page = Jsoup.parse(RealPages.read(file));
        page.getElementById(PageParser.REHYDRATION).remove();
        ProfileRead fromDom = (ProfileRead) parser.read(page.outerHtml(), "https://www.tiktok.com/@alcaldiasa", SAVED);
        assertThat(fromDom.format()).isEqualTo("dom");
        assertThat(fromDom.handle()).isEqualTo("alcaldiasa");
        assertThat(fromDom.profile().nickname()).isEqualTo("Alcaldía de Santa Ana");
        assertThat(fromDom.profile().followers()).isEqualTo(rounded(38_500));
    }

    @Test
    void a_2025_video_page_with_string_createTime_and_collectCount() {
        VideoRead read = (VideoRead) read("rimineuit_video_universal_7526770564367748360_2025-07.html");

        assertThat(read.handle()).isEqualTo("dangthuhaf");
        assertThat(read.video().videoId()).isEqualTo("7526770564367748360");
        assertThat(read.video().postedAt()).isEqualTo(Instant.parse("2025-07-14T03:14:02Z"));
        assertThat(values(read.video())).containsExactly(18_500_000L, 844_400L, 2_182L, 25_600L, 16_630L);
    }

    @Test
    void a_2026_profile_page_with_statsV2_and_an_empty_item_list() {
        ProfileRead read = (ProfileRead) read("automaton_profile_universal_edelmanir_2026-09.html");

        assertThat(read.handle()).isEqualTo("edelmanir");
        assertCounts(read.profile(), exact(68_259), exact(839), exact(926_528), exact(1_737));
        assertThat(read.videos()).isEmpty();
    }

    @Test
    void a_2026_video_page() {
        VideoRead read = (VideoRead) read("automaton_video_universal_ahormozi_7336007528070958382_2026-09.html");

        assertThat(read.handle()).isEqualTo("ahormozi");
        assertThat(read.video().videoId()).isEqualTo("7336007528070958382");
        assertThat(read.video().postedAt()).isEqualTo(Instant.parse("2024-02-16T01:36:24Z"));
        assertThat(values(read.video())).containsExactly(5_675L, 249L, 8L, 9L, 103L);
    }

    @Test
    void the_rehydration_json_saved_alone() {
        ProfileRead read = (ProfileRead) read("alphavn_profile_universal_rawjson_khanhiattm2_2026-07.json");

        assertThat(read.handle()).isEqualTo("khanhiattm2");
        assertThat(read.format()).isEqualTo("rehydration (saved JSON)");
        assertCounts(read.profile(), exact(40_398), exact(6), exact(234_997), exact(60));
    }

    @Test
    void a_missing_video_answers_200_with_statusCode_10204() {
        Failure failure = (Failure) read("ca74ca_video_notfound_10204_2025-07.html");

        assertThat(failure.reason()).isEqualTo(FailureReason.NOT_FOUND);
        assertThat(failure.evidence()).containsEntry("statusCode", "10204").containsEntry("format", "rehydration");
    }

    @Test
    void a_script_only_shell_holds_no_snapshot_and_says_what_was_tried() {
        Failure failure = (Failure) read("cong99x_static_site_shell_nodata_2026-03.html");

        assertThat(failure.reason()).isIn(FailureReason.LAYOUT_CHANGED, FailureReason.BLOCKED);
        assertThat(failure.evidence()).containsEntry("title", "TikTok").containsKeys("excerpt", "tried");
    }

    @Test
    void a_page_cut_inside_a_script_is_a_changed_layout_not_a_crash() {
        Failure failure = (Failure) read("guidocjh_truncated_5000chars_2025-12.html");

        assertThat(failure.reason()).isEqualTo(FailureReason.LAYOUT_CHANGED);
    }

    private static void assertCounts(
            ProfileObservation profile, Count followers, Count following, Count likes, Count videos) {
        assertThat(profile.followers()).as("followers").isEqualTo(followers);
        assertThat(profile.following()).as("following").isEqualTo(following);
        assertThat(profile.likes()).as("likes").isEqualTo(likes);
        assertThat(profile.videos()).as("videos").isEqualTo(videos);
    }

    private static Long[] values(VideoObservation video) {
        return new Long[] {
            Count.valueOrNull(video.views()),
            Count.valueOrNull(video.likes()),
            Count.valueOrNull(video.comments()),
            Count.valueOrNull(video.shares()),
            Count.valueOrNull(video.saves())
        };
    }

    private static long gridSize(String file) {
        Count grid = DomReader.gridCount(Jsoup.parse(RealPages.read(file)));
        return grid == null ? 0 : grid.value();
    }
}
