package se.planledger.query.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/** The two runs of an {@link OnBothDatabases} test: one on H2, one on PostgreSQL (skipped or failed without a server). */
class BothDatabases implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BothDatabases.class);
    private static final AtomicInteger H2_DATABASES = new AtomicInteger();

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(new OnDatabase("H2", ignored -> "jdbc:h2:mem:query-test-" + H2_DATABASES.incrementAndGet()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", List.of()),
                new OnDatabase("PostgreSQL", test -> postgres(test).freshSchemaUrl(), QueryTestPostgres.USER,
                        QueryTestPostgres.PASSWORD, List.of(BothDatabases::whenPostgresIsThere)));
    }

    /** One PostgreSQL database per test run, dropped when the run ends (the root store closes it). */
    private static QueryTestPostgres postgres(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(QueryTestPostgres.class, type -> new QueryTestPostgres(), QueryTestPostgres.class);
    }

    private static ConditionEvaluationResult whenPostgresIsThere(ExtensionContext context) {
        String unavailable = postgres(context).unavailable();
        if (unavailable == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL is there");
        }
        if (QueryTestPostgres.required()) {
            throw new IllegalStateException("PostgreSQL is required here (CI=true) but " + unavailable);
        }
        return ConditionEvaluationResult.disabled("PostgreSQL unavailable: " + unavailable);
    }

    /** A run on one database: its name in the report, how to reach a fresh database, and when it may run. */
    private record OnDatabase(String name, Function<ExtensionContext, String> url, String user, String password, List<ExecutionCondition> conditions)
            implements TestTemplateInvocationContext, ParameterResolver {

        @Override
        public String getDisplayName(int invocationIndex) {
            return name;
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return Stream.concat(conditions.stream(), Stream.of(this)).map(Extension.class::cast).toList();
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == ReadSide.class;
        }

        /** The test's read side, closed with the test (the test's own store closes it). */
        @Override
        public ReadSide resolveParameter(ParameterContext parameter, ExtensionContext context) {
            ReadSide readSide = new ReadSide(url.apply(context), user, password);
            context.getStore(NAMESPACE).put(ReadSide.class, readSide);
            return readSide;
        }
    }
}
