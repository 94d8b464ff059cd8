package se.planledger.ops.page;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import se.planledger.ops.support.BrowserTest;
import se.planledger.ops.support.FormSession;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every page of the workspace on the demo data, signed in as the administrator (who is offered every form), read
 * as a screen reader, a keyboard and a laptop read it: one language, one h1, a title, a skip link that is the
 * first stop of Tab, a label for every field, a caption and scoped headers for every table, a text for every
 * chart and link, no id twice; no sideways scrolling at 1366×768 but inside a table's own scrolling box; and no
 * page that takes the server more than a second.
 */
class AccessibilityTest extends BrowserTest {

    /** A guard against a pathologic page, not a benchmark: the issue asks for "well under a second". */
    private static final Duration SLOWEST_ALLOWED = Duration.ofSeconds(1);

    /** Run in the page: what a screen reader or a keyboard user would miss, one line each. */
    private static final String CHECKS = """
            const problems = [];
            const text = e => (e.textContent || '').trim();
            const named = e => (e.getAttribute('aria-label') || '').trim() !== ''
                || (e.getAttribute('aria-labelledby') || '').split(/\s+/).some(id => id && document.getElementById(id)
                    && text(document.getElementById(id)) !== '');
            if (document.documentElement.lang !== 'sv') problems.push('html lang is "' + document.documentElement.lang + '", not "sv"');
            const h1s = document.querySelectorAll('h1').length;
            if (h1s !== 1) problems.push(h1s + ' h1 elements, not one');
            if (document.title.trim() === '') problems.push('no title');
            document.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]), select, textarea')
                .forEach(f => {
                    const labelled = named(f) || f.closest('label')
                        || (f.id && document.querySelector('label[for="' + CSS.escape(f.id) + '"]'));
                    if (!labelled) problems.push('field without a label: ' + f.outerHTML.slice(0, 120));
                });
            document.querySelectorAll('[aria-invalid=true]').forEach(f => {
                if (!(f.getAttribute('aria-describedby') || '').split(/\s+/).some(id => id && document.getElementById(id)
                        && text(document.getElementById(id)) !== ''))
                    problems.push('a field marked invalid without the reason as its description: ' + f.outerHTML.slice(0, 120));
            });
            document.querySelectorAll('table').forEach(t => {
                const caption = t.querySelector(':scope > caption');
                if (!(caption && text(caption) !== '') && !named(t))
                    problems.push('table without a caption or aria-label: ' + t.outerHTML.slice(0, 120));
                t.querySelectorAll('th').forEach(th => {
                    if (!['col', 'row', 'colgroup', 'rowgroup'].includes(th.getAttribute('scope')))
                        problems.push('th without a scope: ' + th.outerHTML.slice(0, 120));
                });
            });
            document.querySelectorAll('img').forEach(i => {
                if (!i.hasAttribute('alt')) problems.push('img without alt: ' + i.outerHTML.slice(0, 120));
            });
            document.querySelectorAll('canvas, svg').forEach(c => {
                const described = c.closest('[role=img][aria-label]');
                const table = c.closest('main') && c.closest('main').querySelector('table');
                if (!described && !table) problems.push('chart without a text alternative: ' + c.outerHTML.slice(0, 120));
            });
            document.querySelectorAll('a[href]').forEach(a => {
                const img = a.querySelector('img[alt]');
                if (text(a) === '' && !named(a) && !(img && img.alt.trim() !== ''))
                    problems.push('link without text: ' + a.outerHTML.slice(0, 120));
            });
            const ids = {};
            document.querySelectorAll('[id]').forEach(e => ids[e.id] = (ids[e.id] || 0) + 1);
            Object.entries(ids).filter(([, n]) => n > 1).forEach(([id, n]) => problems.push('id "' + id + '" ' + n + ' times'));
            return problems;
            """;

    /** Run in a page of the workspace (not the sign-in form, which starts in its first field): the way past the menu. */
    private static final String SKIP_LINK = """
            const problems = [];
            if (!document.querySelector('a.skip[href="#innehall"]')) problems.push('no skip link to #innehall');
            if (!document.getElementById('innehall')) problems.push('no #innehall for the skip link to lead to');
            return problems;
            """;

