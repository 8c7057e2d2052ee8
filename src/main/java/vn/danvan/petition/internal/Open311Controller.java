package vn.danvan.petition.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) under {@code /open311/v2}, in JSON and XML.
 *
 * <p>Choices where the spec leaves room, also stated in the README:
 *
 * <ul>
 *   <li>One jurisdiction (the province); {@code jurisdiction_id} is accepted and ignored.
 *   <li>The commune a request concerns is required: the attribute {@code attribute[commune]} (listed in every
 *       service definition, values = the communes of the province by unit code, e.g. 11953) or, failing it,
 *       {@code address_id} with the same code.
 *   <li>Only reflections and recommendations are filed and shown; complaints and denunciations never.
 *   <li>Requests are created at once, so {@code POST requests} answers the {@code service_request_id} (the
 *       tracking code) and {@code GET tokens/{token}} answers the request id of a token equal to it.
 *   <li>Personal data (names, phone, e-mail, device id) is write-only; {@code description} in answers is the
 *       request's subject; {@code expected_datetime} is the statutory due date of the current step, end of day.
 *   <li>{@code page} (from 1) and {@code page_size} (default 50, at most 100) page GET requests; without ids or
 *       dates, the last 90 days are listed.
 * </ul>
 */
@Controller
class Open311Controller {

    static final String BASE = "/open311/v2";
    static final String SPEC = "http://wiki.open311.org/GeoReport_v2";
    static final String CHANGESET = "2026-11-29T00:00:00+07:00";
    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_DESCRIPTION = 4000;

    private final Open311Queries queries;
    private final Open311Filing filing;
    private final Open311Properties properties;
    private final Clock clock;

    Open311Controller(Open311Queries queries, Open311Filing filing, Open311Properties properties, Clock clock) {
        this.queries = queries;
        this.filing = filing;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(BASE + "/discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable String format) {
        Format f = Format.of(format);
        String url =
                ServletUriComponentsBuilder.fromCurrentContextPath().path(BASE).toUriString();
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPEC);
        endpoint.put("url", url);
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", new Open311Body.Items("format", List.of("text/xml", "application/json")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("changeset", CHANGESET);
        body.put("contact", properties.contactText());
        body.put("key_service", "/petitions/admin/api-clients");
        body.put("endpoints", new Open311Body.Items("endpoint", List.of(endpoint)));
        return f.ok(Open311Body.object("discovery", body));
    }

    @GetMapping(BASE + "/services.{format}")
    ResponseEntity<String> services(@PathVariable String format) {
        Format f = Format.of(format);
        List<Map<String, @Nullable Object>> services = queries.services().stream()
                .map(s -> {
                    Map<String, @Nullable Object> m = new LinkedHashMap<>();
                    m.put("service_code", s.code());
                    m.put("service_name", s.name());
                    m.put("description", s.description());
                    m.put("metadata", true);
                    m.put("type", "realtime");
                    m.put("keywords", null);
                    m.put("group", null);
                    return m;
                })
                .toList();
        return f.ok(Open311Body.list("services", "service", services));
    }

    @GetMapping(BASE + "/services/{serviceCode}.{format}")
    ResponseEntity<String> service(@PathVariable String serviceCode, @PathVariable String format) {
        Format f = Format.of(format);
        Open311Queries.Service service = queries.service(serviceCode)
                .orElseThrow(() -> Open311Failure.notFound("service_code " + serviceCode + " not found"));
        List<Map<String, String>> values = queries.communes(properties.provinceCode()).stream()
                .map(c -> {
                    Map<String, String> v = new LinkedHashMap<>();
                    v.put("key", c.id());
                    v.put("name", c.name());
                    return v;
                })
                .toList();
        Map<String, Object> commune = new LinkedHashMap<>();
        commune.put("variable", true);
        commune.put("code", "commune");
        commune.put("datatype", "singlevaluelist");
        commune.put("required", true);
        commune.put("datatype_description", "Unit code of the commune or ward (xã, phường)");
        commune.put("order", 1);
        commune.put("description", "Xã, phường nơi phát sinh phản ánh / Commune or ward concerned");
        commune.put("values", new Open311Body.Items("value", values));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service_code", service.code());
        body.put("attributes", new Open311Body.Items("attribute", List.of(commune)));
        return f.ok(Open311Body.object("service_definition", body));
    }

