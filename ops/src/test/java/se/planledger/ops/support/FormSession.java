package se.planledger.ops.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's session with the workspace, as far as its forms need one: a demo user signed in (Basic), the session
 * cookie kept, the CSRF token taken from the last page read and sent with each form, redirects not followed (a
 * form's answer is where it leads). The flash attributes a form leaves are read by the page it leads to.
 */
public final class FormSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String root;
    private final String authorization;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrf;

    /** A session of the demo user {@code user} (its password is its name) with the application at {@code root}. */
    public FormSession(String root, String user) {
        this.root = root;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    /** The page's answer; its CSRF token, if it holds a form, is kept for the next post. */
    public HttpResponse<String> get(String path) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)).GET());
        Matcher token = CSRF.matcher(page.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return page;
    }

    /** The page's HTML; it must answer 200. */
    public String page(String path) {
        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).as("GET %s: %s", path, page.body()).isEqualTo(200);
        return page.body();
    }

    /** Posts the form's fields (URL-encoded) with the CSRF token of the last page read. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-CSRF-TOKEN", csrf == null ? "" : csrf).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts the form's fields and one file as multipart/form-data, as a browser sends a file upload. */
    public HttpResponse<String> postFile(String path, Map<String, String> fields, String fileName, byte[] file) {
        String boundary = "----ledger" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", csrf == null ? "" : csrf).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Where a form's answer leads (its redirect), without the host. */
    public static String location(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as("answer %s: %s", answer.statusCode(), answer.body()).isBetween(301, 303);
        String location = answer.headers().firstValue("Location").orElseThrow();
        return URI.create(location).getRawPath() + (URI.create(location).getRawQuery() == null ? ""
                : "?" + URI.create(location).getRawQuery());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.header("Authorization", authorization).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(root + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
