package com.creatorcompass.graphql.security;

import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.graphql.limits.RequestBodyLimit;
import com.creatorcompass.graphql.security.sessions.SignInSessions;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.graphql.server.support.BearerTokenAuthenticationExtractor;
import org.springframework.graphql.server.webmvc.AuthenticationWebSocketInterceptor;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.oauth2.client.CommonOAuth2Provider;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Two doors. {@code /graphql}: an OAuth2 resource server that accepts only this API's own access
 * tokens (bad tokens get 401; no token reaches GraphQL, which answers UNAUTHENTICATED). Everything
 * else: sign-in (Google through OIDC, or the labelled development sign-in), the cookie-based refresh
 * path with CSRF protection, and the listed public files; all other paths are denied.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    @Bean
    public Tokens tokens(SecurityProperties properties, Environment environment, Clock clock, SignInSessions sessions) {
        ProductionSecurityCheck.verify(environment, properties);
        return new Tokens(properties, clock, session -> sessions.isLive(session, clock.instant()));
    }

    @Bean
    public SignIn signIn(
            CommandGateway commands,
            Tokens tokens,
            SignInSessions sessions,
            SecurityProperties properties,
            Clock clock) {
        return new SignIn(commands, tokens, sessions, properties, clock);
    }

    @Bean
    public JwtDecoder apiJwtDecoder(Tokens tokens) {
        return tokens.accessDecoder();
    }

    /** GraphQL over WebSocket: the access token comes in the connection_init payload ({"Authorization": "Bearer ..."}). */
    @Bean
    @Order(-1) // before the signed-in-only rule, which reads what this puts in the Reactor context
    public SignedInWebSocket webSocketAuthentication(Tokens tokens, Clock clock) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(tokens.accessDecoder());
        provider.setJwtAuthenticationConverter(roles());
        return new SignedInWebSocket(
                new AuthenticationWebSocketInterceptor(
                        new BearerTokenAuthenticationExtractor(), new ProviderManager(provider)),
                tokens.accessDecoder(),
                clock);
    }

    static JwtAuthenticationConverter roles() {
        JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
        roles.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<String> granted = jwt.getClaimAsStringList(Tokens.ROLES);
            return granted == null
                    ? List.of()
                    : granted.stream()
                            .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                            .map(authority -> (org.springframework.security.core.GrantedAuthority) authority)
                            .toList();
        });
        return roles;
    }

    @Bean
    @Order(1)
    public SecurityFilterChain api(HttpSecurity http, Tokens tokens, SecurityProperties properties) throws Exception {
        JwtAuthenticationConverter roles = roles();
        return http.securityMatcher("/graphql", "/graphql/**")
                .cors(cors -> cors.configurationSource(cors(properties)))
                .csrf(csrf -> csrf.disable()) // bearer tokens only: no cookie is read here
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(server ->
                        server.jwt(jwt -> jwt.decoder(tokens.accessDecoder()).jwtAuthenticationConverter(roles)))
                // Weighed before anything reads it: no token, no body read; over the limit, refused.
                .addFilterBefore(new RequestBodyLimit(), BearerTokenAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // JSON only: nothing here may load, run or be framed.
                .headers(headers -> headers.referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .build();
    }

    /**
     * The app's own scripts only, on every page, GraphiQL's included (it is part of the UI's build, not
     * a CDN's). Inline styles stay allowed: React and GraphiQL's editor set style attributes; GraphiQL's
     * fonts are data: URLs in its stylesheet.
     */
    static String contentSecurityPolicy() {
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                + "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'";
    }

    @Bean
    @Order(2)
    public SecurityFilterChain web(
            HttpSecurity http,
            SecurityProperties properties,
            SignIn signIn,
            java.util.Optional<ClientRegistrationRepository> google)
            throws Exception {
        http.cors(cors -> cors.configurationSource(cors(properties)))
                .csrf(csrf -> csrf.csrfTokenRepository(CsrfCookies.repository(properties.secureCookies()))
                        .csrfTokenRequestHandler(new CsrfCookies.HeaderOnlyOnRefresh()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy()))
                        // same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" with the
                        // sign-in form's POST, which CORS then refuses; other sites still get no referrer.
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                // Stateless: a refused request is not saved for after a sign-in (which always lands on the UI), so
                // it opens no session; only Google's sign-in flow keeps one, for its own round trip.
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/auth/**", "/error").permitAll();
                    requests.requestMatchers("/oauth2/authorization/**", "/login/oauth2/code/**")
                            .permitAll();
                    requests.requestMatchers("/graphql-ws")
                            .permitAll(); // authenticated by connection_init (WebSocketAuthentication)
                    requests.requestMatchers(
                                    HttpMethod.GET, properties.publicPaths().toArray(String[]::new))
                            .permitAll();
                    requests.anyRequest().denyAll();
                });
        if (google.isPresent()) {
            http.oauth2Login(login ->
                    login.clientRegistrationRepository(google.get()).successHandler(oidcSignedIn(signIn, properties)));
        }
        return http.build();
    }

    /** "Sign in with Google", when a client id is configured. */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnExpression(
            "!'${compass.security.google.client-id:}'.isBlank()")
    public ClientRegistrationRepository googleRegistration(SecurityProperties properties) {
        SecurityProperties.Google google = properties.google();
        ClientRegistration.Builder builder =
                google.issuerUri() == null || google.issuerUri().isBlank()
                        ? CommonOAuth2Provider.GOOGLE.getBuilder("google")
                        : ClientRegistrations.fromIssuerLocation(google.issuerUri())
                                .registrationId("google")
                                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                                .scope("openid", "email", "profile");
        return new InMemoryClientRegistrationRepository(builder.clientId(google.clientId())
                .clientSecret(google.clientSecret())
                .build());
    }

    private static AuthenticationSuccessHandler oidcSignedIn(SignIn signIn, SecurityProperties properties) {
        return (request, response, authentication) -> {
            if (!(authentication.getPrincipal() instanceof OidcUser user) || user.getEmail() == null) {
                response.sendError(401, "the identity provider gave no e-mail address");
                return;
            }
            if (Boolean.FALSE.equals(user.getEmailVerified())) {
                response.sendError(401, "the identity provider has not verified this e-mail address");
                return;
            }
            try {
                signIn.signedIn(
                        user.getIssuer().toString(),
                        user.getSubject(),
                        user.getEmail(),
                        user.getFullName(),
                        request,
                        response);
            } catch (CommandRejectedException refused) {
                SignIn.refuse(response, refused);
                return;
            }
            // The sign-in session has done its job: from here on the refresh cookie and access tokens are the session.
            request.getSession().invalidate();
            redirect(response, properties.uiOrigin() + "/");
        };
    }

    private static void redirect(jakarta.servlet.http.HttpServletResponse response, String location)
            throws IOException {
        response.sendRedirect(location);
    }

    private static CorsConfigurationSource cors(SecurityProperties properties) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(List.of(properties.uiOrigin()));
        configuration.setAllowedMethods(List.of("GET", "POST"));
        configuration.setAllowedHeaders(new ArrayList<>(List.of("Authorization", "Content-Type", "X-XSRF-TOKEN")));
        configuration.setAllowCredentials(true);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", configuration);
        return source;
    }
}
