package com.creatorcompass.scraper.page;

import static com.creatorcompass.contracts.observation.Count.exact;
import static com.creatorcompass.contracts.observation.Count.rounded;
import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.contracts.observation.PostKind;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.scraper.page.PageReading.Failure;
import com.creatorcompass.scraper.page.PageReading.ProfileRead;
import com.creatorcompass.scraper.page.PageReading.VideoRead;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each class of real page the parser must read right, on small pages built from the class's description. */
class PageFormatsTest {

    static final Instant SEEN = Instant.parse("2026-11-25T10:00:00Z");
    static final String URL = "https://www.tiktok.com/@mia.reads";
    final PageParser parser = new PageParser();

    static String html(String head, String body) {
        return "<!DOCTYPE html><html><head><title>TikTok</title>" + head + "</head><body>" + body + "</body></html>";
    }

    static String script(String id, String json) {
        return "<script id=\"" + id + "\" type=\"application/json\">" + json + "</script>";
    }

    static String rehydration(String scope) {
        return script(PageParser.REHYDRATION, "{\"__DEFAULT_SCOPE__\":{" + scope + "}}");
    }

    static String userDetail(String stats) {
        return "\"webapp.user-detail\":{\"statusCode\":0,\"statusMsg\":\"ok\",\"userInfo\":{\"user\":{\"id\":\"6812345678901234567\","
                + "\"uniqueId\":\"mia.reads\",\"nickname\":\"Mia\",\"secUid\":\"MS4w\"},\"stats\":{" + stats
                + "},\"itemList\":[]}}";
    }

    @Nested
    class Missing_counts_are_unknown_not_a_reason_to_refuse {

        @Test
        void a_video_without_collectCount_or_commentCount_keeps_the_rest() {
            String sigi = script(
                    "SIGI_STATE",
                    "{\"UserPage\":{\"statusCode\":0,\"uniqueId\":\"mia.reads\"},"
                            + "\"UserModule\":{\"users\":{\"mia.reads\":{\"uniqueId\":\"mia.reads\"}},\"stats\":{\"mia.reads\":{\"followerCount\":41300,"
                            + "\"followingCount\":904,\"heartCount\":1600000,\"videoCount\":391}}},"
                            + "\"ItemModule\":{\"7192055279939505454\":{\"id\":\"7192055279939505454\",\"createTime\":\"1674530875\","
                            + "\"author\":\"mia.reads\",\"video\":{\"duration\":12},\"stats\":{\"diggCount\":87,\"shareCount\":1,\"playCount\":1500}}},"
                            + "\"ItemList\":{\"user-post\":{\"list\":[\"7192055279939505454\"]}}}");

            ProfileRead read = (ProfileRead) parser.readProfile(html(sigi, ""), URL, "mia.reads", SEEN);

            VideoObservation video = read.videos().get(0);
            assertThat(video.saves()).isNull();
            assertThat(video.comments()).isNull();
            assertThat(video.likes()).isEqualTo(exact(87));
            assertThat(video.views()).isEqualTo(exact(1_500));
        }

        @Test
        void a_profile_without_a_following_count_is_still_a_snapshot() {
            ProfileRead read = (ProfileRead) parser.readProfile(
                    html(
                            rehydration(
                                    userDetail("\"followerCount\":68300,\"heartCount\":926500,\"videoCount\":1737")),
                            ""),
                    URL,
                    "mia.reads",
                    SEEN);

            assertThat(read.profile().following()).isNull();
            assertThat(read.profile().followers()).isEqualTo(rounded(68_300));
        }

        @Test
        void a_profile_without_any_count_is_a_changed_layout() {
            Failure failure =
                    (Failure) parser.readProfile(html(rehydration(userDetail("")), ""), URL, "mia.reads", SEEN);

            assertThat(failure.reason()).isEqualTo(FailureReason.LAYOUT_CHANGED);
            assertThat(failure.detail()).isEqualTo("profile's data shows no counts at all");
        }

