package se.planledger.ops.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.planledger.ops.audit.ProjectionCatchUp;

import java.time.Duration;

/**
 * A form of the workspace leads to the page that shows what it wrote: before it redirects there, the projections
 * are given a moment to read the new events, so the page shows them rather than the state before (and a first
 * outcome of a unit is found on its report). The page's receipt says to read it again if they were slower.
 */
@Configuration
public class FormsSeeTheirWrites implements WebMvcConfigurer, HandlerInterceptor {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final ProjectionCatchUp projections;

    public FormsSeeTheirWrites(ProjectionCatchUp projections) {
        this.projections = projections;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/plans/*/outcome-form", "/framework-table-imports");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if ("POST".equals(request.getMethod())) {
            projections.reachHeadWithin(PATIENCE);
        }
    }
}
