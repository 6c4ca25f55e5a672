package com.creatorcompass.graphql.security;

import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.user.Emails;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The local development sign-in: anyone can be anyone. Only with {@code compass.security.dev-sign-in}
 * (the demo profile); {@link ProductionSecurityCheck} refuses it in prod. Labelled as what it is.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RestController
@ConditionalOnProperty(name = "compass.security.dev-sign-in", havingValue = "true")
public class DevSignInController {

    static final String ISSUER = "dev-sign-in";

    private final SignIn signIn;
    private final SecurityProperties properties;

    public DevSignInController(SignIn signIn, SecurityProperties properties) {
        this.signIn = signIn;
        this.properties = properties;
    }

    @GetMapping(value = "/auth/dev", produces = MediaType.TEXT_HTML_VALUE)
    public String page(CsrfToken csrf) {
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Development sign-in — Creator Compass</title></head>
                <body><main>
                <h1>Development sign-in</h1>
                <p><strong>Local development only — this is not Google.</strong> Anyone can sign in as anyone here;
                production has only "Sign in with Google".</p>
                <form method="post" action="/auth/dev">
                <input type="hidden" name="%s" value="%s">
                <label>E-mail <input name="email" type="email" required value="demo@example.com"></label>
                <label>Name <input name="name" value="Demo User"></label>
                <button type="submit">Sign in (development)</button>
                </form></main></body></html>
                """.formatted(HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }

    @PostMapping("/auth/dev")
    public void signIn(
            @RequestParam String email,
            @RequestParam(required = false) String name,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        try {
            signIn.signedIn(ISSUER, Emails.canonical(email), email, name, request, response);
        } catch (CommandRejectedException rejected) {
            SignIn.refuse(response, rejected);
            return;
        }
        response.sendRedirect(properties.uiOrigin() + "/");
    }
}
