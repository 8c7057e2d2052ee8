package vn.danvan.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * Maps errors to a page in the user's language (or a small JSON body for the API). A user never sees a stack
 * trace; unexpected errors are logged with a reference the user can quote.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final MessageSource messages;
    private final DataSize maxUploadSize;

    ErrorHandling(
            MessageSource messages, @Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxUploadSize) {
        this.messages = messages;
        this.maxUploadSize = maxUploadSize;
    }

    @ExceptionHandler({
        RecordNotFound.class,
        NoResourceFoundException.class,
        NoHandlerFoundException.class,
        MethodArgumentTypeMismatchException.class
    })
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return render(request, response, HttpStatus.NOT_FOUND, "shared.error.404.text", locale);
    }

    /**
     * An upload over the multipart limit: a 413 page naming the limit. Tomcat is told to read such a request to its
     * end ({@code server.tomcat.max-swallow-size}), so the browser gets this page rather than a reset connection.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView uploadTooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return render(
                request,
                response,
                HttpStatus.CONTENT_TOO_LARGE,
                "shared.error.413.fileTooLarge",
                locale,
                maxUploadSize.toMegabytes());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView badRequest(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return render(request, response, HttpStatus.BAD_REQUEST, "shared.error.400.text", locale);
    }

    @ExceptionHandler(RuleViolation.class)
    ModelAndView ruleViolation(
            RuleViolation e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        ModelAndView mav = render(request, response, HttpStatus.CONFLICT, e.messageKey(), locale, e.args());
        return mav;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(
            AccessDeniedException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return render(request, response, HttpStatus.FORBIDDEN, "shared.error.403.text", locale);
    }

    @ExceptionHandler(AuthenticationException.class)
    ModelAndView unauthenticated(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return render(request, response, HttpStatus.UNAUTHORIZED, "shared.error.401.text", locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ModelAndView unreadable(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return render(request, response, HttpStatus.BAD_REQUEST, "shared.error.400.text", locale);
    }

    /** Anything else; Spring's own client errors (405, 406, 413, 415…) keep their status and get their page. */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (e instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
            return render(request, response, status, "shared.error." + status.value() + ".text", locale);
        }
        String reference = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
        log.error("Unexpected error {} on {} {}", reference, request.getMethod(), request.getRequestURI(), e);
        ModelAndView mav = render(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "shared.error.500.text", locale);
        mav.addObject("reference", reference);
        return mav;
    }

    private ModelAndView render(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String messageKey,
            Locale locale,
            Object... args) {
        response.setStatus(status.value());
        String message = messages.getMessage(messageKey, args, messageKey, locale);
        if (RequestPaths.isApi(request)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status.value());
            body.put("error", status.getReasonPhrase());
            body.put("message", message);
            JacksonJsonView view = new JacksonJsonView();
            view.setExtractValueFromSingleKeyModel(true);
            return new ModelAndView(view, Map.of("body", body));
        }
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("message", message);
        return mav;
    }

    /**
     * The attributes of the container's error page. An upload over the multipart limit is usually refused by the
     * servlet container while a filter reads the request's parameters, before any controller (so {@link
     * #uploadTooLarge} is not reached): its 413 page names the limit all the same.
     */
    @Component
    static class UploadLimitErrorAttributes extends DefaultErrorAttributes {

        private final MessageSource messages;
        private final DataSize maxUploadSize;

        UploadLimitErrorAttributes(
                MessageSource messages,
                @Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxUploadSize) {
            this.messages = messages;
            this.maxUploadSize = maxUploadSize;
        }

        @Override
        public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
            Map<String, Object> attributes = super.getErrorAttributes(request, options);
            if (Integer.valueOf(HttpStatus.CONTENT_TOO_LARGE.value()).equals(attributes.get("status"))) {
                attributes.put(
                        "message",
                        messages.getMessage(
                                "shared.error.413.fileTooLarge",
                                new Object[] {maxUploadSize.toMegabytes()},
                                LocaleContextHolder.getLocale()));
            }
            return attributes;
        }
    }
}
