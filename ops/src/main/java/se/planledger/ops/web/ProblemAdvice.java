package se.planledger.ops.web;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.planledger.domain.rejection.AlreadyExists;
import se.planledger.ops.nodes.AxonServerUnreachable;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.NotAllowed;
import se.planledger.domain.rejection.Rejection;
import se.planledger.domain.rejection.RevisionRequired;
import se.planledger.domain.rejection.StaleVersion;
import se.planledger.domain.rejection.TooLarge;
import se.planledger.domain.rejection.UnknownItem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every refusal as RFC 7807 problem details: what went wrong (title), where ({@code field}) and why
 * ({@code detail}). A refused command has applied no event, so the client may correct and resend.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(Rejection.class)
    public ProblemDetail rejected(Rejection rejection) {
        ProblemDetail problem = problem(statusOf(rejection), titleOf(rejection), rejection.field(), rejection.reason());
        rejection.details().forEach(problem::setProperty);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = unreadable(e);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e.getPropertyName() != null ? e.getPropertyName() : "parameter";
        String type = e.getRequiredType() == null ? "the expected type" : e.getRequiredType().getSimpleName();
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.BAD_REQUEST, "Invalid input", name, "cannot read \"" + e.getValue() + "\" as " + type));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getParameterName(), "the parameter is required"));
    }

    /**
     * Spring's own refusals (a method or media type the address does not take, …) carry the type about:blank; they
     * get the type of their title like every other problem, so that it too leads to a page that explains it.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(e, body, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem && problem.getTitle() != null
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(ProblemTypes.of(problem.getTitle()));
        }
        return answer;
    }

    private ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Rejection rejection = causeOfType(e, Rejection.class);
        JsonMappingException mapping = causeOfType(e, JsonMappingException.class);
        String field = mapping == null ? "body" : mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (mapping instanceof InvalidTypeIdException typeId) {
            field = typeField(field, typeId);
        }
        if (rejection instanceof TooLarge) {
            // The body was cut off while being parsed (RequestSizeLimit), whatever field it had reached.
            return rejected(rejection);
        }
        if (rejection != null) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid input", field.isEmpty() ? rejection.field() : field,
                    rejection.reason());
        }
        String reason = mapping != null ? mapping.getOriginalMessage() : "the request body is not valid JSON";
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", field.isEmpty() ? "body" : field, reason);
    }

    /** A missing or unknown kind names the property that carries the kind ("content.kind"), not its object. */
    private static String typeField(String path, InvalidTypeIdException e) {
        JsonTypeInfo info = e.getBaseType() == null ? null : e.getBaseType().getRawClass().getAnnotation(JsonTypeInfo.class);
        if (info == null || info.property().isEmpty()) {
            return path;
        }
        return path.isEmpty() ? info.property() : path + "." + info.property();
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    public ProblemDetail notFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown item", "id", "the ledger holds nothing with id " + e.getAggregateIdentifier());
    }

    @ExceptionHandler(ConcurrencyException.class)
    public ProblemDetail concurrent(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "Concurrent change", "id",
                "someone else changed the same item at the same moment; read it again and retry");
    }

    /**
     * Anything else is the ledger's own fault, not the client's: a 500 problem with an incident id to quote, the
     * cause in the log. Nothing of the request was recorded unless its answer said so.
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        if (storageUnreachable(e) || AxonServerUnreachable.causes(e)) {
            log.warn("Incident {}: the database or Axon Server cannot be reached: {}", incident, e.toString());
            ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Storage unavailable", null,
                    "the ledger's storage (its database, or Axon Server) cannot be reached just now; nothing was recorded unless a retry with the "
                            + "same Idempotency-Key says so. Retry in a few seconds (incident " + incident + ")");
            problem.setProperty("incident", incident);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        log.error("Incident {}: request failed", incident, e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", null,
                "the ledger could not answer this request; quote incident " + incident + " to its operators");
        problem.setProperty("incident", incident);
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * The database could not be reached or dropped the connection: no pool connection, or an SQL state of class 08
     * (connection exception) or 57P (the server shut the session down), also inside a batch's next exceptions.
     */
    private static boolean storageUnreachable(Throwable e) {
        if (causeOfType(e, CannotGetJdbcConnectionException.class) != null
                || causeOfType(e, DataAccessResourceFailureException.class) != null) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (SQLException sql = t instanceof SQLException first ? first : null; sql != null; sql = sql.getNextException()) {
                if (sql instanceof SQLTransientConnectionException || sql instanceof SQLNonTransientConnectionException
                        || (sql.getSQLState() != null && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static HttpStatus statusOf(Rejection rejection) {
        if (rejection instanceof InvalidInput) {
            return HttpStatus.BAD_REQUEST;
        }
        if (rejection instanceof UnknownItem) {
            return HttpStatus.NOT_FOUND;
        }
        if (rejection instanceof StaleVersion || rejection instanceof AlreadyExists) {
            return HttpStatus.CONFLICT;
        }
        if (rejection instanceof TooLarge) {
            return HttpStatus.PAYLOAD_TOO_LARGE;
        }
        if (rejection instanceof NotAllowed) {
            return HttpStatus.FORBIDDEN;
        }
        if (rejection instanceof RevisionRequired) {
            return HttpStatus.PRECONDITION_REQUIRED;
        }
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }

    private static String titleOf(Rejection rejection) {
        if (rejection instanceof InvalidInput) {
            return "Invalid input";
        }
        if (rejection instanceof UnknownItem) {
            return "Unknown item";
        }
        if (rejection instanceof StaleVersion) {
            return "Stale version";
        }
        if (rejection instanceof AlreadyExists) {
            return "Already exists";
        }
        if (rejection instanceof TooLarge) {
            return "Too large";
        }
        if (rejection instanceof NotAllowed) {
            return "Not allowed";
        }
        if (rejection instanceof RevisionRequired) {
            return "Revision required";
        }
        return "Rule violated";
    }

    static ProblemDetail problem(HttpStatus status, String title, String field, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, reason);
        problem.setTitle(title);
        problem.setType(ProblemTypes.of(title));
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
