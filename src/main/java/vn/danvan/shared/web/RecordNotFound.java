package vn.danvan.shared.web;

/**
 * The record does not exist, or exists outside what the user may see: both answer 404, so a user never learns
 * that a record they may not see exists.
 */
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String what, Object id) {
        super(what + " " + id + " not found or not visible");
    }
}
