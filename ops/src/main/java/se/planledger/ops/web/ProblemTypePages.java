package se.planledger.ops.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import se.planledger.domain.rejection.UnknownItem;

/**
 * Where a problem's {@code type} URI leads: a small page, open to all, saying in Swedish and English what the
 * problem means and what to do. Plain HTML without styles or scripts, so it needs nothing from the workspace.
 */
@RestController
public class ProblemTypePages {

    @GetMapping(value = ProblemTypes.PATH + "{name}", produces = {MediaType.TEXT_HTML_VALUE, MediaType.ALL_VALUE})
    public ResponseEntity<String> explain(@PathVariable String name) {
        ProblemTypes.Explanation e = ProblemTypes.explain(name)
                .orElseThrow(() -> new UnknownItem("name", "no kind of problem is called " + name));
        String page = "<!DOCTYPE html>\n<html lang=\"sv\">\n<head><meta charset=\"utf-8\"><title>" + html(e.swedishTitle())
                + " / " + html(e.title()) + "</title></head>\n<body>\n"
                + "<h1>" + html(e.swedishTitle()) + " (" + e.status() + ")</h1>\n<p>" + html(e.swedish()) + "</p>\n"
                + "<h2 lang=\"en\">" + html(e.title()) + " (" + e.status() + ")</h2>\n<p lang=\"en\">" + html(e.english())
                + "</p>\n<p><code>" + html(ProblemTypes.PATH + e.name()) + "</code></p>\n</body>\n</html>\n";
        return ResponseEntity.status(HttpStatus.OK).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(page);
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
