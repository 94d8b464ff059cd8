package se.planledger.ops.page;

import org.junit.jupiter.api.Test;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.ops.support.Pages.awaitPage;

/** The workspace's frame: sign-in, who is signed in, the time pickers and the banner for the past. */
class WorkspacePagesTest extends PostgresIntegrationTest {

    @Test
    void theStartPageNamesTheUserAndTheirRoleAndListsEveryArea() {
        String start = awaitPage(http, "/?asOf=2023-03-01", "ekonomisk-ram-2023");

        assertThat(start).contains("Inloggad som <strong>reader</strong>").contains("läsare (READER)");
        assertThat(start).contains("href=\"/plans/rs-plan-2023-2025?asOf=2023-03-01\"")
                .contains("href=\"/framework-tables/ekonomisk-ram-2023?asOf=2023-03-01\"")
                .contains("href=\"/risks/matrix?board=RS&amp;asOf=2023-03-01\"")
                .contains("href=\"/reconciliation?asOf=2023-03-01\"");
        assertThat(start).contains("<label for=\"asOf\">Gäller per</label>").contains("<label for=\"knownAt\">Känt per</label>")
                .contains("name=\"asOf\" type=\"date\" value=\"2023-03-01\"");
        assertThat(start).doesNotContain("Historisk vy");
        // The time form is a GET kept in the URL: no CSRF token in it; signing out is a POST that carries one.
        String timeForm = start.substring(start.indexOf("<form class=\"time\""), start.indexOf("</form>", start.indexOf("<form class=\"time\"")));
        assertThat(timeForm).contains("method=\"get\" action=\"/\"").doesNotContain("_csrf");
        String logout = start.substring(start.indexOf("<form class=\"logout\""), start.indexOf("</form>", start.indexOf("<form class=\"logout\"")));
        assertThat(logout).contains("name=\"_csrf\"");
    }

    @Test
    void theStartPageListsTheInternalControlPlansInForceAndTheInterimReports() {
        String start = awaitPage(http, "/?asOf=2018-06-30", "ik-region-2018");

        assertThat(start).contains("href=\"/control-plans/ik-region-2018?asOf=2018-06-30\"");
        String now = awaitPage(http, "/", "region-plan-2019");
        assertThat(now).contains("/plans/region-plan-2019/interim-report?year=2019&amp;period=D%C3%8508");
    }

    @Test
    void aPastKnownAtShowsTheBannerAndALinkToTheSamePageAsKnownNow() {
        String past = awaitPage(http, "/?asOf=2023-03-01&knownAt=2020-01-01", "Historisk vy");

        assertThat(past).contains("det som var känt per\n        <strong>2020-01-01 23:59</strong>");
        assertThat(past).contains("href=\"/?asOf=2023-03-01\">Visa det som är känt nu</a>");
        assertThat(past).contains("value=\"2020-01-01\"");
        assertThat(past).doesNotContain("ekonomisk-ram-2023"); // nothing was recorded yet in 2020
    }

    @Test
    void aPageAskedForWithoutSignInRedirectsToTheLoginFormWhileTheApiAnswersAProblem() {
        ResponseEntity<String> page = browser().getForEntity("/plans/rs-plan-2023-2025", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(page.getHeaders().getLocation()).hasPath("/login");

        ResponseEntity<String> api = as(null).getForEntity("/api/v1/plans", String.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.getHeaders().getContentType()).hasToString("application/problem+json");

        String login = as(null).getForObject("/login", String.class);
        assertThat(login).contains("<label for=\"username\">Användarnamn</label>").contains("<label for=\"password\">Lösenord</label>");
    }

    @Test
    void signingInByTheFormGivesASessionThePagesKnowTheUserBy() {
        ResponseEntity<String> form = as(null).getForEntity("/login", String.class);
        String session = form.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.getBody());
        assertThat(csrf.find()).isTrue();

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, session);
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("username", "controller");
        fields.add("password", "controller");
        fields.add("_csrf", csrf.group(1));
        ResponseEntity<String> signedIn = browser().postForEntity("/login", new HttpEntity<>(fields, headers), String.class);
        assertThat(signedIn.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(signedIn.getHeaders().getLocation()).hasPath("/");

        HttpHeaders cookie = new HttpHeaders();
        cookie.add(HttpHeaders.COOKIE, signedIn.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0]);
        String start = as(null).exchange("/", HttpMethod.GET, new HttpEntity<>(cookie), String.class).getBody();
        assertThat(start).contains("Inloggad som <strong>controller</strong>")
                .contains("ekonomi (FINANCE), intern kontroll (INTERNAL_CONTROL)");
    }

    @Test
    void aMalformedTimePointOnAPageIsAProblemNamingTheParameterNotAnError() {
        ResponseEntity<String> page = http.getForEntity("/?asOf=2023-13-45", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(page.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(page.getBody()).contains("\"field\":\"asOf\"").contains("2023-13-45");
    }

    /** Not signed in, and seeing each redirect rather than following it. */
    private TestRestTemplate browser() {
        return as(null).withRedirects(Redirects.DONT_FOLLOW);
    }

    @Test
    void pagesAllowNoInlineScriptOrStyle() {
        ResponseEntity<String> start = http.getForEntity("/", String.class);
        assertThat(start.getHeaders().getFirst("Content-Security-Policy")).startsWith("default-src 'self';")
                .doesNotContain("unsafe-inline");
        assertThat(start.getBody()).doesNotContain("<script>").doesNotContain("style=");
        assertThat(as(null).getForEntity("/css/workspace.css", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