        @Test
        void a_video_without_its_id_is_refused() {
            String page = html(
                    rehydration(
                            "\"webapp.video-detail\":{\"statusCode\":0,\"itemInfo\":{\"itemStruct\":{\"desc\":\"x\","
                                    + "\"stats\":{\"playCount\":5}}}}"),
                    "");

            Failure failure = (Failure) parser.readVideo(page, URL + "/video/1", SEEN);

            assertThat(failure.reason()).isEqualTo(FailureReason.LAYOUT_CHANGED);
            assertThat(failure.detail()).startsWith("a post without a numeric id");
        }
    }

    @Test
    void of_several_data_scripts_the_one_holding_the_profile_is_read_and_named() {
        String small = rehydration(
                "\"webapp.app-context\":{\"user\":{\"uniqueId\":\"the.viewer\"}},\"webapp.i18n-translation\":{}");
        String sigi = script(
                "SIGI_STATE",
                "{\"UserPage\":{\"statusCode\":0,\"uniqueId\":\"mia.reads\"},\"UserModule\":{\"users\":"
                        + "{\"mia.reads\":{\"uniqueId\":\"mia.reads\"}},\"stats\":{\"mia.reads\":{\"followerCount\":500,\"heartCount\":20,"
                        + "\"videoCount\":3,\"followingCount\":1}}}}");

        ProfileRead read = (ProfileRead) parser.readProfile(html(small + sigi, ""), URL, "mia.reads", SEEN);

        assertThat(read.format()).isEqualTo("SIGI_STATE");
        assertThat(read.handle()).isEqualTo("mia.reads");
        assertThat(read.profile().followers()).isEqualTo(exact(500));
    }

    @Test
    void an_inline_window_sigi_state_assignment_is_read_like_its_script() {
        String inline = "<script>window['SIGI_STATE']={\"UserPage\":{\"statusCode\":0,\"uniqueId\":\"mia.reads\"},"
                + "\"UserModule\":{\"users\":{\"mia.reads\":{\"uniqueId\":\"mia.reads\"}},\"stats\":{\"mia.reads\":"
                + "{\"followerCount\":41300,\"heartCount\":9,\"videoCount\":3,\"followingCount\":1}}}};"
                + "window['SIGI_RETRY']={\"a\":1}</script>";

        ProfileRead read = (ProfileRead) parser.read(html(inline, ""), null, SEEN);

        assertThat(read.format()).isEqualTo("SIGI_STATE");
        assertThat(read.profile().followers()).isEqualTo(rounded(41_300));
    }

    @Test
    void saved_json_with_a_byte_order_mark_is_still_json() {
        String json = "\uFEFF{\"__DEFAULT_SCOPE__\":{"
                + userDetail("\"followerCount\":12,\"heartCount\":3,\"videoCount\":1") + "}}";

        ProfileRead read = (ProfileRead) parser.read(json, null, SEEN);

        assertThat(read.format()).isEqualTo("rehydration (saved JSON)");
    }

    @Nested
    class The_dom_title_and_subtitle {

        String dom(String title, String subtitle) {
            return html(
                    "",
                    "<h1 data-e2e=\"user-title\">" + title + "</h1><h2 data-e2e=\"user-subtitle\">" + subtitle + "</h2>"
                            + "<strong data-e2e=\"followers-count\">139.1K</strong><strong data-e2e=\"following-count\">312</strong>");
        }

        @Test
        void on_2025_pages_the_title_is_the_display_name_and_the_subtitle_the_handle() {
            ProfileRead read =
                    (ProfileRead) parser.readProfile(dom("Mia ✨ Reads", "mia.reads"), URL, "mia.reads", SEEN);

            assertThat(read.handle()).isEqualTo("mia.reads");
            assertThat(read.profile().nickname()).isEqualTo("Mia ✨ Reads");
            assertThat(read.profile().followers()).isEqualTo(rounded(139_100));
        }

        @Test
        void on_2022_pages_the_title_is_the_handle() {
            ProfileRead read = (ProfileRead) parser.read(dom("mia.reads", "Mia Reads"), null, SEEN);

            assertThat(read.handle()).isEqualTo("mia.reads");
            assertThat(read.profile().nickname()).isEqualTo("Mia Reads");
        }

