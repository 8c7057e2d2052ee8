package vn.danvan.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** The path of a request within the application, the same under any servlet mapping or context path. */
public final class RequestPaths {

    private RequestPaths() {}

    public static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Whether the request is for the JSON API, which answers in JSON rather than with pages. */
    public static boolean isApi(HttpServletRequest request) {
        return pathOf(request).startsWith("/api/");
    }
}
