package com.creatorcompass.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real TikTok captures in {@code ../shared/real-pages} (beside the checkout). They are
 * third-party data: read from there at test time, never copied into the repository. CI always has
 * them; a developer's machine without them skips these tests.
 */
public final class RealPages {

    private RealPages() {}

    public static Path directory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("real-pages");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI has ../shared/real-pages beside the checkout, but it was not found");
        }
        Assumptions.abort("../shared/real-pages is not beside this checkout");
        return null;
    }

    public static Path path(String file) {
        return directory().resolve(file);
    }

    public static String read(String file) {
        try {
            return Files.readString(path(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
