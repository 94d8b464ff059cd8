package se.planledger.ops.support;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.planledger.ops.app.LedgerApplication;

import java.util.ArrayList;
import java.util.List;

/**
 * One node of the ledger, started in this JVM on a random port against a given database, as a deployment runs
 * several behind a load balancer. Each node is a whole application context of its own (REST, Axon, processors).
 */
public final class LedgerNode implements AutoCloseable {

    private final String name;
    private final ConfigurableApplicationContext context;
    private final TestRestTemplate anonymous;

    private LedgerNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.anonymous = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
    }

    /**
     * @param extraSources configuration added to this node only (e.g. {@link WireCommandBus})
     * @param properties   more settings, {@code name=value}
     */
    public static LedgerNode start(String name, String databaseUrl, List<Class<?>> extraSources, String... properties) {
        System.setProperty(LedgerApplication.UPDATE_CHECKER_OFF, "true");
        List<String> settings = new ArrayList<>(List.of("spring.datasource.url=" + databaseUrl,
                "spring.datasource.username=" + TestPostgres.USER, "spring.datasource.password=" + TestPostgres.PASSWORD,
                "server.port=0", "spring.application.name=planledger-" + name));
        settings.addAll(List.of(properties));
        List<Class<?>> sources = new ArrayList<>(List.of(LedgerApplication.class));
        sources.addAll(extraSources);
        // As arguments: the builder's properties() would rank below application.yml and be ignored.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .run(settings.stream().map(setting -> "--" + setting).toArray(String[]::new));
        return new LedgerNode(name, context);
    }

    public String name() {
        return name;
    }

    /** A client signed in as a demo user ({@link DemoUsers}). */
    public TestRestTemplate as(String user) {
        return anonymous.withBasicAuth(user, user);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public boolean running() {
        return context.isActive();
    }

    @Override
    public void close() {
        context.close();
    }
}
