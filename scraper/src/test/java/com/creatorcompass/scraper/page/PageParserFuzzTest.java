package com.creatorcompass.scraper.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.scraper.page.PageReading.Failure;
import com.creatorcompass.scraper.page.PageReading.ProfileRead;
import com.creatorcompass.scraper.page.PageReading.VideoRead;
import com.creatorcompass.testsupport.RealPages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random and mutated real-format pages: whatever the bytes, the parser answers (an observation or a
 * classified failure, never an exception) and an observation it answers has no impossible number.
 * Seeded, so a failure names the page that caused it and repeats.
 */
class PageParserFuzzTest {

    static final Instant SEEN = Instant.parse("2026-11-25T10:00:00Z");
    static final int MUTANTS_PER_PAGE = 400;
    /** Fewer of the real captures: they are up to 800 kB each. */
    static final int REAL_MUTANTS_PER_PAGE = 20;

    static final List<String> PROFILES = List.of(
            "profile-rehydration.html",
            "profile-sigi.html",
            "profile-next.html",
            "profile-dom.html",
            "profile-captcha.html",
            "profile-private.html",
            "profile-not-found.html",
            "profile-malformed.html");
    static final List<String> VIDEOS = List.of("video-rehydration.html", "video-next-no-createtime.html");
    /** Fragments a broken or hostile page might carry. */
    static final List<String> NOISE = List.of(
            "-1",
            "-2147483648",
            "99999999999999999999999",
            "1e308",
            "NaN",
            "null",
            "\"\"",
            "{}",
            "[]",
            "\"-5\"",
            "\"12.5K\"",
            "\"1.2M\"",
            "\"abc\"",
            "\\u0000",
            "}}}}",
            "[[[[",
            "<script>",
            "</script>",
            "\"statusCode\":0",
            ",",
            ":");

    static Stream<String> pages() {
        return Stream.concat(PROFILES.stream(), VIDEOS.stream());
    }

    /** The real captures beside the checkout (../shared/real-pages): every reader on real-format content. */
    static Stream<String> realPages() throws IOException {
        try (Stream<Path> files = Files.list(RealPages.directory())) {
            return files
                    .map(path -> path.getFileName().toString())
                    .filter(name -> !name.equals("README.md"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("realPages")
    void mutated_real_captures_are_read_or_refused_never_crash_and_never_give_impossible_numbers(String file) {
        String original = RealPages.read(file);
        SplittableRandom random = new SplittableRandom(file.hashCode());
        for (int i = 0; i < REAL_MUTANTS_PER_PAGE; i++) {
            String mutant = mutate(original, random, 1 + random.nextInt(4));
            int seed = i;
            assertThatCode(() -> possible(parser.read(mutant, null, SEEN)))
                    .as("%s, mutant %d", file, seed)
                    .doesNotThrowAnyException();
        }
    }

    final PageParser parser = new PageParser();

    @ParameterizedTest
    @MethodSource("pages")
    void mutated_pages_are_read_or_refused_never_crash_and_never_give_impossible_numbers(String file) {
        String original = PageParserTest.page(file);
        SplittableRandom random = new SplittableRandom(file.hashCode());
        int reads = 0;
        for (int i = 0; i < MUTANTS_PER_PAGE; i++) {
            String mutant = mutate(original, random, 1 + random.nextInt(4));
            int seed = i;
            assertThatCode(() -> check(file, mutant))
                    .as("%s, mutant %d", file, seed)
                    .doesNotThrowAnyException();
            reads += check(file, mutant) instanceof Failure ? 0 : 1;
        }
        if (!(check(file, original) instanceof Failure)) {
            // most edits land where they change nothing that matters: the success path is exercised too
            assertThat(reads).as("mutants of %s still read", file).isGreaterThan(MUTANTS_PER_PAGE / 10);
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void random_bytes_are_refused(String file) {
        SplittableRandom random = new SplittableRandom(~file.hashCode());
        for (int i = 0; i < 50; i++) {
            StringBuilder page = new StringBuilder();
            for (int c = random.nextInt(2_000); c > 0; c--) {
                page.append((char) random.nextInt(32, 0x2FF));
            }
            assertThat(
                            PROFILES.contains(file)
                                    ? parser.readProfile(
                                            page.toString(), "https://www.tiktok.com/@mia.reads", "mia.reads", SEEN)
                                    : parser.readVideo(
                                            page.toString(), "https://www.tiktok.com/@mia.reads/video/1", SEEN))
                    .isInstanceOf(Failure.class);
        }
    }

    private PageReading check(String file, String page) {
        PageReading reading = PROFILES.contains(file)
                ? parser.readProfile(page, "https://www.tiktok.com/@mia.reads", "mia.reads", SEEN)
                : parser.readVideo(page, "https://www.tiktok.com/@mia.reads/video/7301234567890123456", SEEN);
        possible(reading);
        return reading;
    }

    /** A reading that holds only what a page could show, or a classified failure. */
    private static void possible(PageReading reading) {
        assertThat(reading).isNotNull();
        if (reading instanceof ProfileRead read) {
            Stream.of(
                            read.profile().followers(),
                            read.profile().following(),
                            read.profile().likes(),
                            read.profile().videos())
                    .forEach(PageParserFuzzTest::possible);
            read.videos().forEach(PageParserFuzzTest::possible);
        } else if (reading instanceof VideoRead read) {
            possible(read.video());
        } else {
            assertThat(((Failure) reading).reason()).isNotNull();
        }
    }

    private static void possible(VideoObservation video) {
        Stream.of(video.views(), video.likes(), video.comments(), video.shares(), video.saves())
                .forEach(PageParserFuzzTest::possible);
        assertThat(video.videoId()).matches("\\d{1,25}");
        assertThat(video.postedAt()).isNotNull();
    }

    /** Unknown (null) or a count a page could show: never negative. */
    private static void possible(Count count) {
        if (count != null) {
            assertThat(count.value()).as("a count").isNotNegative();
        }
    }

    /** A few edits at random places: delete a span, duplicate one, put noise in, swap a digit, or cut the page short. */
    static String mutate(String page, SplittableRandom random, int edits) {
        StringBuilder text = new StringBuilder(page);
        for (int e = 0; e < edits && text.length() > 2; e++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(40)));
                case 1 -> text.insert(at, text.substring(at, Math.min(text.length(), at + 1 + random.nextInt(60))));
                case 2 -> text.insert(at, NOISE.get(random.nextInt(NOISE.size())));
                case 3 -> {
                    int digit = text.indexOf(String.valueOf((char) ('0' + random.nextInt(10))), at);
                    if (digit >= 0) {
                        text.setCharAt(digit, random.nextBoolean() ? '-' : (char) ('0' + random.nextInt(10)));
                    }
                }
                default -> text.setLength(at);
            }
        }
        return text.toString();
    }
}
