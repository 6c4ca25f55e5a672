package com.creatorcompass.command.user;

import static com.creatorcompass.command.Rejections.rejectedWith;

import com.creatorcompass.command.CommandSideConfiguration;
import com.creatorcompass.contracts.Rejection;
import com.creatorcompass.contracts.user.AddCompetitor;
import com.creatorcompass.contracts.user.AddToTrackingList;
import com.creatorcompass.contracts.user.AddedToTrackingList;
import com.creatorcompass.contracts.user.AgeBand;
import com.creatorcompass.contracts.user.AudiencePreferences;
import com.creatorcompass.contracts.user.AudiencePreferencesSet;
import com.creatorcompass.contracts.user.CompetitorAdded;
import com.creatorcompass.contracts.user.CompetitorRemoved;
import com.creatorcompass.contracts.user.ConfirmTikTokAccount;
import com.creatorcompass.contracts.user.IssueTikTokVerificationCode;
import com.creatorcompass.contracts.user.LinkTikTokAccount;
import com.creatorcompass.contracts.user.RegisterUser;
import com.creatorcompass.contracts.user.RemoveCompetitor;
import com.creatorcompass.contracts.user.RemoveFromTrackingList;
import com.creatorcompass.contracts.user.RemovedFromTrackingList;
import com.creatorcompass.contracts.user.SetAudiencePreferences;
import com.creatorcompass.contracts.user.TikTokAccountLinked;
import com.creatorcompass.contracts.user.TikTokAccountVerified;
import com.creatorcompass.contracts.user.TikTokVerificationCodeIssued;
import com.creatorcompass.contracts.user.UserRegistered;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final String USER = "user-1";
    static final UserRegistered REGISTERED = new UserRegistered(USER, "ana@example.com", "Ana", NOW.minusSeconds(60));

    AggregateTestFixture<UserAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UserAccount.class);
        fixture.registerCommandTargetResolver(new CommandSideConfiguration().contractCommandTargets());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new VerificationCodes() {
            private int issued;

            @Override
            public String get() {
                return "cc-CODE000" + (++issued);
            }
        });
    }

    @Test
    void registering_opens_an_account_with_a_canonical_email() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(USER, " Ana@Example.COM ", "Ana"))
                .expectEvents(new UserRegistered(USER, "ana@example.com", "Ana", NOW));
    }

    @Test
    void registering_twice_is_rejected() {
        fixture.given(REGISTERED)
                .when(new RegisterUser(USER, "ana@example.com", "Ana"))
                .expectNoEvents()
                .expectException(rejectedWith(Rejection.USER_ALREADY_REGISTERED));
    }

    @Test
    void an_email_without_a_domain_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(USER, "ana@", "Ana"))
                .expectNoEvents()
                .expectException(rejectedWith(Rejection.INVALID_ARGUMENT));
    }

    @Test
    void an_email_over_320_characters_is_rejected_without_repeating_it() {
        String long330 = "a".repeat(318) + "@example.com";
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(USER, long330, "Ana"))
                .expectNoEvents()
                .expectException(rejectedWith(Rejection.INVALID_ARGUMENT))
                .expectExceptionMessage("email is not an e-mail address (name@domain, at most 320 characters)");
    }

    @Test
    void a_display_name_over_200_characters_or_over_two_lines_is_rejected_and_a_blank_one_is_none() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(USER, "ana@example.com", "x".repeat(201)))
                .expectNoEvents()
                .expectExceptionMessage("displayName must be at most 200 characters on one line");
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(USER, "ana@example.com", "Ana\nINFO forged log line"))
                .expectNoEvents()
                .expectException(rejectedWith(Rejection.INVALID_ARGUMENT));
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(USER, "ana@example.com", "   "))
                .expectEvents(new UserRegistered(USER, "ana@example.com", null, NOW));
        fixture.givenNoPriorActivity()
                .when(new RegisterUser(USER, "ana@example.com", " " + "x".repeat(200) + " "))
                .expectEvents(new UserRegistered(USER, "ana@example.com", "x".repeat(200), NOW));
    }

    @Test
    void linking_a_tiktok_account_stores_the_canonical_handle_and_issues_its_verification_code() {
        fixture.given(REGISTERED)
                .when(new LinkTikTokAccount(USER, "@Ana.Reads"))
                .expectEvents(
                        new TikTokAccountLinked(USER, "ana.reads"),
                        new TikTokVerificationCodeIssued(USER, "ana.reads", "cc-CODE0001", NOW));
    }

    @Nested
    class ProvingTheAccountIsTheirs {

        static final TikTokAccountLinked LINKED = new TikTokAccountLinked(USER, "ana.reads");
        static final TikTokVerificationCodeIssued CODE =
                new TikTokVerificationCodeIssued(USER, "ana.reads", "cc-7KQ4M2XA", NOW.minusSeconds(30));

        @Test
        void a_scrape_showing_the_code_in_the_linked_accounts_bio_verifies_it_in_any_case() {
            fixture.given(REGISTERED, LINKED, CODE)
                    .when(new ConfirmTikTokAccount(
                            USER, "ana.reads", "📚 books daily · cc-7kq4m2xa", "s-9", NOW.minusSeconds(5)))
                    .expectEvents(new TikTokAccountVerified(USER, "ana.reads", "s-9", NOW.minusSeconds(5)));
        }

        @Test
        void a_bio_without_the_code_or_with_an_older_one_verifies_nothing() {
            fixture.given(
                            REGISTERED,
                            LINKED,
                            new TikTokVerificationCodeIssued(USER, "ana.reads", "cc-OLD00000", NOW.minusSeconds(90)),
                            CODE)
                    .when(new ConfirmTikTokAccount(USER, "ana.reads", "books daily cc-OLD00000", "s-9", NOW))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void another_handles_bio_showing_the_code_verifies_nothing() {
            fixture.given(REGISTERED, LINKED, CODE)
                    .when(new ConfirmTikTokAccount(USER, "bella", "cc-7KQ4M2XA", "s-9", NOW))
                    .expectNoEvents();
        }

        @Test
        void a_code_issued_for_a_handle_no_longer_linked_verifies_nothing() {
            fixture.given(REGISTERED, LINKED, CODE, new TikTokAccountLinked(USER, "bella"))
                    .when(new ConfirmTikTokAccount(USER, "bella", "cc-7KQ4M2XA", "s-9", NOW))
                    .expectNoEvents();
        }

        @Test
        void a_verified_account_is_verified_once() {
            fixture.given(
                            REGISTERED,
                            LINKED,
                            CODE,
                            new TikTokAccountVerified(USER, "ana.reads", "s-8", NOW.minusSeconds(10)))
                    .when(new ConfirmTikTokAccount(USER, "ana.reads", "cc-7KQ4M2XA", "s-9", NOW))
                    .expectNoEvents();
        }

        @Test
        void a_new_code_replaces_the_old_one_and_needs_a_linked_unverified_account() {
            fixture.given(REGISTERED, LINKED, CODE)
                    .when(new IssueTikTokVerificationCode(USER))
                    .expectEvents(new TikTokVerificationCodeIssued(USER, "ana.reads", "cc-CODE0001", NOW));
            fixture.given(REGISTERED)
                    .when(new IssueTikTokVerificationCode(USER))
                    .expectException(rejectedWith(Rejection.NO_TIKTOK_ACCOUNT));
            fixture.given(REGISTERED, LINKED, CODE, new TikTokAccountVerified(USER, "ana.reads", "s-8", NOW))
                    .when(new IssueTikTokVerificationCode(USER))
                    .expectException(rejectedWith(Rejection.ALREADY_VERIFIED));
        }

        @Test
        void relinking_another_handle_makes_the_account_unverified_with_a_new_code() {
            fixture.given(REGISTERED, LINKED, CODE, new TikTokAccountVerified(USER, "ana.reads", "s-8", NOW))
                    .when(new LinkTikTokAccount(USER, "bella"))
                    .expectEvents(
                            new TikTokAccountLinked(USER, "bella"),
                            new TikTokVerificationCodeIssued(USER, "bella", "cc-CODE0001", NOW));
        }

        @Test
        void the_codes_are_the_prefix_and_eight_unambiguous_characters() {
            VerificationCodes codes = new VerificationCodes();
            java.util.Set<String> issued = new java.util.HashSet<>();
            for (int i = 0; i < 1_000; i++) {
                String code = codes.get();
                org.assertj.core.api.Assertions.assertThat(code).matches("cc-[0-9A-HJKMNP-TV-Z]{8}");
                issued.add(code);
            }
            org.assertj.core.api.Assertions.assertThat(issued).hasSize(1_000);
        }
    }

    @Test
    void linking_the_same_handle_again_changes_nothing() {
        fixture.given(REGISTERED, new TikTokAccountLinked(USER, "ana.reads"))
                .when(new LinkTikTokAccount(USER, "ANA.READS"))
                .expectNoEvents();
    }

    @Test
    void linking_an_invalid_handle_is_rejected() {
        fixture.given(REGISTERED)
                .when(new LinkTikTokAccount(USER, "ana reads"))
                .expectNoEvents()
                .expectException(rejectedWith(Rejection.INVALID_HANDLE));
    }

    @Test
    void audience_preferences_are_stored_in_canonical_form() {
        fixture.given(REGISTERED)
                .when(new SetAudiencePreferences(
                        USER,
                        new AudiencePreferences(
                                List.of("#BookTok", "booktok", "Reading"),
                                List.of("us", "GB"),
                                List.of("EN"),
                                AgeBand.AGE_18_24)))
                .expectEvents(new AudiencePreferencesSet(
                        USER,
                        new AudiencePreferences(
                                List.of("booktok", "reading"), List.of("US", "GB"), List.of("en"), AgeBand.AGE_18_24)));
    }

    @Test
    void an_unknown_region_code_is_rejected() {
        fixture.given(REGISTERED)
                .when(new SetAudiencePreferences(
                        USER, new AudiencePreferences(List.of(), List.of("USA"), List.of(), null)))
                .expectNoEvents()
                .expectException(rejectedWith(Rejection.INVALID_ARGUMENT))
                .expectExceptionMessage("'USA' is not a valid region (ISO 3166-1 alpha-2, e.g. US)");
    }

    @Test
    void a_competitor_is_added_once() {
        fixture.given(REGISTERED, new CompetitorAdded(USER, "bella"))
                .when(new AddCompetitor(USER, "Bella"))
                .expectNoEvents();
    }

    @Test
    void a_competitor_is_added_in_canonical_form() {
        fixture.given(REGISTERED)
                .when(new AddCompetitor(USER, "@Bella"))
                .expectEvents(new CompetitorAdded(USER, "bella"));
    }

    @Test
    void the_own_account_cannot_be_a_competitor() {
        fixture.given(REGISTERED, new TikTokAccountLinked(USER, "ana.reads"))
                .when(new AddCompetitor(USER, "ana.reads"))
                .expectNoEvents()
                .expectException(rejectedWith(Rejection.OWN_HANDLE_AS_COMPETITOR));
    }

    @Test
    void a_competitor_cannot_be_linked_as_the_own_account() {
        fixture.given(REGISTERED, new CompetitorAdded(USER, "bella"))
                .when(new LinkTikTokAccount(USER, "bella"))
                .expectNoEvents()
                .expectException(rejectedWith(Rejection.OWN_HANDLE_AS_COMPETITOR));
    }

    @Test
    void competitors_are_capped() {
        Object[] history = IntStream.range(0, UserAccount.MAX_COMPETITORS)
                .mapToObj(i -> (Object) new CompetitorAdded(USER, "rival" + i))
                .toArray();
        fixture.given(REGISTERED)
                .andGiven(history)
                .when(new AddCompetitor(USER, "one.more"))
                .expectNoEvents()
                .expectException(rejectedWith(Rejection.TOO_MANY_COMPETITORS));
    }

    @Test
    void a_competitor_is_removed() {
        fixture.given(REGISTERED, new CompetitorAdded(USER, "bella"))
                .when(new RemoveCompetitor(USER, "BELLA"))
                .expectEvents(new CompetitorRemoved(USER, "bella"));
    }

    @Test
    void removing_a_creator_that_is_not_a_competitor_is_rejected() {
        fixture.given(REGISTERED, new CompetitorAdded(USER, "bella"), new CompetitorRemoved(USER, "bella"))
                .when(new RemoveCompetitor(USER, "bella"))
                .expectNoEvents()
                .expectException(rejectedWith(Rejection.NOT_A_COMPETITOR));
    }

    @Test
    void a_creator_goes_on_the_tracking_list_once() {
        fixture.given(REGISTERED)
                .when(new AddToTrackingList(USER, "@Bella"))
                .expectEvents(new AddedToTrackingList(USER, "bella"));
        fixture.given(REGISTERED, new AddedToTrackingList(USER, "bella"))
                .when(new AddToTrackingList(USER, "BELLA"))
                .expectNoEvents();
    }

    @Test
    void the_tracking_list_is_capped() {
        Object[] history = IntStream.range(0, UserAccount.MAX_TRACKED)
                .mapToObj(i -> (Object) new AddedToTrackingList(USER, "creator" + i))
                .toArray();
        fixture.given(REGISTERED)
                .andGiven(history)
                .when(new AddToTrackingList(USER, "one.more"))
                .expectNoEvents()
                .expectException(rejectedWith(Rejection.TRACKING_LIST_FULL));
    }

    @Test
    void a_creator_comes_off_the_tracking_list_only_if_it_was_on_it() {
        fixture.given(REGISTERED, new AddedToTrackingList(USER, "bella"))
                .when(new RemoveFromTrackingList(USER, "Bella"))
                .expectEvents(new RemovedFromTrackingList(USER, "bella"));
        fixture.given(REGISTERED)
                .when(new RemoveFromTrackingList(USER, "bella"))
                .expectNoEvents()
                .expectException(rejectedWith(Rejection.NOT_ON_TRACKING_LIST));
    }

    @Test
    void a_tracking_list_entry_must_be_a_handle() {
        fixture.given(REGISTERED)
                .when(new AddToTrackingList(USER, "not a handle"))
                .expectNoEvents()
                .expectException(rejectedWith(Rejection.INVALID_HANDLE));
    }
}