    @PostMapping(BASE + "/requests.{format}")
    ResponseEntity<String> create(@PathVariable String format, HttpServletRequest request) {
        Format f = Format.of(format);
        String key = param(request, "api_key");
        if (key == null) {
            throw Open311Failure.forbidden("api_key not provided");
        }
        var client = queries.clientByKeyHash(ApiKeys.hash(key))
                .orElseThrow(() -> Open311Failure.forbidden("api_key is not valid"));
        String code = param(request, "service_code");
        if (code == null) {
            throw Open311Failure.badRequest("service_code not provided");
        }
        Open311Queries.Service service = queries.service(code)
                .orElseThrow(() -> Open311Failure.badRequest("service_code " + code + " is not a known service"));
        BigDecimal lat = coordinate(request, "lat", 90);
        BigDecimal lon = coordinate(request, "long", 180);
        if ((lat == null) != (lon == null)) {
            throw Open311Failure.badRequest("lat and long must be given together");
        }
        String address = param(request, "address_string");
        String addressId = param(request, "address_id");
        if (lat == null && address == null && addressId == null) {
            throw Open311Failure.badRequest("a location is required: lat and long, address_string or address_id");
        }
        String communeCode = param(request, "attribute[commune]");
        if (communeCode == null) {
            communeCode = addressId;
        }
        if (communeCode == null) {
            throw Open311Failure.badRequest("attribute[commune] is required");
        }
        String communeId = communeCode;
        Open311Queries.Commune commune = queries.commune(properties.provinceCode(), communeId)
                .orElseThrow(() -> Open311Failure.badRequest("attribute[commune] is not a commune of the province"));
        String description = param(request, "description");
        if (description == null) {
            throw Open311Failure.badRequest("description is required");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw Open311Failure.badRequest("description is longer than " + MAX_DESCRIPTION + " characters");
        }
        String email = param(request, "email");
        if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
            throw Open311Failure.badRequest("email is not valid");
        }
        String phone = param(request, "phone");
        if (phone != null && !phone.matches("[0-9+ ().-]{6,20}")) {
            throw Open311Failure.badRequest("phone is not valid");
        }
        String name = join(param(request, "first_name"), param(request, "last_name"));
        if (name != null && name.length() > 200) {
            throw Open311Failure.badRequest("first_name and last_name are too long");
        }
        String media = param(request, "media_url");
        Open311Filing.Filed filed = filing.file(new Open311Filing.Request(
                client,
                service,
                commune,
                description,
                lat,
                lon,
                address,
                media,
                name,
                phone,
                email,
                param(request, "device_id")));
        Map<String, @Nullable Object> answer = new LinkedHashMap<>();
        answer.put("service_request_id", filed.trackingCode());
        answer.put("service_notice", filed.notice());
        answer.put("account_id", null);
        return f.status(HttpStatus.CREATED, Open311Body.list("service_requests", "request", List.of(answer)));
    }

    @GetMapping(BASE + "/requests.{format}")
    ResponseEntity<String> requests(@PathVariable String format, HttpServletRequest request) {
        Format f = Format.of(format);
        String idsParam = param(request, "service_request_id");
        List<String> ids = idsParam == null
                ? List.of()
                : Arrays.stream(idsParam.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
        if (ids.size() > MAX_PAGE_SIZE) {
            throw Open311Failure.badRequest("at most " + MAX_PAGE_SIZE + " service_request_id values");
        }
        OffsetDateTime start = date(request, "start_date");
        OffsetDateTime end = date(request, "end_date");
        if (start != null && end != null && end.isBefore(start)) {
            throw Open311Failure.badRequest("end_date is before start_date");
        }
        if (ids.isEmpty() && start == null && end == null) {
            start = OffsetDateTime.now(clock).minusDays(90);
        }
        Boolean open = status(param(request, "status"));
        int page = number(request, "page", 1);
        int size = Math.min(number(request, "page_size", DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
        List<Map<String, @Nullable Object>> found = queries.requests(
                new Open311Queries.RequestFilter(ids, param(request, "service_code"), start, end, open, page, size));
        return f.ok(Open311Body.list("service_requests", "request", found));
    }

    @GetMapping(BASE + "/requests/{id}.{format}")
    ResponseEntity<String> request(@PathVariable String id, @PathVariable String format) {
        Format f = Format.of(format);
        Map<String, @Nullable Object> found = queries.request(id)
                .orElseThrow(() -> Open311Failure.notFound("service_request_id " + id + " not found"));
        return f.ok(Open311Body.list("service_requests", "request", List.of(found)));
    }

    @GetMapping(BASE + "/tokens/{token}.{format}")
    ResponseEntity<String> token(@PathVariable String token, @PathVariable String format) {
        Format f = Format.of(format);
        queries.request(token).orElseThrow(() -> Open311Failure.notFound("token " + token + " not found"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("service_request_id", token);
        answer.put("token", token);
        return f.ok(Open311Body.list("service_requests", "request", List.of(answer)));
    }

    @ExceptionHandler(Open311Failure.class)
    ResponseEntity<String> failure(Open311Failure e, HttpServletRequest request) {
        Format f = request.getRequestURI().endsWith(".xml") ? Format.XML : Format.JSON;
        return f.status(HttpStatus.valueOf(e.status()), Open311Body.errors(e.status(), e.getMessage()));
    }

    private static @Nullable String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static @Nullable String join(@Nullable String first, @Nullable String last) {
        if (first == null && last == null) {
            return null;
        }
        return ((last == null ? "" : last) + " " + (first == null ? "" : first)).trim();
    }

    private static @Nullable BigDecimal coordinate(HttpServletRequest request, String name, int limit) {
        String value = param(request, name);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(value);
            if (d.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
                throw Open311Failure.badRequest(name + " is out of range");
            }
            return d.setScale(6, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw Open311Failure.badRequest(name + " is not a number");
        }
    }

    private static @Nullable OffsetDateTime date(HttpServletRequest request, String name) {
        String value = param(request, name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value).atStartOfDay().atOffset(Open311Queries.VIETNAM);
            } catch (DateTimeParseException e2) {
                throw Open311Failure.badRequest(name + " is not an ISO 8601 date and time");
            }
        }
    }

    private static @Nullable Boolean status(@Nullable String value) {
        if (value == null) {
            return null;
        }
        boolean open = false;
        boolean closed = false;
        for (String s : value.split(",")) {
            switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "open" -> open = true;
                case "closed" -> closed = true;
                default -> throw Open311Failure.badRequest("status must be open or closed");
            }
        }
        return open == closed ? null : open;
    }

    private static int number(HttpServletRequest request, String name, int fallback) {
        String value = param(request, name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw Open311Failure.badRequest(name + " must be at least 1");
            }
            return n;
        } catch (NumberFormatException e) {
            throw Open311Failure.badRequest(name + " is not a number");
        }
    }

    /** The two formats of the spec, chosen by the resource's extension. */
    enum Format {
        JSON(new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8)),
        XML(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8));

        private final MediaType type;

        Format(MediaType type) {
            this.type = type;
        }

        static Format of(String extension) {
            return switch (extension) {
                case "json" -> JSON;
                case "xml" -> XML;
                default -> throw Open311Failure.notFound("format " + extension + " is not supported: json or xml");
            };
        }

        ResponseEntity<String> ok(Open311Body body) {
            return status(HttpStatus.OK, body);
        }

        ResponseEntity<String> status(HttpStatus status, Open311Body body) {
            return ResponseEntity.status(status).contentType(type).body(this == JSON ? body.json() : body.xml());
        }
    }
}
