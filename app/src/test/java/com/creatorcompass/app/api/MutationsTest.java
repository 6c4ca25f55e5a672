package com.creatorcompass.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Every mutation: what it changes for the caller, and what each bad input gets (errors as data, nothing changed). */
class MutationsTest extends ApiTest {

    @Test
    void tracking_and_untracking_a_creator() throws Exception {
        HttpGraphQlTester fay = graphQl(signIn("fay@example.com"));
        fay.document(
                        "mutation { trackCreator(input: {handle: \"@Bella.Bakes\"}) { creator { handle followers { value } } me { trackedHandles } errors { code } } }")
                .execute()
                .path("trackCreator.creator.handle")
                .entity(String.class)
                .isEqualTo("bella.bakes")
                .path("trackCreator.creator.followers.value")
                .entity(Long.class)
                .isEqualTo(20000L)
                .path("trackCreator.me.trackedHandles")
                .entityList(String.class)
                .containsExactly("bella.bakes")
                .path("trackCreator.errors")
                .entityList(Object.class)
                .hasSize(0);
        fay.document("{ me { trackedCreators { handle tier } } }")
                .execute()
                .path("me.trackedCreators[*].handle")
                .entityList(String.class)
                .containsExactly("bella.bakes");
        fay.document(
                        "mutation { untrackCreator(input: {handle: \"bella.bakes\"}) { me { trackedHandles } errors { code } } }")
                .execute()
                .path("untrackCreator.me.trackedHandles")
                .entityList(String.class)
                .hasSize(0);
        // Untracking what is not on the list, and a handle outside TikTok's format: errors as data, nothing changed.
        fay.document(
                        "mutation { untrackCreator(input: {handle: \"bella.bakes\"}) { me { email } errors { code reason message } } }")
                .execute()
                .path("untrackCreator.me")
                .valueIsNull()
                .path("untrackCreator.errors[0].code")
                .entity(String.class)
                .isEqualTo("NOT_FOUND")
                .path("untrackCreator.errors[0].reason")
                .entity(String.class)
                .isEqualTo("NOT_ON_TRACKING_LIST");
        fay.document(
                        "mutation { trackCreator(input: {handle: \"no spaces allowed\"}) { creator { handle } errors { code reason } } }")
                .execute()
                .path("trackCreator.errors[0].code")
                .entity(String.class)
                .isEqualTo("INVALID_ARGUMENT")
                .path("trackCreator.errors[0].reason")
                .entity(String.class)
                .isEqualTo("INVALID_HANDLE");
    }

