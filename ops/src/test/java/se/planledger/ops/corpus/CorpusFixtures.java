package se.planledger.ops.corpus;

import se.planledger.ops.support.DemoUsers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends corpus requests byte for byte as the demo user "planner" and creates what they need to hit: the shared
 * targets of a run (a drafted plan, an adopted plan with an outcome, a risk register with a risk, an adopted
 * control plan, a framework table, a financial follow-up) and, per case, fresh targets a wrongly accepted request
 * could otherwise spoil for the cases after it. Everything gets ids of its own ({@code cx<run>-...}); demo data are
 * only named where a case must collide with them (duplicate ids).
 *
 * <p>Placeholders in paths, headers and bodies: {@code ${run}}, {@code ${uid}} (unique per case), {@code ${today}},
 * {@code ${yesterday}}, {@code ${tomorrow}}, {@code ${repeat:N}} (N times "x"), {@code ${repeat:N:s}} (N times s),
 * the shared targets {@code ${draftPlan}}, {@code ${adoptedPlan}}, {@code ${register}}, {@code ${risk}},
 * {@code ${controlPlan}}, {@code ${table}}, {@code ${followUp}}, and per case {@code ${fresh:draftPlan}},
 * {@code ${fresh:revisionDraft}}, {@code ${fresh:item}} (an activity in the shared draft), {@code ${fresh:table}},
 * {@code ${fresh:risk}}, {@code ${fresh:action}} (an open action of the shared control plan).
 */
final class CorpusFixtures {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    record Answer(int status, String contentType, String body) {
    }

    private final String base;
    private final String run;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> shared = new HashMap<>();
    private int freshCount;

    CorpusFixtures(int port) {
        this.base = "http://localhost:" + port;
        this.run = UUID.randomUUID().toString().substring(0, 6);
    }

    String run() {
        return run;
    }

    // ---- sending -------------------------------------------------------------------------------------------------

