package se.planledger.ops.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Every JSON read of the API, lists included, answers an ETag, and a GET with that ETag as If-None-Match answers
 * 304 without the body while the answer is the same. A read that states its own ETag (an item's revision, a table's
 * version, which If-Match takes) keeps it; otherwise the ETag is a digest of the answer. Files and the event stream
 * are streamed, not held to be digested, so they carry none.
 */
@Configuration
public class ReadEtags {

    @Bean
    public FilterRegistrationBean<ShallowEtagHeaderFilter> readEtagFilter() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                return !(HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod()))
                        || path.contains("/export") || path.startsWith("/api/v1/ops/");
            }
        });
        registration.addUrlPatterns("/api/*");
        registration.setName("readEtags");
        return registration;
    }
}
