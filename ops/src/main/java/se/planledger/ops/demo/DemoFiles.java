package se.planledger.ops.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the demo data files: YAML transcriptions of the seed documents, on the classpath under demo/. */
final class DemoFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder().addModule(new JavaTimeModule()).build();

    private DemoFiles() {
    }

    static <T> T read(String file, Class<T> type) {
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("the demo file " + file + " cannot be read", e);
        }
    }

    /** A demo file as it stands, for the imports that read their own layout (CSV). */
    static String text(String file) {
        try {
            return new ClassPathResource(file).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the demo file " + file + " cannot be read", e);
        }
    }
}