        @Test
        void a_display_name_that_looks_like_a_handle_is_told_apart_by_the_address() {
            ProfileRead read = (ProfileRead) parser.read(
                    dom("MiaReads", "mia.reads")
                            .replace(
                                    "<title>TikTok</title>",
                                    "<link rel=\"canonical\" href=\"https://www.tiktok.com/@mia.reads\">"),
                    null,
                    SEEN);

            assertThat(read.handle()).isEqualTo("mia.reads");
            assertThat(read.profile().nickname()).isEqualTo("MiaReads");
        }

        @Test
        void without_an_address_two_handle_like_names_are_refused_rather_than_guessed() {
            Failure failure = (Failure) parser.read(dom("MiaReads", "mia.reads"), null, SEEN);

            assertThat(failure.reason()).isEqualTo(FailureReason.LAYOUT_CHANGED);
            assertThat(failure.detail()).startsWith("cannot tell the handle from the display name");
        }

        @Test
        void a_page_of_another_account_is_not_the_creator_asked_for() {
            Failure failure = (Failure) parser.readProfile(dom("Someone", "someone.else"), URL, "mia.reads", SEEN);

            assertThat(failure.reason()).isEqualTo(FailureReason.NOT_FOUND);
        }
    }

    @Test
    void structured_data_gives_exact_followers_and_likes_and_the_dom_the_rest() {
        String ld =
                "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org/\",\"@type\":\"ProfilePage\","
                        + "\"mainEntity\":{\"@type\":\"Person\",\"name\":\"Mia ✨\",\"alternateName\":\"mia.reads\",\"description\":\"books\","
                        + "\"url\":\"https://www.tiktok.com/@mia.reads\",\"interactionStatistic\":["
                        + "{\"@type\":\"InteractionCounter\",\"interactionType\":\"http://schema.org/FollowAction\",\"userInteractionCount\":139142},"
                        + "{\"@type\":\"InteractionCounter\",\"interactionType\":{\"@type\":\"http://schema.org/LikeAction\"},"
                        + "\"userInteractionCount\":\"2345678\"}]}}</script>";
        String body = "<h1 data-e2e=\"user-title\">Mia ✨</h1><strong data-e2e=\"followers-count\">139.1K</strong>"
                + "<strong data-e2e=\"following-count\">312</strong><strong data-e2e=\"likes-count\">2.3M</strong>"
                + "<div data-e2e=\"user-post-item\"><a href=\"/@mia.reads/video/7301234567890123456\"></a></div>"
                + "<div data-e2e=\"user-post-item\"><a href=\"/@mia.reads/photo/7301234567890123457\"></a></div>";

        ProfileRead read = (ProfileRead) parser.read(html(ld, body), null, SEEN);

        assertThat(read.format()).isEqualTo("JSON-LD");
        assertThat(read.handle()).isEqualTo("mia.reads");
        assertThat(read.profile().nickname()).isEqualTo("Mia ✨");
        assertThat(read.profile().bio()).isEqualTo("books");
        assertThat(read.profile().followers()).isEqualTo(exact(139_142));
        assertThat(read.profile().likes()).isEqualTo(exact(2_345_678));
        assertThat(read.profile().following()).isEqualTo(exact(312));
        assertThat(read.profile().videos().value()).isEqualTo(2);
    }

    @Nested
    class The_captcha_interstitial {

        @Test
        void is_a_captcha_so_the_host_backs_off() {
            String page = "<!DOCTYPE html><html><head><title>Security Check</title>"
                    + "<script src=\"https://sf16-website-login.neutral.ttwstatic.com/obj/tiktok_web_login_static/oec-ttweb-captcha/"
                    + "2.0.6/captcha/index.js\"></script></head><body><div id=\"root\"></div></body></html>";

            Failure failure = (Failure) parser.readProfile(page, URL, "mia.reads", SEEN);

            assertThat(failure.reason()).isEqualTo(FailureReason.CAPTCHA);
            assertThat(failure.evidence()).containsEntry("title", "Security Check");
        }

