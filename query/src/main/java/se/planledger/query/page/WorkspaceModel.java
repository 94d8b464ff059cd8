package se.planledger.query.page;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.time.ReadsFrom;
import se.planledger.query.time.TimePointResolver;

import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the shared layout shows on every page: who is signed in, the time points, what is behind, the formats. */
@ControllerAdvice(annotations = WorkspacePage.class)
public class WorkspaceModel {

    private final Clock clock;
    private final Formats formats;

    public WorkspaceModel(Clock clock, Formats formats) {
        this.clock = clock;
        this.formats = formats;
    }

    @ModelAttribute("user")
    public SignedIn user(Principal principal) {
        return SignedIn.of(principal);
    }

    @ModelAttribute("time")
    public PageTime time(HttpServletRequest request, TimePoint at) {
        Map<String, String> others = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals(TimePointResolver.AS_OF) && !name.equals(TimePointResolver.KNOWN_AT) && values.length > 0) {
                others.put(name, values[0]);
            }
        });
        return PageTime.of(request.getParameter(TimePointResolver.AS_OF), request.getParameter(TimePointResolver.KNOWN_AT),
                at, clock.instant(), request.getRequestURI(), others);
    }

    /** The processing groups this page reads from that have stopped at an event, and where; null when none has. */
    @ModelAttribute("behind")
    public Object behind(HttpServletRequest request) {
        return request.getAttribute(ReadsFrom.BEHIND);
    }

    @ModelAttribute("fmt")
    public Formats formats() {
        return formats;
    }
}
