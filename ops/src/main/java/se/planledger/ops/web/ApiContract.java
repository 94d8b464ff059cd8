package se.planledger.ops.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import se.planledger.ops.app.EndpointRoles;
import se.planledger.query.list.ListPage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The API's contract as a client generator reads it: title and version, both ways to sign in, the problem document
 * every refusal answers with, and on every operation a readable id, its parameters explained with an example, and
 * each answer it can give. The parts every operation shares are added here once; {@code ApiContractTest} fails when
 * an operation lacks any of them.
 */
@Configuration
public class ApiContract {

    public static final String PROBLEM = "Problem";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** What each parameter name means across the API, with an example from the demo data. */
    private static final Map<String, String[]> PARAMETERS = Map.ofEntries(
            Map.entry("planId", new String[]{"The plan's id", "rs-plan-2023-2025"}),
            Map.entry("itemId", new String[]{"A plan item's id, unique within its plan", "G1.F1.I1"}),
            Map.entry("indicatorId", new String[]{"An indicator's item id in the plan", "G1.F1.I1"}),
            Map.entry("tableId", new String[]{"A framework table's id", "ekonomisk-ram-2023"}),
            Map.entry("registerId", new String[]{"A risk register's id", "rs-riskbedomning"}),
            Map.entry("riskId", new String[]{"A risk's id within its register", "R3"}),
            Map.entry("actionId", new String[]{"An internal-control action's id within its plan", "A1"}),
            Map.entry("followUpId", new String[]{"A unit's financial follow-up for a year", "lsv1-2019"}),
            Map.entry("jobId", new String[]{"An ops job's id, as its start answered", "3f2c9b1e-0a4d-4c1e-9f57-2f0c6f5b8d21"}),
            Map.entry("year", new String[]{"The report or budget year", "2023"}),
            Map.entry("period", new String[]{"The reporting period: DÅ04, DÅ08, ÅR, T1, T2 or T3", "DÅ08"}),
            Map.entry("unit", new String[]{"The reporting unit, or a part of its name in any case; the whole region "
                    + "when none is named", "Hela regionen"}),
            Map.entry("format", new String[]{"The file format: csv (semicolons, UTF-8 with BOM, as Excel reads it) or "
                    + "xlsx", "xlsx"}),
            Map.entry("board", new String[]{"The board: RF (council), RS, RUN, PN or RD", "RS"}),
            Map.entry("body", new String[]{"The deciding body: RF (council), RS, RUN, PN or RD", "RS"}),
            Map.entry("perspective", new String[]{"A perspective of the plan (Samhälle, Medborgare, Verksamhet, "
                    + "Medarbetare, Ekonomi)", "Ekonomi"}),
            Map.entry("band", new String[]{"A risk band as the scale names it, or \"measures\" for those needing "
                    + "measures", "measures"}),
            Map.entry("recipient", new String[]{"A framework's recipient, or a part of its name in any case",
                    "Vårdval primärvård"}),
            Map.entry("reference", new String[]{"A decision reference", "Dnr 1043-2022"}),
            Map.entry("version", new String[]{"A plan version (drafts too)", "2"}),
            Map.entry("fromVersion", new String[]{"The plan version the difference starts from", "1"}),
            Map.entry("toVersion", new String[]{"The plan version the difference ends at", "2"}),
            Map.entry("fromAsOf", new String[]{"The date the difference starts from (as asOf)", "2023-03-01"}),
            Map.entry("toAsOf", new String[]{"The date the difference ends at (as asOf)", "2023-08-01"}),
            Map.entry("fromKnownAt", new String[]{"What the ledger knew at the start (as knownAt)", "2023-05-15"}),
            Map.entry("toKnownAt", new String[]{"What the ledger knew at the end (as knownAt)", "2023-12-31"}),
            Map.entry("subtree", new String[]{"Limits the difference to this item and everything under it", "G1"}),
            Map.entry("asOf", new String[]{"The date at which facts are in force; default today (Swedish time)",
                    "2023-03-01"}),
            Map.entry("knownAt", new String[]{"What the ledger had recorded at this moment: an instant, a Swedish local "
                    + "time or a date (the end of that day); default now", "2023-05-15T12:00:00Z"}),
            Map.entry("since", new String[]{"A head seal written down before, <globalIndex>:<seal>: the chain must "
                    + "extend it", "292:5d1c0e…"}),
            Map.entry("group", new String[]{"A processing group; all when none is named", "plan-tree"}),
            Map.entry("mode", new String[]{"decide (a new table) or revise (a new version of the table)", "decide"}),
            Map.entry("title", new String[]{"The table's title as printed", "Ekonomisk ram 2023"}),
            Map.entry("amountUnit", new String[]{"The table's amount unit: kr, tkr or mnkr", "mnkr"}),
            Map.entry("decimals", new String[]{"How many decimals the table states", "1"}),
            Map.entry("decisionDate", new String[]{"The day the decision was made", "2022-06-15"}),
            Map.entry("effectiveDate", new String[]{"The day the decision takes effect", "2023-01-01"}),
            Map.entry("page", new String[]{ListPage.PAGE_HELP, "1"}),
            Map.entry("size", new String[]{ListPage.SIZE_HELP, "100"}),
            Map.entry("If-Match", new String[]{"The revision read (the ETag), so a change made since is not overwritten; "
                    + "a revision without it is refused (428), with a stale one refused (409); * for whatever is there now",
                    "\"1\""}),
            Map.entry("Idempotency-Key", new String[]{"A key of the client's choosing: a repeat gets the first answer "
                    + "and records nothing", "9b2f4c1a-5e8d-4f7a-b3c6-1d2e3f4a5b6c"}),
            Map.entry("Content-Type", new String[]{"The file's type: text/csv or the XLSX type; told by its content "
                    + "when absent", "text/csv"}));