    @Test
    void a_new_handle_is_tracked_for_scraping_too() throws Exception {
        HttpGraphQlTester gil = graphQl(signIn("gil@example.com"));
        gil.document(
                        "mutation { trackCreator(input: {handle: \"brand.new\"}) { me { trackedHandles } errors { code } } }")
                .execute()
                .path("trackCreator.me.trackedHandles")
                .entityList(String.class)
                .containsExactly("brand.new");
        // The scraper hears of it through this event (its schedule projection is off in this test).
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_store.domain_event_entry where payload_type like '%CreatorTracked' "
                                + "and convert_from(payload, 'UTF8') like '%\"brand.new\"%'",
                        Long.class))
                .isOne();
    }

    @Test
    void a_creator_stops_being_scraped_when_its_last_follower_drops_it_and_an_operators_creator_never_does()
            throws Exception {
        HttpGraphQlTester lea = graphQl(signIn("lea@example.com"));
        HttpGraphQlTester mo = graphQl(signIn("mo@example.com"));
        lea.document("mutation { trackCreator(input: {handle: \"left.alone\"}) { errors { code } } }")
                .execute()
                .path("trackCreator.errors")
                .entityList(Object.class)
                .hasSize(0);
        mo.document("mutation { addCompetitor(input: {handle: \"left.alone\"}) { errors { code } } }")
                .execute()
                .path("addCompetitor.errors")
                .entityList(Object.class)
                .hasSize(0);

        lea.document("mutation { untrackCreator(input: {handle: \"left.alone\"}) { errors { code } } }")
                .execute();
        assertThat(events("CreatorUntracked", "left.alone"))
                .as("mo still follows it")
                .isZero();
        mo.document("mutation { removeCompetitor(input: {handle: \"left.alone\"}) { errors { code } } }")
                .execute();
        assertThat(events("CreatorUntracked", "left.alone"))
                .as("the last follower left: the scraper hears it is untracked")
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select convert_from(payload, 'UTF8') from event_store.domain_event_entry "
                                + "where payload_type like '%CreatorUntracked' and convert_from(payload, 'UTF8') like '%\"left.alone\"%'",
                        String.class))
                .as("released by the user whose drop left it alone")
                .contains(jdbc.queryForObject(
                        "select user_id from accounts.app_user where email = 'mo@example.com'", String.class));

        // An operator's creator (the fixture's) stays tracked whoever drops it.
        lea.document("mutation { trackCreator(input: {handle: \"cara.codes\"}) { errors { code } } }")
                .execute();
        lea.document("mutation { untrackCreator(input: {handle: \"cara.codes\"}) { errors { code } } }")
                .execute();
        assertThat(events("CreatorUntracked", "cara.codes")).isZero();

        // Followed again: tracked (and scraped) again.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> Boolean.FALSE.equals(jdbc.queryForObject(
                        "select tracked from warehouse.dim_creator where handle = 'left.alone'", Boolean.class)));
        mo.document("mutation { trackCreator(input: {handle: \"left.alone\"}) { errors { code } } }")
                .execute()
                .path("trackCreator.errors")
                .entityList(Object.class)
                .hasSize(0);
        assertThat(events("CreatorTracked", "left.alone")).isEqualTo(2);
    }

    private long events(String type, String handle) {
        return jdbc.queryForObject(
                "select count(*) from event_store.domain_event_entry where payload_type like ? "
                        + "and convert_from(payload, 'UTF8') like ?",
                Long.class,
                "%" + type,
                "%\"" + handle + "\"%");
    }

    @Test
    void a_linked_account_is_unverified_with_a_code_and_a_new_code_replaces_it() throws Exception {
        HttpGraphQlTester nia = graphQl(signIn("nia@example.com"));
        nia.document("mutation { issueTikTokVerificationCode { me { id } errors { code reason } } }")
                .execute()
                .path("issueTikTokVerificationCode.errors[0].code")
                .entity(String.class)
                .isEqualTo("NOT_FOUND")
                .path("issueTikTokVerificationCode.errors[0].reason")
                .entity(String.class)
                .isEqualTo("NO_TIKTOK_ACCOUNT");
        String first = nia.document(
                        "mutation { linkTikTokAccount(input: {handle: \"ana.reads\"}) { me { tiktokAccountVerified "
                                + "tiktokVerificationCode } errors { code } } }")
                .execute()
                .path("linkTikTokAccount.me.tiktokAccountVerified")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("linkTikTokAccount.me.tiktokVerificationCode")
                .entity(String.class)
                .get();
        assertThat(first).matches("cc-[0-9A-HJKMNP-TV-Z]{8}");
        String second = nia.document(
                        "mutation { issueTikTokVerificationCode { me { tiktokVerificationCode } errors { code } } }")
                .execute()
                .path("issueTikTokVerificationCode.me.tiktokVerificationCode")
                .entity(String.class)
                .get();
        assertThat(second).matches("cc-[0-9A-HJKMNP-TV-Z]{8}").isNotEqualTo(first);
    }

    @Test
    void linking_the_users_tiktok_account_and_competitors() throws Exception {
        HttpGraphQlTester hal = graphQl(signIn("hal@example.com"));
        hal.document(
                        "mutation { linkTikTokAccount(input: {handle: \"cara.codes\"}) { me { tiktokHandle } errors { code } } }")
                .execute()
                .path("linkTikTokAccount.me.tiktokHandle")
                .entity(String.class)
                .isEqualTo("cara.codes");
        hal.document(
                        "mutation { addCompetitor(input: {handle: \"ana.reads\"}) { me { competitorHandles competitors { handle followers { value } } } errors { code } } }")
                .execute()
                .path("addCompetitor.me.competitorHandles")
                .entityList(String.class)
                .containsExactly("ana.reads")
                .path("addCompetitor.me.competitors[0].followers.value")
                .entity(Long.class)
                .isEqualTo(1200L);
        hal.document("mutation { addCompetitor(input: {handle: \"cara.codes\"}) { errors { code reason } } }")
                .execute()
                .path("addCompetitor.errors[0].reason")
                .entity(String.class)
                .isEqualTo("OWN_HANDLE_AS_COMPETITOR");
        hal.document(
                        "mutation { removeCompetitor(input: {handle: \"ana.reads\"}) { me { competitorHandles } errors { code } } }")
                .execute()
                .path("removeCompetitor.me.competitorHandles")
                .entityList(String.class)
                .hasSize(0);
        hal.document("mutation { removeCompetitor(input: {handle: \"ana.reads\"}) { errors { code reason } } }")
                .execute()
                .path("removeCompetitor.errors[0].code")
                .entity(String.class)
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void audience_preferences_are_replaced_and_normalized() throws Exception {
        HttpGraphQlTester ida = graphQl(signIn("ida@example.com"));
        ida.document("""
                mutation { setAudiencePreferences(input: {niches: ["BookTok", "reading"], regions: ["us"], languages: ["EN"], ageBand: AGE_18_24}) {
                  me { audience { niches regions languages ageBand } } errors { code } } }""")
                .execute()
                .path("setAudiencePreferences.me.audience")
                .entity(Map.class)
                .isEqualTo(Map.of(
                        "niches",
                        java.util.List.of("booktok", "reading"),
                        "regions",
                        java.util.List.of("US"),
                        "languages",
                        java.util.List.of("en"),
                        "ageBand",
                        "AGE_18_24"));
        ida.document(
                        "mutation { setAudiencePreferences(input: {niches: [], regions: [\"USA\"], languages: []}) { errors { code reason } } }")
                .execute()
                .path("setAudiencePreferences.errors[0].code")
                .entity(String.class)
                .isEqualTo("INVALID_ARGUMENT");
        ida.document("{ me { audience { regions } } }")
                .execute()
                .path("me.audience.regions")
                .entityList(String.class)
                .containsExactly("US");
    }

    @Test
    void scrape_requests_are_rate_limited_per_user() throws Exception {
        HttpGraphQlTester jo = graphQl(signIn("jo@example.com"));
        String request = "mutation { requestScrape(input: {handle: \"ana.reads\"}) { scheduled errors { code } } }";
        jo.document(request)
                .execute()
                .path("requestScrape.scheduled")
                .entity(Boolean.class)
                .isEqualTo(true);
        jo.document(request)
                .execute()
                .path("requestScrape.scheduled")
                .entity(Boolean.class)
                .isEqualTo(true);
        jo.document(request)
                .execute()
                .path("requestScrape.scheduled")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("requestScrape.errors[0].code")
                .entity(String.class)
                .isEqualTo("RATE_LIMITED");
        // Another user has a budget of their own.
        graphQl(signIn("kim@example.com"))
                .document(request)
                .execute()
                .path("requestScrape.scheduled")
                .entity(Boolean.class)
                .isEqualTo(true);
        graphQl(signIn("kim@example.com"))
                .document("mutation { requestScrape(input: {handle: \"nobody.here\"}) { scheduled errors { code } } }")
                .execute()
                .path("requestScrape.errors[0].code")
                .entity(String.class)
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void tracking_a_new_handle_spends_a_scrape_request_and_with_none_left_tracks_nothing() throws Exception {
        HttpGraphQlTester uma = graphQl(signIn("uma@example.com"));
        String scrape = "mutation { requestScrape(input: {handle: \"ana.reads\"}) { scheduled errors { code } } }";
        uma.document(scrape)
                .execute()
                .path("requestScrape.scheduled")
                .entity(Boolean.class)
                .isEqualTo(true);
        uma.document(
                        "mutation { trackCreator(input: {handle: \"uma.first\"}) { me { trackedHandles } errors { code } } }")
                .execute()
                .path("trackCreator.me.trackedHandles")
                .entityList(String.class)
                .containsExactly("uma.first");
        // Both of the window's two requests are spent: a new handle (and a competitor or account that is new) is
        // refused.
        uma.document(
                        "mutation { trackCreator(input: {handle: \"uma.second\"}) { me { trackedHandles } errors { code message } } }")
                .execute()
                .path("trackCreator.me")
                .valueIsNull()
                .path("trackCreator.errors[0].code")
                .entity(String.class)
                .isEqualTo("RATE_LIMITED");
        uma.document("mutation { addCompetitor(input: {handle: \"uma.rival\"}) { errors { code } } }")
                .execute()
                .path("addCompetitor.errors[0].code")
                .entity(String.class)
                .isEqualTo("RATE_LIMITED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_store.domain_event_entry where payload_type like '%CreatorTracked' "
                                + "and (convert_from(payload, 'UTF8') like '%\"uma.second\"%' or convert_from(payload, 'UTF8') like '%\"uma.rival\"%')",
                        Long.class))
                .as("nothing tracked")
                .isZero();
        // A creator somebody already tracks costs no scrape.
        uma.document("mutation { trackCreator(input: {handle: \"bella.bakes\"}) { errors { code } } }")
                .execute()
                .path("trackCreator.errors")
                .entityList(Object.class)
                .hasSize(0);
    }

    @Test
    void users_see_and_change_only_their_own_account() throws Exception {
        HttpGraphQlTester lea = graphQl(signIn("lea@example.com"));
        HttpGraphQlTester max = graphQl(signIn("max@example.com"));
        lea.document(
                        "mutation { setAudiencePreferences(input: {niches: [\"secret-niche\"], regions: [], languages: []}) { errors { code } } }")
                .execute();
        lea.document("mutation { trackCreator(input: {handle: \"ana.reads\"}) { errors { code } } }")
                .execute();
        // The schema has no way to name another user: "me" is whoever the token says, so Max sees only his own.
        max.document("{ me { email trackedHandles audience { niches } } }")
                .execute()
                .path("me.email")
                .entity(String.class)
                .isEqualTo("max@example.com")
                .path("me.trackedHandles")
                .entityList(String.class)
                .hasSize(0)
                .path("me.audience.niches")
                .entityList(String.class)
                .hasSize(0);
        max.document("mutation { untrackCreator(input: {handle: \"ana.reads\"}) { errors { reason } } }")
                .execute()
                .path("untrackCreator.errors[0].reason")
                .entity(String.class)
                .isEqualTo("NOT_ON_TRACKING_LIST");
        lea.document("{ me { trackedHandles audience { niches } } }")
                .execute()
                .path("me.trackedHandles")
                .entityList(String.class)
                .containsExactly("ana.reads")
                .path("me.audience.niches")
                .entityList(String.class)
                .containsExactly("secret-niche");
    }

    @Test
    void only_admins_replay() throws Exception {
        HttpGraphQlTester user = graphQl(signIn("nia@example.com"));
        user.document("mutation { replay(projection: WAREHOUSE) { replay { id } errors { code } } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "FORBIDDEN"));
        user.document("{ replayStatus { replays { id } } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "FORBIDDEN"));

        HttpGraphQlTester admin = graphQl(signIn("admin@example.com"));
        admin.document("{ me { roles } }")
                .execute()
                .path("me.roles")
                .entityList(String.class)
                .containsExactly("USER", "ADMIN");
        String id = admin.document(
                        "mutation { replay(projection: WAREHOUSE) { replay { id state requestedBy } errors { code } } }")
                .execute()
                .path("replay.replay.state")
                .entity(String.class)
                .isEqualTo("RUNNING")
                .path("replay.replay.requestedBy")
                .entity(String.class)
                .isEqualTo("admin@example.com")
                .path("replay.replay.id")
                .entity(String.class)
                .get();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> "SUCCEEDED"
                        .equals(admin.document("{ replayStatus { replays { id state } } }")
                                .execute()
                                .path("replayStatus.replays[0].state")
                                .entity(String.class)
                                .get()));
        admin.document("{ replayStatus { processors { processor behind } replays { id detail } } }")
                .execute()
                .path("replayStatus.replays[0].id")
                .entity(String.class)
                .isEqualTo(id)
                .path("replayStatus.replays[0].detail")
                .entity(String.class)
                .satisfies(detail -> assertThat(detail).contains("checksums"))
                .path("replayStatus.processors[*].processor")
                .entityList(String.class)
                .contains("warehouse");
        admin.document("mutation { replay(projection: STREAMS) { replay { id } errors { code reason } } }")
                .execute()
                .path("replay.errors[0].code")
                .entity(String.class)
                .isEqualTo("INVALID_ARGUMENT"); // no stream processing in this process
    }
}
