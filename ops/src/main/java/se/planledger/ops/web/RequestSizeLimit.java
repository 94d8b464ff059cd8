package se.planledger.ops.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import se.planledger.domain.rejection.TooLarge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Bounds every write's body: JSON to {@code ledger.limits.max-json-bytes}, anything else (CSV, XLSX files) to
 * {@code ledger.limits.max-file-bytes}. A declared length over the bound is refused before the body is read; a body
 * without one (chunked) is counted as it is read and refused once it passes the bound. Either way a 413 problem,
 * rendered by {@link ProblemAdvice}, and nothing recorded. Runs before security, so no one can occupy the service
 * with a large body, signed in or not.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
public class RequestSizeLimit extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final long maxJsonBytes;
    private final long maxFileBytes;
    private final HandlerExceptionResolver problems;

    public RequestSizeLimit(@Value("${ledger.limits.max-json-bytes}") DataSize maxJsonBytes,
                            @Value("${ledger.limits.max-file-bytes}") DataSize maxFileBytes,
                            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.maxJsonBytes = maxJsonBytes.toBytes();
        this.maxFileBytes = maxFileBytes.toBytes();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean json = isJson(request.getContentType());
        long limit = json ? maxJsonBytes : maxFileBytes;
        String kind = json ? "JSON" : "a file";
        if (request.getContentLengthLong() > limit) {
            problems.resolveException(request, response, null, tooLarge(limit, kind));
            return;
        }
        try {
            chain.doFilter(new BoundedBody(request, limit, kind), response);
        } catch (TooLarge overRead) {
            // Read by a filter before any controller (IdempotencyFilter comparing a repeat); controllers' reads
            // are refused by ProblemAdvice already.
            problems.resolveException(request, response, null, overRead);
        }
    }

    private static TooLarge tooLarge(long limit, String kind) {
        return new TooLarge("body", "the request body is larger than " + limit + " bytes, the most the ledger takes for "
                + kind + "; send less (a file in parts)");
    }

    private static boolean isJson(String contentType) {
        try {
            MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
            return type != null && (MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json"));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** The request with a body that refuses to be read past the bound. */
    private static final class BoundedBody extends HttpServletRequestWrapper {

        private final long limit;
        private final String kind;
        private ServletInputStream body;

        BoundedBody(HttpServletRequest request, long limit, String kind) {
            super(request);
            this.limit = limit;
            this.kind = kind;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new CountingStream(super.getInputStream());
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.ISO_8859_1.name() : encoding));
        }

        private final class CountingStream extends ServletInputStream {

            private final ServletInputStream source;
            private long read;

            CountingStream(ServletInputStream source) {
                this.source = source;
            }

            @Override
            public int read() throws IOException {
                int b = source.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = source.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int bytes) {
                read += bytes;
                if (read > limit) {
                    throw tooLarge(limit, kind);
                }
            }

            @Override
            public boolean isFinished() {
                return source.isFinished();
            }

            @Override
            public boolean isReady() {
                return source.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                source.setReadListener(listener);
            }
        }
    }
}
