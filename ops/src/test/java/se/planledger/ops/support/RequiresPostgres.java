package se.planledger.ops.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when the test PostgreSQL database is there. Outside CI a missing server skips the
 * class with a loud warning; in CI it fails the run, because H2 alone never proves a storage feature.
 */
public class RequiresPostgres implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestPostgres.available()) {
            return ConditionEvaluationResult.enabled("PostgreSQL test database " + TestPostgres.url());
        }
        String why = TestPostgres.failure();
        if (TestPostgres.required()) {
            throw new IllegalStateException("PostgreSQL is required here (CI=true) but " + why);
        }
        System.err.println("""

                ************************************************************************
                *  SKIPPING POSTGRESQL TESTS: %s
                *  Storage, projection and REST tests did NOT run. Start PostgreSQL to run them.
                ************************************************************************
                """.formatted(why));
        return ConditionEvaluationResult.disabled("PostgreSQL unavailable: " + why);
    }
}
