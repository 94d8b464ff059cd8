package se.planledger.query.time;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.planledger.domain.time.TimePoint;

import java.util.Arrays;
import java.util.List;

/** Registers the asOf/knownAt convention with Spring MVC and documents it on every operation that uses it. */
@Configuration
public class TimePointWebConfig implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(TimePoint.class);
    }

    private final TimePoints timePoints;

    public TimePointWebConfig(TimePoints timePoints) {
        this.timePoints = timePoints;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new TimePointResolver(timePoints));
    }

    @Bean
    public OperationCustomizer timePointParameters() {
        return (operation, handlerMethod) -> {
            boolean takesTimePoint = Arrays.stream(handlerMethod.getMethodParameters())
                    .anyMatch(p -> p.getParameterType().equals(TimePoint.class));
            if (takesTimePoint) {
                operation.addParametersItem(new Parameter().in("query").name(TimePointResolver.AS_OF)
                        .description(TimePoints.AS_OF_HELP).example("2023-03-01").schema(new StringSchema().format("date")));
                operation.addParametersItem(new Parameter().in("query").name(TimePointResolver.KNOWN_AT)
                        .description(TimePoints.KNOWN_AT_HELP).example("2023-05-15T12:00:00Z").schema(new StringSchema()));
            }
            return operation;
        };
    }
}