    private static final String IF_MATCH = "If-Match";

    /** The extension naming the role an operation needs, for a client or a reviewer to read without the prose. */
    public static final String REQUIRED_ROLE = "x-required-role";

    @Bean
    public OpenAPI ledgerApi() {
        return new OpenAPI()
                .info(new Info().title("Planning ledger API").version("1")
                        .description("A Swedish region's plan as an event-sourced ledger: goals, indicators, budget "
                                + "frameworks, risks and internal control, decided and followed up. Every read answers "
                                + "as of a date (asOf) and as known at a moment (knownAt); every refusal is an RFC 7807 "
                                + "problem document."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The built-in users (demo and tests)"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("A token of the organisation's identity provider"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Readable operation ids, parameters explained, every answer the operation can give. */
    @Bean
    public OperationCustomizer ledgerOperations() {
        return (operation, handler) -> {
            operation.setOperationId(operationId(handler));
            if (operation.getDescription() == null) {
                operation.setDescription(operation.getSummary());
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(ApiContract::explain);
            }
            answers(operation, handler);
            return operation;
        };
    }

    /**
     * Each operation names the role it needs, from the table the security chain enforces ({@link EndpointRoles}): in
     * its 403 answer and as {@value #REQUIRED_ROLE}. A role that implies it (every role reads) does as well.
     */
    @Bean
    public OpenApiCustomizer requiredRoles() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                String role = EndpointRoles.of(HttpMethod.valueOf(method.name()), path);
                operation.addExtension(REQUIRED_ROLE, role);
                ApiResponse refused = operation.getResponses() == null ? null : operation.getResponses().get("403");
                if (refused != null) {
                    refused.setDescription("Signed in without the role this needs: " + role
                            + " (or a role that implies it)");
                }
            }));
        };
    }

    /**
     * A sealed kind (an item's content, a target's form) named by its discriminator wherever it is used, instead of an
     * anonymous "one of" its kinds: a client generator then reads the kind from the "kind" property.
     */
    @Bean
    public OpenApiCustomizer sealedKindsByDiscriminator() {
        return api -> {
            Map<String, Schema> schemas = api.getComponents().getSchemas();
            Map<Set<String>, String> parents = new HashMap<>();
            schemas.forEach((name, schema) -> {
                if (schema.getDiscriminator() != null) {
                    Set<String> kinds = new HashSet<>();
                    schemas.forEach((kind, sub) -> {
                        if (sub.getAllOf() != null && sub.getAllOf().stream()
                                .anyMatch(part -> ((Schema<?>) part).get$ref() != null
                                        && ((Schema<?>) part).get$ref().endsWith("/" + name))) {
                            kinds.add("#/components/schemas/" + kind);
                        }
                    });
                    parents.put(kinds, name);
                }
            });
            schemas.values().forEach(schema -> byDiscriminator(schema, parents));
            if (api.getPaths() != null) {
                api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                    if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                        operation.getRequestBody().getContent().values()
                                .forEach(media -> media.setSchema(byDiscriminator(media.getSchema(), parents)));
                    }
                }));
            }
        };
    }

    /** The schema with every "one of" that lists exactly a sealed kind's members replaced by that kind. */
    private static Schema byDiscriminator(Schema schema, Map<Set<String>, String> parents) {
        if (schema == null) {
            return null;
        }
        if (schema.getOneOf() != null) {
            Set<String> members = new HashSet<>();
            for (Object member : schema.getOneOf()) {
                members.add(((Schema<?>) member).get$ref());
            }
            String parent = parents.get(members);
            if (parent != null) {
                return new Schema<>().$ref("#/components/schemas/" + parent);
            }
        }
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = schema.getProperties();
            properties.replaceAll((name, property) -> byDiscriminator(property, parents));
        }
        if (schema.getItems() != null) {
            schema.setItems(byDiscriminator(schema.getItems(), parents));
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            schema.setAdditionalProperties(byDiscriminator(values, parents));
        }
        return schema;
    }

    /**
     * The prefix of a controller's operations where it differs from the controller's name: operation ids are the
     * published contract (a generated client's method names), so a controller renamed keeps the ids it published.
     */
    private static final Map<String, String> PUBLISHED_PREFIXES = Map.of("FollowUpQueryController", "InterimReport");

    /** "PlanQueryController#tree" becomes "planTree": the area and what the operation does. */
    static String operationId(HandlerMethod handler) {
        String name = handler.getBeanType().getSimpleName();
        String area = PUBLISHED_PREFIXES.getOrDefault(name, name.replaceAll("(Query|Command)?Controller$", ""));
        String method = handler.getMethod().getName();
        return Character.toLowerCase(area.charAt(0)) + area.substring(1) + Character.toUpperCase(method.charAt(0))
                + method.substring(1);
    }

    private static void explain(Parameter parameter) {
        String[] doc = PARAMETERS.get(parameter.getName());
        if (doc == null) {
            return;
        }
        if (parameter.getDescription() == null) {
            parameter.setDescription(doc[0]);
        }
        if (parameter.getExample() == null) {
            parameter.setExample(doc[1]);
        }
    }

    private static void answers(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean read = handler.hasMethodAnnotation(GetMapping.class);
        boolean namesSomething = Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
        problem(responses, "400", "Bad input: the problem names the field or parameter and why");
        problem(responses, "401", "Not signed in");
        problem(responses, "403", "Signed in without the role this needs");
        if (namesSomething) {
            problem(responses, "404", "Nothing with that id, or not in force at asOf as known at knownAt");
        }
        if (!read) {
            problem(responses, "409", "A duplicate id, or a change made since the revision read (If-Match)");
            if (operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> "header".equals(p.getIn()) && IF_MATCH.equalsIgnoreCase(p.getName()))) {
                problem(responses, "428", "A revision without If-Match: read it first and send its ETag");
            }
            problem(responses, "413", "The body or file is larger than the ledger takes");
            problem(responses, "422", "A rule of the ledger refuses it; nothing was recorded");
        }
        problem(responses, "503", "The store is unreachable for now: retry after the Retry-After seconds");
        if (handler.getMethod().getReturnType() == ResponseEntity.class && spreadsheet(handler)) {
            ApiResponse ok = responses.computeIfAbsent("200", code -> new ApiResponse().description("The file"));
            ok.setContent(new Content().addMediaType("text/csv", new MediaType().schema(new StringSchema()))
                    .addMediaType(XLSX, new MediaType().schema(new BinarySchema())));
        }
        if (read && !spreadsheet(handler) && handler.getBeanType() != OpsController.class) {
            responses.putIfAbsent("304", new ApiResponse().description("Unchanged since the ETag sent in If-None-Match"));
        }
        if (read && operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "query".equals(p.getIn()) && "size".equals(p.getName()))) {
            ApiResponse ok = responses.computeIfAbsent("200", code -> new ApiResponse().description("OK"));
            ok.addHeaderObject(ListPage.TOTAL, new Header().description("How many entries the list holds in all, "
                    + "of which this page answers at most size").schema(new IntegerSchema()));
        }
        operation.setResponses(responses);
    }

    /** An export of a table: answers CSV or XLSX as its format parameter asks. */
    private static boolean spreadsheet(HandlerMethod handler) {
        return handler.getMethod().getName().toLowerCase().contains("export")
                && Arrays.stream(handler.getMethod().getParameters()).anyMatch(p -> p.getName().equals("format"));
    }

    private static void problem(ApiResponses responses, String code, String description) {
        responses.putIfAbsent(code, new ApiResponse().description(description).content(new Content()
                .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri-reference").description("What kind of problem: /problems/<kind>"));
        properties.put("title", new StringSchema().description("The kind of problem in words"));
        properties.put("status", new IntegerSchema().description("The HTTP status"));
        properties.put("detail", new StringSchema().description("Why, in words"));
        properties.put("instance", new StringSchema().format("uri-reference").description("The request's path"));
        properties.put("field", new StringSchema().description("The field or parameter as it was sent"));
        properties.put("incident", new StringSchema().description("For an internal error: the id to quote to support"));
        ObjectSchema rowError = new ObjectSchema();
        rowError.addProperty("row", new IntegerSchema().description("The row, counted from 1 (a file's line)"));
        rowError.addProperty("field", new StringSchema().description("The field or column"));
        rowError.addProperty("reason", new StringSchema().description("Why it cannot be recorded"));
        properties.put("errors", new ArraySchema().items(rowError)
                .description("For a file or batch: every bad row, its field and reason"));
        ObjectSchema schema = new ObjectSchema();
        schema.setProperties(properties);
        schema.setDescription("An RFC 7807 problem document: what went wrong, where and why; nothing was recorded");
        return schema;
    }
}
