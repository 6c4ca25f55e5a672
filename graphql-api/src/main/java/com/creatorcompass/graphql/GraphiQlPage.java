package com.creatorcompass.graphql;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL's address. The page itself is the web UI's second build entry (graphiql.html, no CDN); who
 * may load it is the security configuration's public paths: the demo's, never prod's.
 */
@Controller
public class GraphiQlPage {

    @GetMapping("/graphiql")
    public String graphiql() {
        return "forward:/graphiql.html";
    }
}
