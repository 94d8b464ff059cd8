package se.planledger.ops.health;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.planledger.query.time.ReadsFrom;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An answer read from a projection that has stopped at an event carries {@value #HEADER}: the group and the
 * event it stopped at (and a page says so in its banner). The answer is then what the ledger knew before that
 * event, not everything it holds.
 */
@Configuration
public class BehindHeader implements WebMvcConfigurer, HandlerInterceptor {

    public static final String HEADER = "Ledger-Behind";

    private final ProjectionHealth health;

    public BehindHeader(ProjectionHealth health) {
        this.health = health;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            ReadsFrom readsFrom = method.getBeanType().getAnnotation(ReadsFrom.class);
            if (readsFrom != null) {
                Map<String, ProjectionFailures.Failure> stopped = health.stopped();
                String behind = Arrays.stream(readsFrom.value())
                        .filter(stopped::containsKey)
                        .map(group -> group + "; stopped at " + describe(stopped.get(group)))
                        .collect(Collectors.joining(", "));
                if (!behind.isEmpty()) {
                    response.setHeader(HEADER, behind);
                    request.setAttribute(ReadsFrom.BEHIND, behind);
                }
            }
        }
        return true;
    }

    private static String describe(ProjectionFailures.Failure failure) {
        return failure.atKnownEvent()
                ? "event " + failure.eventId() + " (" + failure.eventType() + ", global index " + failure.globalIndex() + ")"
                : "an event it cannot handle";
    }
}