    /** Run in the page at the laptop's width: what makes it scroll sideways, or a wide table outside a scrolling box. */
    private static final String FITS = """
            const problems = [];
            const width = window.innerWidth;
            const scrolling = e => { for (let p = e.parentElement; p; p = p.parentElement) {
                const x = getComputedStyle(p).overflowX; if (x === 'auto' || x === 'scroll') return p; } return null; };
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '');
            if (document.documentElement.scrollWidth > width) {
                const wide = Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.getBoundingClientRect().right > width && !scrolling(e))
                    .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width)
                    .slice(0, 5).map(name);
                problems.push('scrolls sideways at ' + width + ' px: ' + document.documentElement.scrollWidth + ' px wide, by ' + wide.join(', '));
            }
            document.querySelectorAll('table').forEach(t => {
                if (t.getBoundingClientRect().right > document.documentElement.clientWidth && !scrolling(t))
                    problems.push('a wide table outside a scrolling box: ' + name(t));
            });
            return problems;
            """;

    @Test
    void everyPageIsLabelledReachableByKeyboardFastAndFitsALaptopScreen() {
        browser.manage().window().setSize(new Dimension(1366, 768));
        browser.get(url("/login"));
        assertThat(script(CHECKS)).as("the sign-in form").isEmpty();
        assertThat(script(FITS)).as("the sign-in form").isEmpty();
        screenshot("inloggning");
        signIn("admin");
        FormSession admin = session("admin");

        Set<String> pages = new LinkedHashSet<>();
        // The pages reached deeper first: where the start page links to the same page, these show more of it.
        pages.add("/plans/rs-plan-2023-2025/items/G1.F1.I1?asOf=2023-03-01");
        pages.add("/risk-registers/rs-riskbedomning/risks/R3?asOf=2023-03-01");
        pages.add("/risks/R3/chain?asOf=2023-03-01");
        pages.add("/framework-tables/regionbidrag-rs-2023-2025/build-up?row=2023&asOf=2023-03-01");
        pages.add("/framework-tables/diff?fromAsOf=2023-03-01&toAsOf=2023-05-01");
        pages.add("/decisions?reference=1043-2022");
        pages.add("/plans/rs-plan-2023-2025/outcome-form?year=2023&period=D%C3%8508&indicatorId=G2.F1.I2");
        pages.add("/framework-table-imports");
        pages.add("/audit");
        pages.add("/audit/verification");
        pages.addAll(firstLink("/plans/region-plan-2019/interim-report?year=2019&period=D%C3%8508", "a.trend-link"));
        // The demo's plans have one version each: the diff's page, then, of the version with itself.
        pages.add("/plans/rs-plan-2023-2025/diff?fromVersion=1&toVersion=1&asOf=2023-03-01");
        pages.addAll(firstLink("/control-plans/ik-region-2018/reports?asOf=2018-12-31", "main a[href*='/reports/']"));
        pages.add(finishedAudit(admin));
        // The start page as the demo's documents are in force: the board's plan and tables, the control plan, the report.
        for (String[] start : new String[][]{{"/?asOf=2023-03-01", "rs-riskbedomning"}, {"/?asOf=2018-06-30", "ik-region-2018"},
                {"/?asOf=2019-09-15", "region-plan-2019"}}) {
            open(start[0], start[1]);
            pages.add(start[0]);
            pages.addAll(links("main a[href], nav a[href]"));
        }
        List<String> walk = onePerPath(pages);
        assertThat(walk).as("the pages walked").hasSizeGreaterThan(20);
        System.out.println("The pages walked (" + walk.size() + "):\n  " + String.join("\n  ", walk));

        Map<String, List<String>> problems = new LinkedHashMap<>();
        Map<String, Duration> times = new LinkedHashMap<>();
        for (String page : walk) {
            browser.get(url(page));
            check(page, problems);
            times.put(page, serverTime(admin, page));
        }
        // A refused form comes back with the field marked: its reason must be read with the field.
        browser.get(url("/plans/rs-plan-2023-2025/outcome-form?year=2023&period=D%C3%8508&indicatorId=G2.F1.I2"));
        find("#total").clear();
        find("#total").sendKeys("9,x");
        find("form.entry button[type='submit']").click();
        awaitShown("Inget registrerades.");
        check("the outcome form, refused", problems);
        browser.get(url("/audit"));
        find("#audit-knownAt").sendKeys("igår");
        find("form[action='/audit/audits'] button[type='submit']").click();
        awaitShown("Inget startades.");
        check("the audit form, refused", problems);

        List<Map.Entry<String, Duration>> slowest = times.entrySet().stream()
                .sorted(Map.Entry.<String, Duration>comparingByValue(Comparator.reverseOrder())).toList();
        System.out.println("The slowest pages (server time of a GET after one warm-up):");
        slowest.stream().limit(5).forEach(t -> System.out.printf("  %5d ms  %s%n", t.getValue().toMillis(), t.getKey()));
        assertThat(problems).as("what a screen reader, a keyboard or a laptop user misses, per page:%n%s",
                problems.entrySet().stream().map(p -> p.getKey() + "\n    " + String.join("\n    ", p.getValue()))
                        .collect(Collectors.joining("\n"))).isEmpty();
        assertThat(slowest.get(0).getValue()).as("the slowest page, %s", slowest.get(0).getKey()).isLessThan(SLOWEST_ALLOWED);
    }

