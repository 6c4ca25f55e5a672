package com.creatorcompass.scraper.browser;

import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.scraper.ProfileSource;
import com.creatorcompass.scraper.ScrapeResult;
import com.creatorcompass.scraper.page.PageFormatException;
import com.creatorcompass.scraper.page.PageParser;
import com.creatorcompass.scraper.page.PageReading;
import com.creatorcompass.scraper.page.PageReading.ProfileRead;
import com.creatorcompass.scraper.page.PageReading.VideoRead;
import com.creatorcompass.scraper.page.ProfileGrid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Observes a profile in a real browser: loads the page, reads its embedded JSON (and checks it
 * against what the page rendered), then the most recent videos from the item list endpoint the
 * page itself uses; if that fails, from the video pages the rendered grid links to. A crashed
 * browser is replaced and the scrape tried once more on the fresh session.
 */
public final class SeleniumProfileSource implements ProfileSource {

    private static final String FETCH_SCRIPT = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'include'})
              .then(r => r.ok ? r.text().then(body => done({ok: true, body: body}))
                              : done({ok: false, error: 'HTTP ' + r.status}))
              .catch(e => done({ok: false, error: String(e)}));
            """;

    private final BrowserPool pool;
    private final PageParser parser;
    private final String baseUrl;
    private final int maxVideos;
    private final Duration renderTimeout;
    private final Clock clock;

    public SeleniumProfileSource(
            BrowserPool pool, PageParser parser, String baseUrl, int maxVideos, Duration renderTimeout, Clock clock) {
        this.pool = pool;
        this.parser = parser;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.maxVideos = maxVideos;
        this.renderTimeout = renderTimeout;
        this.clock = clock;
    }

    @Override
    public ScrapeResult scrape(String handle) {
        try {
            return pool.withSession(driver -> scrapeWith(driver, handle));
        } catch (BrowserCrashedException firstCrash) {
            try {
                return pool.withSession(driver -> scrapeWith(driver, handle));
            } catch (BrowserCrashedException secondCrash) {
                return new ScrapeResult.Failed(
                        FailureReason.TIMEOUT,
                        "the browser crashed twice: " + secondCrash.getMessage(),
                        Map.of("url", profileUrl(handle)));
            }
        }
    }

    private ScrapeResult scrapeWith(WebDriver driver, String handle) {
        String url = profileUrl(handle);
        Instant capturedAt = clock.instant();
        try {
            driver.get(url);
        } catch (TimeoutException slow) {
            return new ScrapeResult.Failed(
                    FailureReason.TIMEOUT, "the profile page did not load in time", Map.of("url", url));
        }
        awaitGrid(driver);
        PageReading reading = parser.readProfile(driver.getPageSource(), driver.getCurrentUrl(), handle, capturedAt);
        if (reading instanceof PageReading.Failure failure) {
            return new ScrapeResult.Failed(failure.reason(), failure.detail(), failure.evidence());
        }
        ProfileRead profile = (ProfileRead) reading;
        List<String> gridIds = gridVideoIds(driver);
        List<VideoObservation> videos;
        try {
            videos = fromItemList(driver, profile, capturedAt);
        } catch (PageFormatException itemListFailed) {
            videos = fromVideoPages(driver, handle, gridIds, capturedAt);
            if (videos == null) {
                return new ScrapeResult.Failed(
                        FailureReason.LAYOUT_CHANGED,
                        "the videos could not be read: " + itemListFailed.getMessage(),
                        Map.of("url", url));
            }
        }
        List<String> unexplained = GridCheck.unexplained(
                gridIds, videos.stream().map(VideoObservation::videoId).toList(), maxVideos);
        if (!unexplained.isEmpty()) {
            return new ScrapeResult.Failed(
                    FailureReason.LAYOUT_CHANGED,
                    "the page shows videos its data does not list: " + unexplained,
                    Map.of("url", url));
        }
        return new ScrapeResult.Observed(
                profile.profile(), videos, profile.simulated() ? SnapshotSource.SIMULATION : SnapshotSource.SELENIUM);
    }

    private List<VideoObservation> fromItemList(WebDriver driver, ProfileRead profile, Instant capturedAt) {
        if (profile.secUid() == null) {
            throw new PageFormatException("no secUid to ask the item list for");
        }
        List<VideoObservation> videos = new ArrayList<>(profile.videos());
        int cursor = 0;
        boolean more = videos.isEmpty();
        while (more && videos.size() < maxVideos) {
            String path = "/api/post/item_list/?secUid=" + URLEncoder.encode(profile.secUid(), StandardCharsets.UTF_8)
                    + "&count=" + Math.min(30, maxVideos - videos.size()) + "&cursor=" + cursor;
            Object answer = ((JavascriptExecutor) driver).executeAsyncScript(FETCH_SCRIPT, path);
            if (!(answer instanceof Map<?, ?> response) || !Boolean.TRUE.equals(response.get("ok"))) {
                throw new PageFormatException("the item list failed: "
                        + (answer instanceof Map<?, ?> response ? response.get("error") : answer));
            }
            PageParser.ItemPage page = parser.readItemList((String) response.get("body"), capturedAt);
            videos.addAll(page.videos());
            more = page.hasMore() && !page.videos().isEmpty();
            cursor = page.cursor();
        }
        return videos.size() > maxVideos ? videos.subList(0, maxVideos) : videos;
    }

    /** The slow way: one page per video the grid shows. Null when any of them cannot be read. */
    private List<VideoObservation> fromVideoPages(
            WebDriver driver, String handle, List<String> gridIds, Instant capturedAt) {
        if (gridIds.isEmpty()) {
            return null;
        }
        List<VideoObservation> videos = new ArrayList<>();
        for (String id : gridIds.stream().limit(maxVideos).toList()) {
            String url = profileUrl(handle) + "/video/" + id;
            try {
                driver.get(url);
            } catch (TimeoutException slow) {
                return null;
            }
            if (!(parser.readVideo(driver.getPageSource(), url, capturedAt) instanceof VideoRead read)) {
                return null;
            }
            videos.add(read.video());
        }
        return videos;
    }

    private void awaitGrid(WebDriver driver) {
        try {
            new WebDriverWait(driver, renderTimeout)
                    .until(d -> !d.findElements(By.cssSelector("[data-e2e=user-post-item]"))
                                    .isEmpty()
                            || d.findElements(By.id(PageParser.REHYDRATION)).isEmpty()
                            || noVideosExpected(d));
        } catch (TimeoutException notRendered) {
            // The DOM is the second source: without a rendered grid the embedded data still stands.
        }
    }

    private static boolean noVideosExpected(WebDriver driver) {
        String source = driver.getPageSource();
        return !source.contains("\"statusCode\":0") || source.contains("\"videoCount\":\"0\"");
    }

    private static List<String> gridVideoIds(WebDriver driver) {
        List<String> ids = new ArrayList<>();
        for (WebElement link : driver.findElements(By.cssSelector(ProfileGrid.POST_LINKS))) {
            String id = ProfileGrid.postId(link.getAttribute("href"));
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private String profileUrl(String handle) {
        return baseUrl + "/@" + handle;
    }
}
