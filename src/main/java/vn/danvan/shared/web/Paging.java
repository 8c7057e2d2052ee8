package vn.danvan.shared.web;

import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Turns the {@code page} and {@code sort} request parameters of a list into a database page request. Only the
 * listed columns can be sorted on (request name → entity property), so a URL cannot sort on an arbitrary field;
 * the id is always the last sort key, so pages are stable.
 */
public final class Paging {

    public static final int DEFAULT_SIZE = 20;

    private Paging() {}

    public static Pageable request(int page, String sort, Map<String, String> sortable, String fallback) {
        String[] parts = sort.split(",");
        String name = sortable.containsKey(parts[0]) ? parts[0] : fallback;
        Sort.Direction direction =
                parts.length > 1 && "desc".equalsIgnoreCase(parts[1]) ? Sort.Direction.DESC : Sort.Direction.ASC;
        return PageRequest.of(
                Math.max(0, Math.min(page, 100_000)),
                DEFAULT_SIZE,
                Sort.by(direction, sortable.get(name)).and(Sort.by("id")));
    }
}