        @Test
        void while_an_ordinary_page_naming_captcha_scripts_stays_ordinary() {
            String page = html(
                    "<script src=\"/static/js/async/captcha-ttp.bebf6f1e.js\"></script>"
                            + script("api-domains", "{\"kind\":\"us\",\"captcha\":\"//verification.tiktokw.us\"}")
                            + rehydration(userDetail(
                                    "\"followerCount\":100,\"heartCount\":5,\"videoCount\":1,\"followingCount\":2")),
                    "");

            assertThat(parser.readProfile(page, URL, "mia.reads", SEEN)).isInstanceOf(ProfileRead.class);
        }
    }

    @Nested
    class Mobile_reflow_pages_and_photo_posts {

        @Test
        void a_reflow_video_page_is_read_like_a_video_page() {
            String page = html(
                    rehydration(
                            "\"webapp.reflow.video.detail\":{\"statusCode\":0,\"statusMessage\":\"ok\",\"itemInfo\":{"
                                    + "\"itemStruct\":{\"id\":\"7301234567890123456\",\"createTime\":1700000000,\"author\":{\"uniqueId\":\"mia.reads\"},"
                                    + "\"video\":{\"duration\":34},\"stats\":{\"playCount\":5675,\"diggCount\":249,\"commentCount\":8,\"shareCount\":9,"
                                    + "\"collectCount\":\"103\"}}}}"),
                    "");

            VideoRead read = (VideoRead) parser.readVideo(page, URL + "/video/7301234567890123456", SEEN);

            assertThat(read.video().views()).isEqualTo(exact(5_675));
            assertThat(read.video().kind()).isEqualTo(PostKind.VIDEO);
            assertThat(read.video().durationSeconds()).isEqualTo(34);
        }

        @Test
        void any_reflow_variant_of_the_detail_is_read_too() {
            String page = html(
                    rehydration("\"webapp.reflow.user-detail\":{\"statusCode\":0,\"userInfo\":{\"user\":"
                            + "{\"uniqueId\":\"mia.reads\"},\"stats\":{\"followerCount\":7}}}"),
                    "");

            assertThat(((ProfileRead) parser.readProfile(page, URL, "mia.reads", SEEN))
                            .profile()
                            .followers())
                    .isEqualTo(exact(7));
        }

        @Test
        void a_photo_post_is_a_post_of_kind_photo_with_no_duration_in_item_lists_too() {
            String photo =
                    "{\"id\":\"7371936222043704619\",\"createTime\":\"1716000000\",\"imagePost\":{\"images\":[{}]},"
                            + "\"video\":{\"duration\":0},\"stats\":{\"playCount\":1200,\"diggCount\":30,\"commentCount\":2,\"shareCount\":1}}";

            PageParser.ItemPage list =
                    parser.readItemList("{\"statusCode\":0,\"hasMore\":false,\"itemList\":[" + photo + "]}", SEEN);

            assertThat(list.videos().get(0).kind()).isEqualTo(PostKind.PHOTO);
            assertThat(list.videos().get(0).durationSeconds()).isNull();
            assertThat(list.videos().get(0).views()).isEqualTo(exact(1_200));
        }
    }

    @ParameterizedTest(name = "a stats count of {0} is {1}")
    @CsvSource({
        "482, EXACT",
        "9999, EXACT",
        "10000, ROUNDED",
        "68300, ROUNDED",
        "68259, EXACT",
        "16630, EXACT",
        "3300000, ROUNDED",
        "3291312, EXACT",
        "599800000, ROUNDED",
        "1200000000, ROUNDED"
    })
    void stats_counts_below_ten_thousand_are_exact_above_they_are_rounded_to_the_display(long value, String precision) {
        assertThat(StatCounts.displayed(value).precision().name()).isEqualTo(precision);
    }

    @Nested
    class Saved_json_not_only_pages {

