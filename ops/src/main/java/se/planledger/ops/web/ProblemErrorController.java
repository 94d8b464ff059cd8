package se.planledger.ops.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Spring MVC (the servlet container, filters, security) answered as problem documents
 * like every other refusal. Asked for directly, /error is just an unknown path.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        String detail = code == null ? "there is nothing at /error" : status.getReasonPhrase().toLowerCase()
                + (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? " at " + uri : "");
        ProblemDetail problem = ProblemAdvice.problem(status, status.getReasonPhrase(), null, detail);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
