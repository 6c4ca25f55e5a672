package com.creatorcompass.scraper.page;

import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.scraper.page.PageReading.Failure;
import java.util.Locale;
import org.jsoup.nodes.Document;

/**
 * A page that holds no data because the site put something in front of it, told by the page's shape
 * (asked only when no reader found data, so an ordinary page that names its captcha scripts or
 * carries a login modal stays ordinary):
 * <ul>
 *   <li>CAPTCHA: TikTok's "Security Check" interstitial, which loads its captcha bundle (a script under
 *       {@code …/captcha/…}) or holds the captcha container; or a JavaScript challenge page;</li>
 *   <li>BLOCKED: a login wall, or the site refusing the request ("Too Many Requests", "Access Denied").</li>
 * </ul>
 */
final class Walls {

    private Walls() {}

    /** The wall in front of {@code source}, or null when it shows none. */
    static Failure of(PageSource source) {
        Document page = source.document();
        if (page == null) {
            return null;
        }
        Evidence evidence = new Evidence(source);
        if (page.title().toLowerCase(Locale.ROOT).contains("security check")
                || page.selectFirst("script[src*=/captcha/]") != null
                || page.selectFirst("#captcha_container, #captcha-verify-container, .captcha_verify_container")
                        != null) {
            return evidence.failure(FailureReason.CAPTCHA, "TikTok's security check (a captcha) instead of the page");
        }
        String url = source.url();
        if ((url != null && url.contains("/login")) || page.selectFirst("[data-e2e=login-modal]") != null) {
            return evidence.failure(FailureReason.BLOCKED, "a login wall instead of the page");
        }
        String text = page.text();
        if (text.contains("Too Many Requests") || text.contains("Access Denied")) {
            return evidence.failure(FailureReason.BLOCKED, "the site refused the request: " + page.title());
        }
        if (page.getElementById("cs") != null || page.getElementById("wci") != null || text.contains("Please wait")) {
            return evidence.failure(FailureReason.CAPTCHA, "a JavaScript challenge page (no page data)");
        }
        return null;
    }
}
