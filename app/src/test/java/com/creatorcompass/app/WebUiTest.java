package com.creatorcompass.app;

import static com.creatorcompass.testsupport.Observations.profileAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creatorcompass.app.api.GraphQlOverHttp;
import com.creatorcompass.app.api.SignInClient;
import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web UI in real headless Chromium against the running demo (stand-in site scraped by Chromium
 * too): development sign-in, onboarding, the dashboard showing what the API answers, the
 * recommendations; a screenshot of each page under target/screenshots and an axe-core check of each.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "compass.scraper.interval=1h",
            "compass.scraper.poll-every=200ms",
            "compass.demo.tracked-per-niche=2",
            "compass.demo.history-days=0"
        })
class WebUiTest {

    static final TestDatabase DATABASE = TestDatabases.fresh();
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path AXE = Path.of("..", "web-ui", "node_modules", "axe-core", "axe.min.js");
    static Path downloads;
    static int port;
    static WebDriver browser;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DemoProperties.register(registry, DATABASE);
        port = DemoProperties.freePort();
        registry.add("server.port", () -> port);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommandGateway commands;

    @Autowired
    com.creatorcompass.standin.StandInSite standIn;

    @BeforeAll
    static void browser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--lang=en-US",
                "--window-size=1280,1600",
                "--user-data-dir=" + Files.createTempDirectory("compass-ui-test"));
        ChromeDriver chrome = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                        .usingAnyFreePort()
                        .build(),
                options);
        downloads = Files.createTempDirectory("compass-ui-downloads");
        chrome.executeCdpCommand(
                "Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser = chrome;
        Files.createDirectories(SCREENSHOTS);
    }

    /**
     * Views at ages for a video seen once (this demo records no history): the numbers of a video with
     * a past, as the stream writes them, below, within and above the creator's band; 7d unknown.
     */
    private void viewsByAge(String videoId) {
        String row = """
                insert into series.video_velocity (video_id, age, creator_id, posted_at, views, interpolated, rounded,
                    creator_lower_quartile, creator_median, creator_upper_quartile, median_sample, outlier_score)
                select video_id, ?, creator_id, posted_at, ?, ?, ?, ?, ?, ?, ?, ? from warehouse.dim_video where video_id = ?""";
        jdbc.update(row, "1h", 900, false, false, 1_000, 1_200, 1_500, 8, 900 / 1_200.0 - 1, videoId);
        jdbc.update(row, "6h", 1_300, false, true, 1_000, 1_200, 1_500, 8, 1_300 / 1_200.0 - 1, videoId);
        jdbc.update(row, "24h", 8_500, true, false, 2_000, 3_000, 4_500, 5, 8_500 / 3_000.0 - 1, videoId);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void sign_in_onboard_and_see_the_dashboard_and_recommendations_the_api_answers() throws Exception {
        theDemoHasItsCreators();
        signInAsANewUser();
        linkAStandInAccountAndWatchItsFirstScrape();
        theDashboardShowsWhatTheApiAnswers();
        proveTheAccountIsTheirsThroughTheBio();
        openAnotherCreatorFoundByDisplayName();
        trackAnUnknownHandleFromTheSearch();
        analyticsAndAVideosViewsByAge();
        compareWithACompetitorAndDownloadTheCsv();
        replayABackfilledDay();
        recommendationsFilteredByRegion();
        graphiqlLoadsNothingFromElsewhere();
        anAdminSeesProjectionLagThenSignsOut();
    }

    /** The demo's stand-in creators are tracked and have their series. */
    private void theDemoHasItsCreators() throws Exception {
        await().atMost(Duration.ofSeconds(120))
                .until(() -> jdbc.queryForObject(
                                        "select count(*) from warehouse.dim_creator where followers is not null and handle like '%.creator%'",
                                        Long.class)
                                >= 12
                        && jdbc.queryForObject(
                                        "select count(distinct creator_id) from series.creator_growth_daily",
                                        Long.class)
                                >= 12);
    }

    /** The landing page, then the development sign-in as a new user. */
    private void signInAsANewUser() throws Exception {
        browser.get("http://localhost:" + port + "/");
        WebElement dev = waitFor(By.partialLinkText("Development sign-in"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Creator Compass");
        page("1-landing");

        dev.click();
        waitFor(By.name("email"));
        page("2-dev-sign-in");
        WebElement userEmail = browser.findElement(By.name("email"));
        userEmail.clear();
        userEmail.sendKeys("ui.user@example.com");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** Onboarding: a bad handle is refused with the API's rule; a stand-in creator nobody tracks yet is linked, and its first scrape shows as it happens. */
    private void linkAStandInAccountAndWatchItsFirstScrape() throws Exception {
        waitFor(By.id("handle"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your account and audience");
        page("3-onboarding");
        browser.findElement(By.id("handle")).sendKeys("not a handle");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(waitFor(By.cssSelector("[role=alert]")).getText()).contains("2-24 letters");
        // A stand-in creator nobody tracks yet: linking tracks it, and its first scrape shows as it happens.
        browser.findElement(By.id("handle")).clear();
        browser.findElement(By.id("handle")).sendKeys("travel.creator3");
        browser.findElement(By.id("niches")).sendKeys("travel");
        new Select(browser.findElement(By.id("age"))).selectByVisibleText("18-24");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(waitFor(By.xpath("//section[h2='First scrape of @travel.creator3']"))
                        .getText())
                .isNotEmpty();
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.xpath("//section[h2='First scrape of @travel.creator3']"), "Recorded"));
        page("3b-first-scrape");
        browser.findElement(By.xpath("//button[text()='Go to the dashboard']")).click();
    }

    /** The user's own dashboard shows the API's numbers, its charts, and that the account is not proven yet. */
    private void theDashboardShowsWhatTheApiAnswers() throws Exception {
        WebElement followers = waitFor(By.cssSelector("[data-testid=kpi-followers]"));
        JsonNode api = GraphQlOverHttp.post(
                        port,
                        new SignInClient(port).devSignIn("ui.user@example.com", "UI User"),
                        "{ creator(handle: \"travel.creator3\") { followers { value exact } videos { value } friends { value } } }")
                .path("data")
                .path("creator");
        assertThat(followers.getText())
                .isEqualTo(String.format(
                        Locale.US, "%,d", api.path("followers").path("value").asLong()));
        assertThat(browser.findElement(By.cssSelector("[data-testid=kpi-videos]"))
                        .getText())
                .isEqualTo(String.format(
                        Locale.US, "%,d", api.path("videos").path("value").asLong()));
        assertThat(browser.findElement(By.cssSelector("[data-testid=kpi-friends]"))
                        .getText())
                .as("a count the dashboard's query asks for is a card")
                .isEqualTo(String.format(
                        Locale.US, "%,d", api.path("friends").path("value").asLong()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("@travel.creator3");
        assertThat(browser.findElements(By.cssSelector("[data-testid=time-chart] canvas")))
                .as("followers and likes charts")
                .hasSize(2);
        assertThat(browser.findElement(By.cssSelector("[data-testid=own-account]"))
                        .getText())
                .isEqualTo("Your account");
        assertThat(browser.getTitle()).isEqualTo("@travel.creator3 · Creator Compass");
        assertThat(browser.findElement(By.partialLinkText("unverified")).getText())
                .isEqualTo("unverified: prove it is yours");
        page("4-dashboard");
        onAPhone("4b-dashboard-phone");
    }

    private void proveTheAccountIsTheirsThroughTheBio() throws Exception {
        // Proving the account is theirs, as the demo user does it: the code from the account page into the bio on the
        // stand-in site's own edit form, then "check now"; the scrape that sees it verifies the account.
        browser.get("http://localhost:" + port + "/#/onboarding");
        String code = waitFor(By.cssSelector("[data-testid=verification-code]")).getText();
        assertThat(code).matches("cc-[0-9A-HJKMNP-TV-Z]{8}");
        page("3c-account-unverified");
        browser.get(standIn.baseUrl() + "/@travel.creator3/edit");
        WebElement bio = waitFor(By.id("bio"));
        bio.clear();
        bio.sendKeys("Travel tips every week · " + code);
        bio.submit();
        waitFor(By.id("app"));
        browser.get("http://localhost:" + port + "/#/onboarding");
        waitFor(By.xpath("//button[text()='Check my bio now']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=account-verified]")));
        assertThat(browser.findElement(By.cssSelector("[data-testid=account-verified]"))
                        .getText())
                .isEqualTo("@travel.creator3 is verified as yours.");
        page("3d-account-verified");
        browser.get("http://localhost:" + port + "/#/dashboard");
        waitFor(By.cssSelector("[data-testid=own-account]"));
        assertThat(browser.findElements(By.partialLinkText("unverified"))).isEmpty();
    }

    private void openAnotherCreatorFoundByDisplayName() throws Exception {
        // Any tracked creator has the same page: found from the search box by display name, not marked as the user's.
        WebElement search = browser.findElement(By.id("creator-search"));
        search.sendKeys("Travel Creator 1");
        waitFor(By.xpath("//li[@role='option'][contains(., '@travel.creator1')]"));
        search.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), "@travel.creator1"));
        JsonNode other = GraphQlOverHttp.post(
                        port,
                        new SignInClient(port).devSignIn("ui.user@example.com", "UI User"),
                        "{ creator(handle: \"travel.creator1\") { followers { value } } }")
                .path("data")
                .path("creator");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(
                        By.cssSelector("[data-testid=kpi-followers]"),
                        String.format(
                                Locale.US,
                                "%,d",
                                other.path("followers").path("value").asLong())));
        assertThat(browser.findElements(By.cssSelector("[data-testid=own-account]")))
                .isEmpty();
        assertThat(browser.getCurrentUrl()).endsWith("#/creator/travel.creator1");
        assertThat(browser.getTitle()).isEqualTo("@travel.creator1 · Creator Compass");
        waitFor(By.xpath("//section[h2='Similar creators']//li[@data-testid='similar-to-creator']"));
        page("4c-creator-page");
    }

    private void trackAnUnknownHandleFromTheSearch() throws Exception {
        // A handle nobody tracks yet: tracked from the search, its page shows the first scrape as it happens, then its
        // numbers.
        WebElement search = browser.findElement(By.id("creator-search"));
        search.sendKeys("@travel.creator4");
        waitFor(By.xpath("//li[@role='option'][normalize-space(.)='Track @travel.creator4']"));
        search.sendKeys(Keys.ENTER);
        assertThat(waitFor(By.xpath("//section[h2='First scrape of @travel.creator4']"))
                        .getText())
                .isNotEmpty();
        page("4d-first-scrape-from-search");
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.xpath("//section[h2='First scrape of @travel.creator4']"), "Recorded"));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> !driver.findElement(By.cssSelector("[data-testid=kpi-followers]"))
                        .getText()
                        .equals("—"));
        assertThat(browser.findElement(By.xpath("//span[@class='badge'][.='On your tracking list']"))
                        .isDisplayed())
                .isTrue();
    }

    /** The creator's analytics (a page of videos, the heat map) and a video's views by age against the creator's band. */
    private void analyticsAndAVideosViewsByAge() throws Exception {
        browser.findElement(By.linkText("Analytics")).click();
        List<WebElement> rows = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("[data-testid=video-row]"), 0));
        assertThat(rows).hasSize(20); // a page of 20 of its 30 videos
        assertThat(browser.findElements(By.cssSelector("table.heatmap tbody tr")))
                .hasSize(7);
        page("6-analytics");
        onAPhone("6b-analytics-phone");
        WebElement videoLink = rows.get(0).findElement(By.tagName("a"));
        viewsByAge(videoLink.getAttribute("href").replaceAll(".*/video/", ""));
        videoLink.click();
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Video by @travel.creator3");
        waitFor(By.xpath("//table[caption='Every observation of this video']/tbody/tr"));
        // Views by age against the creator's band: uPlot's legend names the age, the band's edges, the median and the
        // video.
        assertThat(waitFor(By.cssSelector("[data-testid=age-chart] canvas")).isDisplayed())
                .isTrue();
        assertThat(browser.findElements(By.cssSelector("[data-testid=age-chart] .u-legend .u-series")))
                .hasSize(5);
        String byAge =
                "//table[caption=\"Views at each age against the creator's previous videos at the same age\"]/tbody/tr";
        assertThat(browser.findElements(By.xpath(byAge)))
                .extracting(WebElement::getText)
                .containsExactly(
                        "1h 900 1,000 1,200 1,500 8 below the usual range",
                        "6h ≈ 1,300 1,000 1,200 1,500 8 within the usual range",
                        "24h 8,500 (interpolated) 2,000 3,000 4,500 5 above the usual range",
                        "7d unknown unknown unknown unknown — unknown");
        page("7-video");
    }

    private void compareWithACompetitorAndDownloadTheCsv() throws Exception {
        browser.findElement(By.linkText("Compare")).click();
        waitFor(By.id("competitor")).sendKeys("travel.creator1");
        browser.findElement(By.xpath("//button[text()='Add']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=compare-row]"), 2));
        // The compare chart: one line per creator (uPlot's legend: the day, then a row per line); hovering shows exact
        // values.
        List<WebElement> lines = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.numberOfElementsToBe(
                        By.cssSelector("[data-testid=time-chart] .u-legend .u-series"), 3));
        assertThat(lines.get(1).getText()).contains("@travel.creator3 (you)");
        assertThat(lines.get(2).getText()).contains("@travel.creator1");
        new org.openqa.selenium.interactions.Actions(browser)
                .moveToElement(browser.findElement(By.cssSelector("[data-testid=time-chart] .u-over")))
                .perform();
        assertThat(lines.get(2).findElement(By.className("u-value")).getText()).matches("≈? ?[0-9,]+|unknown");
        new Select(browser.findElement(By.id("compare-metric"))).selectByValue("engagement");
        browser.findElement(By.xpath("//label[contains(., 'Indexed to 100')]/input"))
                .click();
        waitFor(By.xpath("//figcaption[contains(., 'indexed to 100')]"));
        page("8-compare");
        // The comparison as CSV: the same numbers the API answers (whole, no grouping), one row per creator.
        browser.findElement(By.xpath("//button[normalize-space(.)='Download the comparison as CSV']"))
                .click();
        Path csv = downloads.resolve("comparison.csv");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(csv) && Files.size(csv) > 0);
        List<String> csvLines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        JsonNode compared = GraphQlOverHttp.post(
                        port,
                        new SignInClient(port).devSignIn("ui.user@example.com", "UI User"),
                        "{ compare(handles: [\"travel.creator3\", \"travel.creator1\"]) { handle followers { value precision } likes { value } } }")
                .path("data")
                .path("compare");
        assertThat(csvLines.get(0)).startsWith("handle,followers,followers precision,likes,");
        assertThat(csvLines).hasSize(3);
        for (int i = 0; i < 2; i++) {
            JsonNode row = compared.get(i);
            assertThat(csvLines.get(i + 1))
                    .startsWith(row.path("handle").asText() + ","
                            + row.path("followers").path("value").asLong() + ","
                            + row.path("followers").path("precision").asText() + ","
                            + row.path("likes").path("value").asLong() + ",");
        }
    }

    private void replayABackfilledDay() throws Exception {
        // A backfill: travel.creator3 as it was ten days ago, learned now. The replay slider shows it for that day
        // (event time), and "as we knew it then" shows that nothing was known of it then.
        String creatorId = jdbc.queryForObject(
                "select creator_id from warehouse.dim_creator where handle = 'travel.creator3'", String.class);
        Instant tenDaysAgo = Instant.now()
                .truncatedTo(ChronoUnit.DAYS)
                .minus(Duration.ofDays(10))
                .plus(Duration.ofHours(12));
        commands.sendAndWait(new RecordScrape(
                creatorId,
                "ui-backfill",
                SnapshotSource.IMPORT,
                profileAt(tenDaysAgo)
                        .nickname("Travel Creator 3")
                        .followers(1_000_000)
                        .following(100)
                        .likes(5_000_000)
                        .videos(120)
                        .build(),
                List.of()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from warehouse.fact_profile_snapshot where scrape_id = 'ui-backfill'",
                                Long.class)
                        == 1);
        browser.findElement(By.linkText("Replay")).click();
        WebElement slider = waitFor(By.id("day"));
        String today = waitFor(By.cssSelector("[data-testid=kpi-followers]")).getText();
        for (int i = 0; i < 10; i++) {
            slider.sendKeys(Keys.ARROW_LEFT);
        }
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=kpi-followers]"), "1,000,000"));
        assertThat(today).isNotEqualTo("1,000,000");
        page("9-replay");
        browser.findElement(By.xpath("//label[contains(., 'As we knew it then')]/input"))
                .click();
        assertThat(waitFor(By.cssSelector("p.empty")).getText()).isEqualTo("Nothing was known of it by then.");
    }

    /** Recommendations: similar creators with their reasons, filtered by region. */
    private void recommendationsFilteredByRegion() throws Exception {
        browser.findElement(By.linkText("Recommendations")).click();
        List<WebElement> similar = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(
                        By.cssSelector("[data-testid=similar-creator]"), 0));
        // the demo tracks two other travel creators: they share the niche's hashtags and words
        assertThat(similar.get(0).findElement(By.tagName("h3")).getText()).startsWith("@travel.creator");
        assertThat(similar.get(0).getText()).contains("shares ", "one of your niches");
        page("5-recommendations");
        browser.findElement(By.id("f-region")).sendKeys("GB");
        browser.findElement(By.xpath("//button[text()='Filter']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            List<WebElement> regions =
                    driver.findElements(By.cssSelector("[data-testid=similar-creator] [data-testid=region]"));
            return !regions.isEmpty()
                    && regions.size()
                            == driver.findElements(By.cssSelector("[data-testid=similar-creator]"))
                                    .size()
                    && regions.stream().allMatch(r -> r.getText().equals("GB"));
        });
    }

    private void graphiqlLoadsNothingFromElsewhere() throws Exception {
        // GraphiQL from the app's own build, under the same strict policy: it loads nothing from beyond this server and
        // runs a query.
        browser.get("http://localhost:" + port + "/graphiql");
        waitFor(By.cssSelector(".graphiql-container .graphiql-query-editor"));
        assertThat(browser.getTitle()).isEqualTo("GraphiQL · Creator Compass");
        page("11-graphiql");
        browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".graphiql-response"), "ui.user@example.com"));
        assertThat(
                        (List<?>)
                                ((JavascriptExecutor) browser)
                                        .executeScript(
                                                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith(location.origin))"))
                .as("resources GraphiQL loaded from elsewhere")
                .isEmpty();
    }

    private void anAdminSeesProjectionLagThenSignsOut() throws Exception {
        // The admin page, for an admin (the demo's admin@example.com): projection lag.
        browser.get("http://localhost:" + port + "/auth/dev");
        WebElement email = waitFor(By.name("email"));
        email.clear();
        email.sendKeys("admin@example.com");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(By.id("handle"));
        browser.get("http://localhost:" + port + "/#/admin");
        waitFor(By.xpath("//table[caption='Projection lag: events not yet processed']/tbody/tr"));
        page("10-admin");

        // Where the admin is signed in (this browser), then signing out: the server ends the sign-in, so
        // reloading the page does not bring it back.
        browser.get("http://localhost:" + port + "/#/onboarding");
        waitFor(By.xpath("//section[h2='Where you are signed in']//td[text()='This browser']"));
        page("12-account-sessions");
        browser.findElement(By.xpath("//header//button[text()='Sign out']")).click();
        waitFor(By.partialLinkText("Development sign-in"));
        browser.navigate().refresh();
        waitFor(By.partialLinkText("Development sign-in"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from auth.sign_in_session where email = 'admin@example.com' and end_reason = 'SIGNED_OUT'",
                        Long.class))
                .isOne();
    }

    /** On a phone-width screen nothing runs off to the side (wide tables scroll inside their own region). */
    private void onAPhone(String name) throws IOException {
        browser.manage().window().setSize(new Dimension(390, 1200));
        assertThat(
                        ((JavascriptExecutor) browser)
                                .executeScript(
                                        "return [...document.querySelectorAll('body *')]"
                                                + ".filter(e => !e.closest('.scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                                                + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"))
                .as("elements running off a 390 px screen")
                .asList()
                .isEmpty();
        page(name);
        browser.manage().window().setSize(new Dimension(1280, 1600));
    }

    /** Waits for an element; on time-out saves a screenshot and says what the page showed. */
    private WebElement waitFor(By locator) throws IOException {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException timeout) {
            Files.write(
                    SCREENSHOTS.resolve("failure.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            throw new AssertionError(
                    "no " + locator + " at " + browser.getCurrentUrl() + ": "
                            + browser.findElement(By.tagName("body")).getText(),
                    timeout);
        }
    }

    /** Saves a screenshot and fails on any serious or critical axe-core violation. */
    private void page(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
        Object violations = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))));");
        assertThat((List<?>) violations)
                .as("serious or critical accessibility violations on " + name)
                .isEmpty();
    }
}
