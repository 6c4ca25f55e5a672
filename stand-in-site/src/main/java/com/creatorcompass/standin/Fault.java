package com.creatorcompass.standin;

/** What the stand-in site can do instead of answering normally, to prove the scraper copes. */
public enum Fault {
    /** statusCode 10202: the user does not exist. */
    NOT_FOUND,
    /** statusCode 10221: the account is banned. */
    BANNED,
    /** statusCode 10222: the account is private. */
    PRIVATE,
    /** statusCode 10231: not available in this region. */
    REGION_BLOCKED,
    /** statusCode 10000 with a {"type":"verify"} captcha payload. */
    CAPTCHA,
    /** A JavaScript challenge page: no rehydration script at all, "Please wait…". */
    CHALLENGE,
    /** A redirect to /login. */
    LOGIN_WALL,
    /** HTTP 429 Too Many Requests. */
    RATE_LIMITED,
    /** The page takes longer than any sensible timeout. */
    SLOW,
    /** The rehydration script holds broken JSON. */
    MALFORMED_JSON,
    /** Neither the rehydration script nor the data-e2e attributes: a redesign. */
    CHANGED_LAYOUT,
    /**
     * The item list endpoint refuses every caller but the page's own script (real TikTok signs its
     * calls): the grid renders, a direct request gets HTTP 500.
     */
    BROKEN_ITEM_LIST,
    /**
     * The item list as older pages served it: no {@code statsV2} and no {@code collectCount} (saves are
     * not shown), and every third post a photo post ({@code imagePost}, duration 0, a {@code /photo/}
     * link in the grid). The profile page itself is normal.
     */
    OLDER_ITEM_FORMAT;

    /** Whether the fault is in the item list the page fetches, not in the profile page. */
    boolean concernsItemList() {
        return this == BROKEN_ITEM_LIST || this == OLDER_ITEM_FORMAT;
    }
}
