package se.planledger.ops.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs a browser test class only when the system's Chromium and its chromedriver are installed (Debian's
 * {@code chromium}, {@code chromium-driver}); a browser is never downloaded at test time. Outside CI a missing
 * browser skips the class with a loud warning; in CI ({@code CI=true}) it fails the run.
 */
public class RequiresChromium implements ExecutionCondition {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium " + CHROMIUM + ", driver " + CHROMEDRIVER);
        }
        String why = CHROMIUM + " or " + CHROMEDRIVER + " is not installed (apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("The browser tests must run here (CI=true) but " + why);
        }
        System.err.println("""

                ************************************************************************
                *  SKIPPING BROWSER TESTS: %s
                *  The workspace's journeys in a real browser did NOT run.
                ************************************************************************
                """.formatted(why));
        return ConditionEvaluationResult.disabled("Chromium unavailable: " + why);
    }
}