    Answer send(String method, String path, String contentType, Map<String, String> headers, String body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                // The corpora cover every write endpoint: the administrator may use them all.
                .header("Authorization", DemoUsers.basic("admin"))
                .header("Accept", "application/json, application/problem+json")
                .method(method, publisher);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            // A server that closes the connection on a huge body answers nothing: that is a failure to report, not to throw.
            return new Answer(-1, "", "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer get(String path) {
        return get(path, "reader");
    }

    /** Reads as another demo user: the ops jobs' results are for auditors. */
    Answer get(String path, String user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", DemoUsers.basic(user)).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void setUp(String method, String path, String json) {
        Answer answer = send(method, path, "application/json", Map.of(), json);
        if (answer.status() < 200 || answer.status() > 299) {
            throw new IllegalStateException("corpus setup failed: " + method + " " + path + " " + json + " -> "
                    + answer.status() + " " + answer.body());
        }
    }

    // ---- placeholders --------------------------------------------------------------------------------------------

    /** Expands the placeholders of one case; fresh targets are created once per case and key. */
    String expand(String text, CorpusCase c, Map<String, String> fresh) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), c, fresh)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(String name, CorpusCase c, Map<String, String> fresh) {
        LocalDate today = LocalDate.now(SWEDEN);
        if (name.startsWith("repeat:")) {
            String[] parts = name.split(":", 3);
            return (parts.length == 3 ? parts[2] : "x").repeat(Integer.parseInt(parts[1]));
        }
        if (name.startsWith("fresh:")) {
            return fresh.computeIfAbsent(name, n -> createFresh(n.substring(6)));
        }
        return switch (name) {
            case "run" -> run;
            case "uid" -> "cx" + run + "-" + c.key();
            case "today" -> today.toString();
            case "yesterday" -> today.minusDays(1).toString();
            case "tomorrow" -> today.plusDays(1).toString();
            default -> shared(name);
        };
    }

    private synchronized String shared(String name) {
        String id = shared.get(name);
        if (id != null) {
            return id;
        }
        id = "cx" + run + "-" + name.toLowerCase();
        switch (name) {
            case "draftPlan" -> draftPlan(id);
            case "adoptedPlan" -> {
                adoptedPlan(id);
                setUp("POST", "/api/v1/plans/" + id + "/outcomes", """
                        {"indicatorId":"G1.F1.I1","unit":"Korpusenheten","year":2023,"period":"DÅ04",
                         "values":{"total":10,"women":4,"men":6},"source":"Datalager"}""");
            }
            case "register" -> {
                setUp("POST", "/api/v1/risk-registers/" + id + "/scales", """
                        {"board":"RS","effectiveFrom":"2023-01-01","scale":{"version":1,"maxConsequence":4,"maxProbability":4,
                         "bands":[{"name":"Kräver ingen särskild åtgärd","from":1,"to":8,"needsMeasures":false},
                                  {"name":"Kräver åtgärder","from":9,"to":16,"needsMeasures":true}]}}""");
            }
            case "risk" -> {
                String register = shared("register");
                id = "R1";
                risk(register, id);
            }
            case "controlPlan" -> setUp("POST", "/api/v1/control-plans", """
                    {"planId":"%s","board":"RS","year":2023,
                     "points":[{"pointId":"P1","what":"Attestordning","performer":"Ekonomistaben","method":"Stickprov",
                                "timing":"Mars","coversRisks":["R1"]},
                               {"pointId":"P2","what":"Bisysslor","performer":"HR-staben","method":"Jämförelse"}],
                     "decision":{"body":"RS","reference":"Dnr 100-2022","decisionDate":"2022-12-07","effectiveDate":"2023-01-01"}}"""
                    .formatted(id));
            case "table" -> table(id);
            case "followUp" -> setUp("POST", "/api/v1/financial-outcomes", """
                    {"followUpId":"%s","unit":"Korpusdivisionen","year":2023,"period":"DÅ04",
                     "figures":{"periodResult":-1.5,"periodTarget":0,"annualForecast":-3,"annualTarget":0,"amountUnit":"mnkr"},
                     "source":"Delårsrapport april 2023"}""".formatted(id));
            default -> throw new IllegalArgumentException("unknown placeholder ${" + name + "}");
        }
        shared.put(name, id);
        return id;
    }

    private synchronized String createFresh(String kind) {
        String id = "cx" + run + "-f" + (++freshCount);
        switch (kind) {
            case "draftPlan" -> draftPlan(id);
            case "revisionDraft" -> {
                adoptedPlan(id);
                setUp("POST", "/api/v1/plans/" + id + "/drafts", null);
            }
            case "item" -> setUp("POST", "/api/v1/plans/" + shared("draftPlan") + "/items", """
                    {"itemId":"%s","parentId":"G1.F1","content":{"kind":"ACTIVITY","name":"Aktivitet att avveckla"}}"""
                    .formatted(id));
            case "table" -> table(id);
            case "risk" -> risk(shared("register"), id);
            case "action" -> setUp("POST", "/api/v1/control-plans/" + shared("controlPlan") + "/controls", """
                    {"controlId":"k-%1$s","pointId":"P1","performedOn":"2023-03-01","performer":"Ekonomistaben",
                     "result":"DEVIATION","evidence":"Stickprov 12 av 40","comment":"Två attester saknades",
                     "action":{"actionId":"%1$s","what":"Komplettera attesterna","owner":"Ekonomichefen","dueDate":"2023-06-30"}}"""
                    .formatted(id));
            default -> throw new IllegalArgumentException("unknown fresh target ${fresh:" + kind + "}");
        }
        return id;
    }

    private void draftPlan(String id) {
        setUp("POST", "/api/v1/plans", """
                {"planId":"%s","title":"Korpusplan 2023–2025","board":"RS","firstYear":2023,"lastYear":2025}""".formatted(id));
        String items = "/api/v1/plans/" + id + "/items";
        setUp("POST", items, """
                {"itemId":"G1","content":{"kind":"STRATEGIC_GOAL","perspective":"Samhälle","name":"Ett livskraftigt län","boards":["RS"]}}""");
        setUp("POST", items, """
                {"itemId":"G1.F1","parentId":"G1","content":{"kind":"SUCCESS_FACTOR","name":"Attraktiva livsmiljöer"}}""");
        setUp("POST", items, """
                {"itemId":"G1.F1.I1","parentId":"G1.F1","content":{"kind":"INDICATOR","name":"Antal vårdkontakter",
                 "unit":"antal","source":"Datalager","periods":["DÅ04","DÅ08","ÅR"],"baseline":"2021 K: 2403 M: 2515",
                 "targets":{"2023":"Öka","2025":"Öka"},"genderSplit":true}}""");
        setUp("POST", items, """
                {"itemId":"G1.F1.A1","parentId":"G1.F1","content":{"kind":"ACTIVITY","name":"Servicepunkter i glesbygd"}}""");
        setUp("POST", items, """
                {"itemId":"U1","content":{"kind":"ASSIGNMENT","name":"Utred nära vård","boards":["RS"]}}""");
    }

    private void adoptedPlan(String id) {
        draftPlan(id);
        setUp("POST", "/api/v1/plans/" + id + "/adoption", """
                {"body":"RS","reference":"Dnr 1043-2022","decisionDate":"2022-06-15","effectiveDate":"2023-01-01"}""");
    }

    private void table(String id) {
        setUp("POST", "/api/v1/framework-tables", """
                {"tableId":"%s","figures":{"title":"Korpusram 2023","amountUnit":"mnkr","decimals":1,"year":2023,
                 "columns":[{"name":"Ram föregående år","role":"OPENING"},{"name":"Löne- & prisindex","role":"COMPONENT"},
                            {"name":"Ram","role":"CLOSING"}],
                 "rows":[{"label":"Enhet A","amounts":[10.0,1.0,11.0]},{"label":"Totalt","amounts":[10.0,1.0,11.0],"total":true}]},
                 "decision":{"body":"RS","reference":"Dnr 200-2022","decisionDate":"2022-11-20","effectiveDate":"2023-01-01"}}"""
                .formatted(id));
    }

    private void risk(String register, String riskId) {
        setUp("POST", "/api/v1/risk-registers/" + register + "/risks", """
                {"riskId":"%s","subject":{"kind":"SUCCESS_FACTOR","name":"Attraktiva livsmiljöer","perspective":"Samhälle",
                 "goal":"Ett livskraftigt län"},"planPeriod":"2023–2025",
                 "description":{"whatCanHappen":"Verksamhet koncentreras","consequence":"Ojämlik vård","causes":"Rekrytering",
                  "measures":"Servicepunkter","controlMethod":"Uppföljning","owner":"Regiondirektören"},
                 "consequence":3,"probability":2,"assessedOn":"2023-01-01","assessor":"Regionstyrelsen"}""".formatted(riskId));
    }
}
