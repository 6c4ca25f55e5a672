package com.creatorcompass.scraper.browser;

/** The browser session died under a scrape (crashed, killed, disconnected); it has been discarded. */
public class BrowserCrashedException extends RuntimeException {

    public BrowserCrashedException(String message, Throwable cause) {
        super(message, cause);
    }
}
