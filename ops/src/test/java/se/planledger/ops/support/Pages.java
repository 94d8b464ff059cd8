package se.planledger.ops.support;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** Reading the workspace's pages as HTML, once the demo data they show have reached the read models. */
public final class Pages {

    private Pages() {
    }

    /** The page's HTML once it answers 200 and shows {@code expected} (the demo data load at start-up). */
    public static String awaitPage(TestRestTemplate http, String path, String expected) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            ResponseEntity<String> page = http.getForEntity(path, String.class);
            return page.getStatusCode() == HttpStatus.OK ? page.getBody() : "";
        }, html -> html != null && html.contains(expected));
    }
}
