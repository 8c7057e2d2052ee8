package vn.danvan.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the main navigation, contributed by a module as a bean. {@code labelKey} is a message key;
 * {@code permission}, when present, hides the entry from users without it (the pages check it again).
 */
public record NavigationItem(
        String labelKey, String href, String icon, @Nullable String permission, int order) {}
