package com.creatorcompass.scraper.page;

/** The page has data, but not in a shape we can trust: read as LAYOUT_CHANGED. */
public class PageFormatException extends RuntimeException {

    public PageFormatException(String message) {
        super(message);
    }
}
