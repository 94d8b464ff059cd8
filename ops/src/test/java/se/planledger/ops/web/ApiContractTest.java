package se.planledger.ops.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is complete enough to generate a client from: every operation has a readable unique id, a
 * summary and description, every parameter a description and an example, every answer it can give (refusals as the
 * problem document), files their media types, and no two answer shapes share a schema name.
 */
class ApiContractTest extends PostgresIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    JsonNode api;

    @BeforeEach
    void readTheDocument() {
        api = http.getForObject("/v3/api-docs", JsonNode.class);
    }

    /**
     * The client the build generates comes from the committed document; it must be this document. After a change of
     * the API, copy ops/target/openapi/ledger-api.json (written here) over ops/src/test/resources/openapi/.
     */
    @Test
    void theCommittedDocumentIsTheOneTheApiServes() throws IOException {
        ObjectNode served = api.deepCopy();
        served.remove("servers"); // the test server's random port
        Path written = Path.of("target", "openapi", "ledger-api.json");
        Files.createDirectories(written.getParent());
        Files.writeString(written, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
        JsonNode committed = JSON.readTree(Files.readString(Path.of("src", "test", "resources", "openapi", "ledger-api.json")));
        assertThat(committed).as("the committed document; copy " + written.toAbsolutePath() + " over it").isEqualTo(served);
    }

    @Test
    void theDocumentNamesTheApiAndBothWaysToSignIn() {
        assertThat(api.path("info").path("title").asText()).isEqualTo("Planning ledger API");
        assertThat(api.path("info").path("version").asText()).isNotBlank();
        assertThat(api.path("components").path("securitySchemes").path("basic").path("scheme").asText()).isEqualTo("basic");
        assertThat(api.path("components").path("securitySchemes").path("bearer").path("bearerFormat").asText()).isEqualTo("JWT");
        assertThat(api.path("components").path("schemas").path(ApiContract.PROBLEM).path("properties").has("field")).isTrue();
    }

    @Test
    void everyOperationIsDescribedWithItsParametersAndEveryAnswer() {
        List<String> missing = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        operations().forEach((name, operation) -> {
            String id = operation.path("operationId").asText();
            if (!id.matches("[a-z][A-Za-z0-9]+") || !ids.add(id)) {
                missing.add(name + ": operation id \"" + id + "\" is not a unique readable id");
            }
            for (String part : List.of("summary", "description")) {
                if (operation.path(part).asText().isBlank()) {
                    missing.add(name + ": no " + part);
                }
            }
            operation.path("parameters").forEach(parameter -> {
                if (parameter.path("description").asText().isBlank() || !parameter.has("example")) {
                    missing.add(name + ": parameter " + parameter.path("name").asText() + " lacks a description or an example");
                }
            });
            JsonNode responses = operation.path("responses");
            String role = operation.path(ApiContract.REQUIRED_ROLE).asText();
            if (role.isBlank() || !responses.path("403").path("description").asText().contains(": " + role)) {
                missing.add(name + ": names no role it needs (" + ApiContract.REQUIRED_ROLE + " and its 403)");
            }
            boolean write = !name.startsWith("get ");
            for (String code : write ? List.of("400", "401", "403", "409", "413", "422", "503") : List.of("400", "401", "403", "503")) {
                if (!responses.has(code)) {
                    missing.add(name + ": no " + code + " answer");
                } else if (!responses.path(code).path("content").path("application/problem+json").path("schema")
                        .path("$ref").asText().endsWith("/" + ApiContract.PROBLEM)) {
                    missing.add(name + ": its " + code + " is not the problem document");
                }
            }
            boolean revises = false;
            for (JsonNode parameter : operation.path("parameters")) {
                revises |= parameter.path("in").asText().equals("header") && parameter.path("name").asText().equals("If-Match");
            }
            if (revises && !responses.path("428").path("content").has("application/problem+json")) {
                missing.add(name + ": takes If-Match but names no 428 problem for a revision without it");
            }
            if (!responses.fieldNames().hasNext() || !hasSuccess(responses)) {
                missing.add(name + ": no success answer");
            }
            if (name.endsWith("/export") && !name.contains("/ops/")
                    && !responses.path("200").path("content").has(ApiContract.XLSX)) {
                missing.add(name + ": its file types are not named");
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void eachOperationNamesTheRoleTheSecurityChainAsksOf() {
        Map<String, JsonNode> operations = operations();
        Map<String, String> expected = Map.of(
                "get /api/v1/plans", "READER",
                "post /api/v1/plans", "PLANNER",
                "post /api/v1/framework-tables/{tableId}/import", "FINANCE",
                "post /api/v1/risk-registers/{registerId}/scales", "INTERNAL_CONTROL",
                "post /api/v1/ops/audits", "AUDITOR",
                "get /api/v1/ops/verification", "AUDITOR or ADMINISTRATOR",
                "post /api/v1/ops/rebuilds", "ADMINISTRATOR");
        expected.forEach((name, role) -> {
            assertThat(operations).as("an operation %s", name).containsKey(name);
            assertThat(operations.get(name).path(ApiContract.REQUIRED_ROLE).asText()).as(name).isEqualTo(role);
            assertThat(operations.get(name).path("responses").path("403").path("description").asText()).as(name)
                    .isEqualTo("Signed in without the role this needs: " + role + " (or a role that implies it)");
        });
    }

    @Test
    void noTwoAnswerShapesShareASchemaName() {
        Map<String, Set<String>> recordsByName = new TreeMap<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Record.class));
        for (String module : List.of("se.planledger.command", "se.planledger.query", "se.planledger.ops")) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(module)) {
                String name = candidate.getBeanClassName();
                if (!answerShape(name)) {
                    continue;
                }
                recordsByName.computeIfAbsent(name.substring(name.lastIndexOf('.') + 1).replaceAll(".*\\$", ""),
                        k -> new TreeSet<>()).add(name);
            }
        }
        Map<String, Set<String>> shared = new HashMap<>();
        api.path("components").path("schemas").fieldNames().forEachRemaining(schema -> {
            Set<String> records = recordsByName.getOrDefault(schema, Set.of());
            if (records.size() > 1) {
                shared.put(schema, records);
            }
        });
        assertThat(shared).isEmpty();
    }

    /** A public record of the application's (not of a test), which the document may show as a schema. */
    private static boolean answerShape(String className) {
        try {
            Class<?> type = Class.forName(className);
            return Modifier.isPublic(type.getModifiers()) && !className.replaceAll("\\$.*", "").endsWith("Test");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasSuccess(JsonNode responses) {
        for (Iterator<String> codes = responses.fieldNames(); codes.hasNext(); ) {
            if (codes.next().startsWith("2")) {
                return true;
            }
        }
        return false;
    }

    /** Every operation of the API by "method path". */
    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method ->
                operations.put(method.getKey() + " " + path.getKey(), method.getValue())));
        return operations;
    }
}
