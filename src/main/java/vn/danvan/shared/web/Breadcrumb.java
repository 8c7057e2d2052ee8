package vn.danvan.shared.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One step of the breadcrumb trail. Either {@code labelKey} (a message key) or {@code text} (a record's own name,
 * such as a unit's) is shown; the last step has no link.
 */
public record Breadcrumb(
        @Nullable String labelKey,
        @Nullable String text,
        @Nullable String href) {

    public static Breadcrumb key(String labelKey, @Nullable String href) {
        return new Breadcrumb(labelKey, null, href);
    }

    public static Breadcrumb text(String text, @Nullable String href) {
        return new Breadcrumb(null, text, href);
    }

    public static List<Breadcrumb> trail(Breadcrumb... steps) {
        return List.of(steps);
    }
}
