package se.planledger.ops.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Sign-in refusals as problem documents, like every other refusal; a 401 still tells the client how to sign in:
 * with Basic (the demo users), or with a bearer token when an identity provider is configured ({@link #bearer()}).
 */
@Component
public class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** Sets the RFC 6750 challenge (error="invalid_token" and why, for a token refused) and the status, no body. */
    private static final BearerTokenAuthenticationEntryPoint BEARER = new BearerTokenAuthenticationEntryPoint();

    private final ObjectMapper json;

    public SecurityProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"planledger\"");
        // A user locked after repeated failures is told so, and until when, rather than to try its password again.
        String locked = e instanceof LockedException ? "; " + e.getMessage() : "";
        write(response, HttpStatus.UNAUTHORIZED, "Not signed in", "sign in with HTTP Basic (a known user and its "
                + "password) to " + request.getMethod() + " " + request.getRequestURI() + locked);
    }

    /** The 401 when users sign in at the identity provider: no token, or one refused (expired, badly signed...). */
    public AuthenticationEntryPoint bearer() {
        return (request, response, e) -> {
            BEARER.commence(request, response, e);
            String refused = e instanceof OAuth2AuthenticationException ? "; the token was refused: " + e.getMessage() : "";
            write(response, HttpStatus.UNAUTHORIZED, "Not signed in", "send a bearer token from the identity provider "
                    + "(Authorization: Bearer <JWT>) to " + request.getMethod() + " " + request.getRequestURI() + refused);
        };
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Not allowed", "user " + request.getRemoteUser()
                + " has no role that may " + request.getMethod() + " " + request.getRequestURI());
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemAdvice.problem(status, title, null, detail));
    }
}
