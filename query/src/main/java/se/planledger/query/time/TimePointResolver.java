package se.planledger.query.time;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import se.planledger.domain.time.TimePoint;

/** Gives every read endpoint that takes a {@link TimePoint} the same asOf/knownAt request parameters. */
public class TimePointResolver implements HandlerMethodArgumentResolver {

    public static final String AS_OF = "asOf";
    public static final String KNOWN_AT = "knownAt";

    private final TimePoints timePoints;

    public TimePointResolver(TimePoints timePoints) {
        this.timePoints = timePoints;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(TimePoint.class);
    }

    @Override
    public TimePoint resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                     NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return timePoints.parse(request.getParameter(AS_OF), request.getParameter(KNOWN_AT));
    }
}
