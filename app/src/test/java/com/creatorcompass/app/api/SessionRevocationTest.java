package com.creatorcompass.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creatorcompass.graphql.security.sessions.SignInSessions;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Refresh tokens live on the server (finding 2 of the security probe): each attack below is performed
 * against the running API and fails. A refresh token works once; a copy used after the original (or
 * the original after a thief's copy) ends the whole sign-in; signing out, the user ending a session
 * from another browser, and an admin all end a sign-in for good, its access tokens within
 * {@link SignInSessions#RECHECK}.
 */
class SessionRevocationTest extends ApiTest {

    /** Long enough for every instance to have looked again at a session it had cached as live. */
    static final Duration RECHECKED = SignInSessions.RECHECK.plusSeconds(5);

    @Test
    void an_old_refresh_token_is_refused_after_rotation_and_presenting_it_ends_the_whole_sign_in() throws Exception {
        SignInClient browser = new SignInClient(port);
        browser.devSignIn("rotation@example.com", "Rotation");
        String access = browser.accessToken();
        HttpCookie stolen = browser.refreshCookie();

        assertThat(browser.refresh(true).statusCode())
                .as("the browser refreshes: its cookie rotates")
                .isEqualTo(200);
        assertThat(browser.refreshCookie().getValue()).isNotEqualTo(stolen.getValue());

        SignInClient thief = withCookie(stolen);
        HttpResponse<String> replayed = thief.refresh(true);
        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.body()).contains("used twice");
        assertThat(browser.refresh(true).statusCode())
                .as("the family is ended: the browser's newest token too")
                .isEqualTo(401);
        await().atMost(RECHECKED).until(() -> status(access) == 401);
    }

    @Test
    void signing_out_ends_the_sign_in_on_the_server() throws Exception {
        SignInClient browser = new SignInClient(port);
        String access = browser.devSignIn("signout@example.com", "Sign Out");
        HttpCookie copy = browser.refreshCookie();

        HttpResponse<String> out = browser.http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/auth/logout"))
                        .header("X-XSRF-TOKEN", browser.csrf())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(out.statusCode()).isEqualTo(204);

        assertThat(withCookie(copy).refresh(true).statusCode())
                .as("a copy of the cookie taken before")
                .isEqualTo(401);
        await().atMost(RECHECKED).until(() -> status(access) == 401);
    }

    @Test
    void a_user_sees_their_sessions_and_ends_another_one_but_never_someone_elses() throws Exception {
        SignInClient laptop = new SignInClient(port);
        String fromLaptop = laptop.devSignIn("two.browsers@example.com", "Two");
        SignInClient phone = new SignInClient(port);
        phone.devSignIn("two.browsers@example.com", "Two");
        String stranger = signIn("stranger@example.com");

        List<Map<String, Object>> seen = sessions(fromLaptop);
        assertThat(seen).hasSize(2);
        assertThat(seen).filteredOn(s -> (Boolean) s.get("current")).hasSize(1);
        String phoneSession = seen.stream()
                .filter(s -> !(Boolean) s.get("current"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .toString();

        assertThat(endSession(stranger, phoneSession))
                .as("someone else's session is not found")
                .containsEntry("ended", 0)
                .extractingByKey("errors")
                .asList()
                .singleElement()
                .asString()
                .contains("NOT_FOUND");
        assertThat(phone.refresh(true).statusCode()).isEqualTo(200);
        assertThat(endSession(fromLaptop, "not-a-session")).containsEntry("ended", 0);

        assertThat(endSession(fromLaptop, phoneSession)).containsEntry("ended", 1);
        assertThat(phone.refresh(true).statusCode()).isEqualTo(401);
        assertThat(sessions(fromLaptop)).hasSize(1);
    }

    @Test
    void an_admin_ends_every_session_of_a_user_and_a_user_cannot() throws Exception {
        SignInClient victim = new SignInClient(port);
        String victimAccess = victim.devSignIn("ended.by.admin@example.com", "Ended");
        String notAdmin = signIn("not.admin@example.com");

        graphQl(notAdmin)
                .document("mutation { endUserSessions(email: \"ended.by.admin@example.com\") { ended } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
        assertThat(victim.refresh(true).statusCode()).isEqualTo(200);

        String admin = signIn("admin@example.com");
        graphQl(admin)
                .document(
                        "mutation { endUserSessions(email: \" Ended.By.Admin@example.com\") { ended errors { code } } }")
                .execute()
                .path("endUserSessions.ended")
                .entity(Integer.class)
                .isEqualTo(1);
        assertThat(victim.refresh(true).statusCode()).isEqualTo(401);
        await().atMost(RECHECKED).until(() -> status(victimAccess) == 401);
    }

    private SignInClient withCookie(HttpCookie cookie) throws Exception {
        SignInClient other = new SignInClient(port);
        other.get("/auth/csrf");
        other.cookies.getCookieStore().add(URI.create("http://localhost:" + port + "/auth"), (HttpCookie)
                cookie.clone());
        return other;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> sessions(String access) {
        return graphQl(access)
                .document("{ me { sessions { id current client startedAt endsAt } } }")
                .execute()
                .path("me.sessions")
                .entity(List.class)
                .get();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> endSession(String access, String id) {
        return graphQl(access)
                .document("mutation($id: ID!) { endSession(id: $id) { ended errors { code } } }")
                .variable("id", id)
                .execute()
                .path("endSession")
                .entity(Map.class)
                .get();
    }

    private int status(String access) throws Exception {
        return new SignInClient(port)
                .http
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + access)
                                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { id } }\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
