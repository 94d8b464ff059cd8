package se.planledger.ops.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import se.planledger.domain.limits.InputLimits;

import java.lang.reflect.Type;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Applies {@link InputLimits} to a JSON request body as soon as it is read, so a refusal names the field as the
 * client sent it ("name" in an item's body, not "content.name" of the command it becomes). The command bus
 * checks the same rules again for every other sender.
 */
@ControllerAdvice
public class RequestBodyLimits extends RequestBodyAdviceAdapter {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final Clock clock;

    public RequestBodyLimits(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.getParameterType().isRecord() || parameter.getParameterType().isInterface();
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        InputLimits.check(body, LocalDate.now(clock.withZone(SWEDEN)));
        return body;
    }
}
