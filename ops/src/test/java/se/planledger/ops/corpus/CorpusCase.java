package se.planledger.ops.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request of a corpus data file (see {@code bad-inputs/README.md}): where it goes, the raw body exactly as
 * written (placeholders expanded by {@link CorpusFixtures}), and what the ledger must answer.
 */
record CorpusCase(String file, int index, String name, String method, String path, String contentType,
                  Map<String, String> headers, String body, int status, List<String> fields,
                  String read, String expect, List<CorpusCase> steps) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every case of every {@code *.json} under the classpath folder, file by file in name order. */
    static Map<String, List<CorpusCase>> load(String folder) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath:" + folder + "/*.json");
            List<Resource> sorted = new ArrayList<>(List.of(resources));
            sorted.sort(Comparator.comparing(Resource::getFilename));
            Map<String, List<CorpusCase>> files = new LinkedHashMap<>();
            for (Resource resource : sorted) {
                try (InputStream in = resource.getInputStream()) {
                    JsonNode cases = JSON.readTree(in);
                    List<CorpusCase> list = new ArrayList<>();
                    for (int i = 0; i < cases.size(); i++) {
                        list.add(of(resource.getFilename(), i, cases.get(i)));
                    }
                    files.put(resource.getFilename(), list);
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CorpusCase of(String file, int index, JsonNode node) {
        Map<String, String> headers = new LinkedHashMap<>();
        node.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
        List<String> fields = new ArrayList<>();
        JsonNode field = node.path("field");
        if (field.isArray()) {
            field.forEach(f -> fields.add(f.asText()));
        } else if (field.isTextual()) {
            fields.add(field.asText());
        }
        List<CorpusCase> steps = new ArrayList<>();
        JsonNode stepNodes = node.path("steps");
        for (int i = 0; i < stepNodes.size(); i++) {
            steps.add(of(file, index, stepNodes.get(i)));
        }
        return new CorpusCase(file, index, node.path("name").asText("step"), node.path("method").asText("POST"),
                node.path("path").asText(), node.hasNonNull("contentType") ? node.get("contentType").asText() : null,
                headers, node.hasNonNull("body") ? node.get("body").asText() : null, node.path("status").asInt(0),
                fields, node.hasNonNull("read") ? node.get("read").asText() : null,
                node.hasNonNull("expect") ? node.get("expect").asText() : null, steps);
    }

    /** A short unique key of the case within the run, used for the ids it creates ({@code ${uid}}). */
    String key() {
        return file.replace(".json", "").replaceAll("[^a-z]", "").substring(0, Math.min(3, file.length() - 5)) + index;
    }
}
