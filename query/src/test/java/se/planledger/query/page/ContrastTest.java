package se.planledger.query.page;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace's colours as its style sheet states them, read against the backgrounds the pages put text on:
 * every pair keeps WCAG's contrast of at least 4.5:1 for normal text, so a finance controller reads a red "Ej uppnått"
 * in a goal's grey row, or a risk's score in the matrix's highest band, as easily as the body text.
 */
class ContrastTest {

    /** WCAG 2.1, success criterion 1.4.3, for text of normal size. */
    private static final double NORMAL_TEXT = 4.5;

    private static final String PAGE = "#ffffff";

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("([\\w-]+)\\s*:\\s*([^;]+)");
    private static final Pattern VARIABLE = Pattern.compile("var\\(--([\\w-]+)\\)");
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private final Map<String, Map<String, String>> sheet = read("/static/css/workspace.css");

    @Test
    void everyTextColourOfTheSheetReadsOnThePage() {
        List<String> failing = new ArrayList<>();
        sheet.forEach((selector, declarations) -> {
            String colour = declarations.get("color");
            if (colour != null && !declarations.containsKey("background") && !declarations.containsKey("background-color")) {
                check(failing, selector + " on the page", colour, PAGE);
            }
        });
        assertThat(sheet).as("the rules read from the sheet").hasSizeGreaterThan(30);
        assertThat(failing).isEmpty();
    }

    @Test
    void theTextOnEachColouredBackgroundReads() {
        List<String> failing = new ArrayList<>();
        // The header: the menu's links, the time pickers' help, the time points, the banners and receipts in it.
        for (String text : List.of("body", "a", "form.time .help", ".in-force")) {
            check(failing, text + " in the header", text(text), background("header.workspace"));
        }
        for (String box : List.of(".banner", ".receipt", ".refusal")) {
            check(failing, "text in " + box, text("body"), background(box));
            check(failing, "a link in " + box, text("a"), background(box));
        }
        check(failing, "a table's column headings", text("body"), background("thead th"));
        check(failing, "a perspective's row in the report", text("body"), background("tr.perspective th"));
        // A goal's row of the interim report carries its judgement as a traffic light.
        for (String light : List.of(".light-met", ".light-partly_met", ".light-not_met", ".light-none")) {
            check(failing, light + " in a goal's row", text(light), background("tr.goal td"));
        }
        check(failing, "a goal's name", text("body"), background("tr.goal th"));
        // The reconciliation's marked cells: the figure and, smaller, the residual.
        for (String cell : List.of("td.rounding", "td.mismatch")) {
            check(failing, "the figure in " + cell, text("body"), background(cell));
            check(failing, "the residual in " + cell, text(".residual"), background(cell));
        }
        // The risk matrix: each band's cells hold the score, the count and links to the risks; the legend names them.
        for (String band : List.of("table.matrix td.band-0", "table.matrix td.band-1", "table.matrix td.band-2")) {
            check(failing, "the score in " + band, text("table.matrix .score"), background(band));
            check(failing, "the count in " + band, text("body"), background(band));
            check(failing, "a risk's link in " + band, text("a"), background(band));
        }
        for (String band : List.of(".legend .band-0", ".legend .band-1", ".legend .band-2",
                "table.register td.band", "table.register tr.needs-measures td.band")) {
            check(failing, "the band's name in " + band, text("body"), background(band));
        }
        assertThat(failing).isEmpty();
    }

    @Test
    void theContrastIsWcagsRatioOfRelativeLuminances() {
        assertThat(ratio("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(ratio("#777777", "#ffffff")).isBetween(4.47, 4.49); // the grey that famously just fails
        assertThat(ratio("#ffffff", "#ffffff")).isEqualTo(1.0);
    }

    private void check(List<String> failing, String what, String text, String background) {
        double ratio = ratio(text, background);
        if (ratio < NORMAL_TEXT) {
            failing.add("%s: %s on %s is %.2f:1".formatted(what, text, background, ratio));
        }
    }

    /** The text colour a rule sets, as a hex colour. */
    private String text(String selector) {
        return colour(selector, "color");
    }

    /** The background colour a rule sets, as a hex colour. */
    private String background(String selector) {
        Map<String, String> declarations = rule(selector);
        return colour(selector, declarations.containsKey("background-color") ? "background-color" : "background");
    }

    private String colour(String selector, String property) {
        String value = rule(selector).get(property);
        assertThat(value).as("%s { %s } in workspace.css", selector, property).isNotNull();
        Matcher hex = HEX.matcher(value);
        assertThat(hex.find()).as("%s { %s: %s } is a colour", selector, property, value).isTrue();
        return hex.group().toLowerCase();
    }

    private Map<String, String> rule(String selector) {
        Map<String, String> declarations = sheet.get(selector);
        assertThat(declarations).as("the rule %s in workspace.css", selector).isNotNull();
        return declarations;
    }

    /** Each selector's declarations, variables resolved (a later rule for the same selector adds to it, as in CSS). */
    private static Map<String, Map<String, String>> read(String resource) {
        String css;
        try (InputStream in = Objects.requireNonNull(ContrastTest.class.getResourceAsStream(resource), resource)) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> variables = new LinkedHashMap<>();
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            Map<String, String> declarations = new LinkedHashMap<>();
            Matcher declaration = DECLARATION.matcher(rule.group(2));
            while (declaration.find()) {
                declarations.put(declaration.group(1).trim(), declaration.group(2).trim());
            }
            if (rule.group(1).trim().equals(":root")) {
                declarations.forEach((name, value) -> variables.put(name.replaceFirst("^--", ""), value));
                continue;
            }
            for (String selector : rule.group(1).split(",")) {
                rules.computeIfAbsent(selector.trim().replaceAll("\\s+", " "), s -> new LinkedHashMap<>()).putAll(declarations);
            }
        }
        rules.values().forEach(declarations -> declarations.replaceAll((property, value) ->
                VARIABLE.matcher(value).replaceAll(v -> Matcher.quoteReplacement(
                        Objects.requireNonNull(variables.get(v.group(1)), "the variable --" + v.group(1))))));
        return rules;
    }

    /** WCAG's contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the lighter and the darker colour's relative luminance. */
    static double ratio(String one, String other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
