package stikg.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Things a few tests need that a clone of the repository alone does not have: the seed brief (kept beside the
 * project, never copied into it), Debian's Chromium with its driver, HAProxy, Python 3. Where one is missing the test is
 * skipped with the reason printed; with {@code STIKG_STRICT_TESTS=1} (set by {@code .ci/run}, which installs them
 * all) a missing one fails the test instead, so CI can never pass by skipping.
 */
public final class Prerequisites {

    /** The environment variable that turns a missing prerequisite from a skip into a failure. */
    public static final String STRICT = "STIKG_STRICT_TESTS";

    /** The seed brief, beside the project as the shared folder lays it out. */
    public static final Path SEED_BRIEF = Path.of("..", "shared", "seeds", "000_35fc73cf533e72ef.txt");
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    public static final Path PYTHON = Path.of("/usr/bin/python3");

    private Prerequisites() {
    }

    /** The seed brief; skips (or, strict, fails) the calling test when it is not beside the project. */
    public static Path seedBrief() {
        require(Files.isRegularFile(SEED_BRIEF), "the seed brief is not at " + SEED_BRIEF
                + " (it lives outside the repository, in the shared folder beside it)");
        return SEED_BRIEF;
    }

    /** True when the seed brief is beside the project; for tests that do more with it than without. */
    public static boolean hasSeedBrief() {
        return Files.isRegularFile(SEED_BRIEF);
    }

    /** Chromium and chromedriver; skips (or, strict, fails) the calling test when either is missing. */
    public static void browser() {
        require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "no browser: " + CHROMIUM + " and "
                + CHROMEDRIVER + " are needed (apt-get install chromium chromium-driver fonts-noto-cjk; .ci/run does)");
    }

    /** HAProxy; skips (or, strict, fails) the calling test when it is missing. */
    public static Path haproxy() {
        require(Files.isExecutable(HAPROXY), "no HAProxy at " + HAPROXY + " (apt-get install haproxy; .ci/run does)");
        return HAPROXY;
    }

    /** Python 3, for running the README's client example; skips (or, strict, fails) the test when missing. */
    public static Path python() {
        require(Files.isExecutable(PYTHON), "no Python at " + PYTHON + " (apt-get install python3; .ci/run does)");
        return PYTHON;
    }

    /** Skips the calling test with {@code reason} printed, or fails it in strict mode, unless {@code present}. */
    public static void require(boolean present, String reason) {
        if (present) {
            return;
        }
        if (strict()) {
            fail(reason + " [" + STRICT + " is set, so a missing prerequisite fails]");
        }
        System.out.println("SKIPPED: " + reason);
        Assumptions.abort(reason);
    }

    static boolean strict() {
        String v = System.getenv(STRICT);
        return v != null && !v.isBlank() && !v.equals("0") && !v.equalsIgnoreCase("false");
    }
}