    /** Checks the page the browser shows, as its screen reader, keyboard and laptop screen meet it; saves a screenshot. */
    private void check(String page, Map<String, List<String>> problems) {
        List<String> found = new ArrayList<>();
        found.addAll(script(CHECKS));
        found.addAll(script(SKIP_LINK));
        found.addAll(script(FITS));
        // Focus from the page's start: the first Tab must reach the skip link, and show it.
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement first = browser.switchTo().activeElement();
        if (!"skip".equals(first.getAttribute("class")) || !first.isDisplayed() || first.getRect().getX() < 0) {
            found.add("Tab from the page's start reaches " + first.getTagName() + " \"" + first.getText() + "\", not the visible skip link");
        }
        screenshot(page.replaceAll("[^A-Za-z0-9åäöÅÄÖ]+", "-").replaceAll("^-|-$", ""));
        if (!found.isEmpty()) {
            problems.put(page, found);
        }
    }

    /** The ledger's own pages the current page links to (no exports, no API), without their fragment. */
    private List<String> links(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(a -> a.getAttribute("href"))
                .map(href -> href.replaceFirst("^" + url(""), "").replaceFirst("#.*$", ""))
                .filter(href -> href.startsWith("/") && !href.startsWith("/api/")).toList();
    }

    /** The first link of a page that matches, if the page has one. */
    private List<String> firstLink(String page, String css) {
        browser.get(url(page));
        return links(css).stream().limit(1).toList();
    }

    /** One page of each address (the same page at other time points or of other units looks the same). */
    private static List<String> onePerPath(Set<String> pages) {
        Map<String, String> byPath = new LinkedHashMap<>();
        pages.forEach(p -> byPath.putIfAbsent(p.replaceFirst("\\?.*$", ""), p));
        return List.copyOf(byPath.values());
    }

    /** A job's page: an audit started at the audit page and followed to its end (a running one reads itself again). */
    private static String finishedAudit(FormSession admin) {
        admin.page("/audit");
        String job = FormSession.location(admin.post("/audit/audits", Map.of("upTo", "", "planId", "")));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> admin.page(job), html -> !html.contains("data-running=\"true\""));
        return job;
    }

    @SuppressWarnings("unchecked")
    private static List<String> script(String checks) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(checks);
    }

    /** How long the server takes to answer the page, after one warm-up request (templates, caches). */
    private static Duration serverTime(FormSession admin, String page) {
        admin.page(page);
        long start = System.nanoTime();
        HttpResponse<String> answer = admin.get(page);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(answer.statusCode()).as("GET %s", page).isEqualTo(200);
        return took;
    }
}
