package vn.danvan.petition.internal;

/**
 * An Open311 request the spec answers with an error: 400 (bad or missing parameter), 403 (missing or invalid
 * api_key), 404 (unknown service_code or service_request_id). The description is in English, as the API's clients
 * expect, and never echoes personal data.
 */
class Open311Failure extends RuntimeException {

    private final int status;

    Open311Failure(int status, String description) {
        super(description);
        this.status = status;
    }

    static Open311Failure badRequest(String description) {
        return new Open311Failure(400, description);
    }

    static Open311Failure forbidden(String description) {
        return new Open311Failure(403, description);
    }

    static Open311Failure notFound(String description) {
        return new Open311Failure(404, description);
    }

    int status() {
        return status;
    }
}
