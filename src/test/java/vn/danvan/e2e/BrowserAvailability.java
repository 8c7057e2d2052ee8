package vn.danvan.e2e;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides whether browser tests can run. Without Chromium or chromedriver they are skipped, and one line says so on
 * standard output (once per run, so that a green build does not hide that they never ran). With
 * {@code DANVAN_E2E=required}, as in CI, they run regardless and fail before the application starts.
 */
final class BrowserAvailability implements ExecutionCondition, BeforeAllCallback {

    private static final AtomicBoolean announced = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        var problem = BrowserInstallation.fromEnvironment().problem();
        if (problem.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
        }
        if (BrowserInstallation.required()) {
            return ConditionEvaluationResult.enabled("DANVAN_E2E=required: a missing browser is a failure");
        }
        String notice = "Browser tests skipped: " + problem.get() + ". " + BrowserInstallation.INSTALL_HINT;
        if (announced.compareAndSet(false, true)) {
            System.out.println();
            System.out.println("*** " + notice);
            System.out.println();
        }
        return ConditionEvaluationResult.disabled(notice);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        BrowserInstallation.fromEnvironment().problem().ifPresent(problem -> {
            throw new IllegalStateException("Browser tests are required (DANVAN_E2E=required) but " + problem
                    + ". Install Debian packages chromium and chromium-driver (apt-get install chromium"
                    + " chromium-driver), or point CHROMIUM_BIN and CHROMEDRIVER_BIN at them.");
        });
    }
}
