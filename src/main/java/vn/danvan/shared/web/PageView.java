package vn.danvan.shared.web;

import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page of a table as the shared pager and sortable headers need it. {@code baseUrl} is the list's URL with its
 * filters but without page and sort, so links keep the filters.
 */
public record PageView<T>(
        List<T> items,
        int number,
        int size,
        long total,
        int totalPages,
        String sort,
        String direction,
        String baseUrl) {

    public static <T> PageView<T> of(Page<T> page, String baseUrl) {
        return of(page, baseUrl, Map.of());
    }

    /**
     * A page whose sort is reported by its request name: {@code sortable} maps request names to entity properties
     * as in {@link Paging#request}.
     */
    public static <T> PageView<T> of(Page<T> page, String baseUrl, Map<String, String> sortable) {
        Sort.Order order = page.getSort().stream().findFirst().orElse(null);
        String property = order == null ? "" : order.getProperty();
        String name = sortable.entrySet().stream()
                .filter(e -> e.getValue().equals(property))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(property);
        return new PageView<>(
                page.getContent(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements(),
                page.getTotalPages(),
                name,
                order == null || order.isAscending() ? "asc" : "desc",
                baseUrl);
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return number + 1 < totalPages;
    }

    public long firstItem() {
        return total == 0 ? 0 : (long) number * size + 1;
    }

    public long lastItem() {
        return Math.min(total, (long) (number + 1) * size);
    }

    /** Link to another page, keeping the sort. */
    public String pageUrl(int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromUriString(baseUrl).replaceQueryParam("page", page);
        if (!sort.isEmpty()) {
            b.replaceQueryParam("sort", sort + "," + direction);
        }
        return b.build().encode().toUriString();
    }

    /** Link that sorts by a column: ascending first, then toggles. Always back to the first page. */
    public String sortUrl(String property) {
        String dir = property.equals(sort) && "asc".equals(direction) ? "desc" : "asc";
        return UriComponentsBuilder.fromUriString(baseUrl)
                .replaceQueryParam("page", 0)
                .replaceQueryParam("sort", property + "," + dir)
                .build()
                .encode()
                .toUriString();
    }

    /** "ascending", "descending" or "none", for aria-sort. */
    public String ariaSort(String property) {
        if (!property.equals(sort)) {
            return "none";
        }
        return "asc".equals(direction) ? "ascending" : "descending";
    }
}
