package com.creatorcompass.scraper;

/** Where profiles are observed: a browser against TikTok (or the stand-in site), a file, a test double. */
@FunctionalInterface
public interface ProfileSource {

    /** Observes {@code handle} (canonical) with its most recent videos. Never throws for a page problem. */
    ScrapeResult scrape(String handle);
}
