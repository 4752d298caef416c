package uk.safeshare.shared.web;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;

/**
 * Every error from the JSON API as application/problem+json with a message a client developer can
 * act on. Nothing here ever echoes a stack trace; unexpected failures are logged with the request id
 * and answered with that id only.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        ex.getBindingResult().getFieldErrors().stream()
                .sorted(java.util.Comparator.comparing(FieldError::getField)
                        .thenComparing(e -> uk.safeshare.shared.validation.CommandValidator.priority(e.getCodes()))
                        .thenComparing(e -> String.valueOf(e.getDefaultMessage())))
                .forEach(error -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
        ex.getBindingResult().getGlobalErrors().forEach(e -> errors.putIfAbsent(e.getObjectName(), e.getDefaultMessage()));
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", summary(errors), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex, HttpHeaders headers,
                                                                           HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(
                e -> errors.putIfAbsent(r.getMethodParameter().getParameterName(), e.getDefaultMessage())));
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", summary(errors), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Unreadable request body", describe(ex.getCause()), Map.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        String detail = "'" + ex.getName() + "' has a value of the wrong type";
        Class<?> type = ex.getRequiredType();
        if (type != null && type.isEnum()) {
            detail = "'" + ex.getName() + "' must be one of " + allowed(type);
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", detail, Map.of(ex.getName(), detail));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalid(InvalidRequestException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage(), ex.fieldErrors());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), Map.of());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException ex) {
        return problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage(), Map.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> staleVersion(OptimisticLockingFailureException ex) {
        return problem(HttpStatus.CONFLICT, "Conflict", "Someone else changed this record; fetch it again and reapply your change.", Map.of());
    }

    @ExceptionHandler(uk.safeshare.shared.ForbiddenException.class)
    ResponseEntity<Object> forbidden(uk.safeshare.shared.ForbiddenException ex) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", ex.getMessage(), Map.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException ex) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "You do not have permission to do this.", Map.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        if (Busy.is(ex)) {
            log.warn("Request {} refused as busy: {}", RequestIds.current(), ex.getMessage());
            ResponseEntity<Object> busy = problem(HttpStatus.SERVICE_UNAVAILABLE, "Service busy", Busy.DETAIL, Map.of());
            return ResponseEntity.status(busy.getStatusCode()).headers(busy.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, Busy.RETRY_AFTER_SECONDS).body(busy.getBody());
        }
        log.error("Unexpected error in request {}", RequestIds.current(), ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "The request could not be completed. Quote request id " + RequestIds.current() + " to the service desk.", Map.of());
    }

    static String describe(Throwable cause) {
        if (cause instanceof StrictJson.DateOutOfRange r) {
            return "'" + path(r) + "' " + r.getOriginalMessage();
        }
        if (cause instanceof tools.jackson.core.exc.StreamReadException s && String.valueOf(s.getOriginalMessage()).startsWith("Duplicate")) {
            return "A field is given more than once: " + s.getOriginalMessage().replaceAll("[\\r\\n]", " ");
        }
        if (cause instanceof UnrecognizedPropertyException u) {
            return "Unknown field '" + u.getPropertyName() + "'";
        }
        if (cause instanceof InvalidFormatException f) {
            String field = path(f);
            Class<?> target = f.getTargetType();
            if (target != null && target.isEnum()) {
                return "'" + field + "' has an unknown code; it must be one of " + allowed(target);
            }
            return "'" + field + "' has a value of the wrong type" + (target == null ? "" : " (expected " + simple(target) + ")");
        }
        if (cause instanceof MismatchedInputException m) {
            String field = path(m);
            return field.isEmpty() ? "The request body has the wrong shape" : "'" + field + "' has a value of the wrong type";
        }
        if (cause instanceof JacksonException) {
            return "The request body is not valid JSON";
        }
        return "The request body is missing or cannot be read";
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String simple(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return type.getSimpleName().replace("LocalDate", "date (YYYY-MM-DD)").replace("Instant", "date-time (ISO 8601, UTC)");
    }

    private static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String summary(Map<String, String> errors) {
        return errors.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail, Map<String, String> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        body.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        body.setProperty("requestId", RequestIds.current());
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