        @Test
        void a_bare_userInfo_object() {
            ProfileRead read = (ProfileRead) parser.read(
                    "{\"user\":{\"uniqueId\":\"mia.reads\",\"id\":\"1\"},"
                            + "\"stats\":{\"followerCount\":40400,\"heartCount\":235000,\"videoCount\":60,\"followingCount\":6},"
                            + "\"statsV2\":{\"followerCount\":\"40398\",\"heartCount\":\"234997\"}}",
                    null,
                    SEEN);

            assertThat(read.format()).isEqualTo("userInfo (saved JSON)");
            assertThat(read.profile().followers()).isEqualTo(exact(40_398));
            assertThat(read.profile().videos()).isEqualTo(exact(60));
        }

        @Test
        void a_bare_itemStruct_object() {
            VideoRead read = (VideoRead) parser.read(
                    "{\"id\":\"7336007528070958382\",\"createTime\":\"1708047384\","
                            + "\"author\":{\"uniqueId\":\"ahormozi\"},\"stats\":{\"playCount\":5675,\"diggCount\":249,\"commentCount\":8,"
                            + "\"shareCount\":9}}",
                    null,
                    SEEN);

            assertThat(read.format()).isEqualTo("itemStruct (saved JSON)");
            assertThat(read.handle()).isEqualTo("ahormozi");
            assertThat(read.video().saves()).isNull();
            assertThat(read.author()).isNull();
        }

        @Test
        void json_that_is_none_of_these_is_a_changed_layout() {
            Failure failure = (Failure) parser.read("{\"hello\":\"world\"}", null, SEEN);

            assertThat(failure.reason()).isEqualTo(FailureReason.LAYOUT_CHANGED);
            assertThat(failure.detail()).startsWith("no profile or video data");
        }
    }

    @Nested
    class Also_met_in_real_data {

        @Test
        void long_ids_string_or_number_createTime_string_collectCount_and_counts_near_600_million() {
            String page = html(
                    rehydration(
                            "\"webapp.video-detail\":{\"statusCode\":0,\"statusMsg\":\"\",\"itemInfo\":{\"itemStruct\":"
                                    + "{\"id\":\"7526770564367748360\",\"createTime\":1752462842,\"author\":{\"uniqueId\":\"dangthuhaf\"},"
                                    + "\"video\":{\"duration\":34},\"stats\":{\"playCount\":598700000,\"diggCount\":844400,\"commentCount\":2182,"
                                    + "\"shareCount\":25600,\"collectCount\":\"16630\"}}}}"),
                    "");

            VideoRead read = (VideoRead) parser.readVideo(page, null, SEEN);

            assertThat(read.video().videoId()).isEqualTo("7526770564367748360");
            assertThat(read.video().postedAt()).isEqualTo(Instant.parse("2025-07-14T03:14:02Z"));
            assertThat(read.video().views()).isEqualTo(rounded(598_700_000));
            assertThat(read.video().saves()).isEqualTo(exact(16_630));
        }

        @Test
        void the_signed_in_viewer_in_the_app_context_is_never_the_profile_owner() {
            String page = html(
                    rehydration(
                            "\"webapp.app-context\":{\"user\":{\"uniqueId\":\"the.viewer\",\"uid\":\"7\"}},"
                                    + userDetail(
                                            "\"followerCount\":77000,\"followingCount\":482,\"heartCount\":3300000,\"videoCount\":855")),
                    "");

            ProfileRead read = (ProfileRead) parser.read(page, null, SEEN);

            assertThat(read.handle()).isEqualTo("mia.reads");
            assertThat(read.profile().following()).isEqualTo(exact(482));
        }

        @Test
        void http_200_with_an_error_statusCode_is_that_error() {
            String page = html(
                    rehydration("\"webapp.user-detail\":{\"statusCode\":10202,\"statusMsg\":\"ok\",\"userInfo\":{}}"),
                    "");

            Failure failure = (Failure) parser.readProfile(page, URL, "mia.reads", SEEN);

            assertThat(failure.reason()).isEqualTo(FailureReason.NOT_FOUND);
            assertThat(failure.evidence()).containsEntry("statusCode", "10202");
        }
    }
}
