package vn.danvan.shared.security;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The areas a user may see: a set of materialised unit paths ({@code 33}, {@code 33/12133}). A record is inside the
 * scope when its path equals one of them or lies below it. {@link #everything()} is the scope of a system
 * administrator. The check is always applied in the database query, through {@link #sql(String)} or
 * {@link #predicate(CriteriaBuilder, Expression)}, so that it is backed by the path index.
 */
public final class Scope {

    private static final Scope EVERYTHING = new Scope(Set.of(), true);
    private static final Scope NOTHING = new Scope(Set.of(), false);

    private final Set<String> paths;
    private final boolean everything;

    private Scope(Set<String> paths, boolean everything) {
        this.paths = paths;
        this.everything = everything;
    }

    public static Scope everything() {
        return EVERYTHING;
    }

    public static Scope nothing() {
        return NOTHING;
    }

    /** The union of the given areas; an area already covered by a wider one is dropped. */
    public static Scope of(Collection<String> paths) {
        TreeSet<String> sorted = new TreeSet<>(paths);
        TreeSet<String> kept = new TreeSet<>();
        for (String path : sorted) {
            if (path.isBlank()) {
                throw new IllegalArgumentException("A scope path cannot be blank");
            }
            if (kept.stream().noneMatch(k -> covers(k, path))) {
                kept.add(path);
            }
        }
        return kept.isEmpty() ? NOTHING : new Scope(Set.copyOf(kept), false);
    }

    public static Scope of(String... paths) {
        return of(List.of(paths));
    }

    public boolean isEverything() {
        return everything;
    }

    public boolean isNothing() {
        return !everything && paths.isEmpty();
    }

    public Set<String> paths() {
        return paths;
    }

    /** Whether a record whose unit has this path is inside the scope. */
    public boolean includes(String path) {
        return everything || paths.stream().anyMatch(p -> covers(p, path));
    }

    /** Whether every record of the given area is inside the scope. */
    public boolean includesAll(Scope other) {
        if (everything) {
            return true;
        }
        if (other.everything) {
            return false;
        }
        return other.paths.stream().allMatch(this::includes);
    }

    private static boolean covers(String area, String path) {
        return path.equals(area) || path.startsWith(area + "/");
    }

    /** A SQL condition on the given path column, with its parameters in {@link SqlCondition#params()}. */
    public SqlCondition sql(String column) {
        if (everything) {
            return new SqlCondition("TRUE", List.of());
        }
        if (paths.isEmpty()) {
            return new SqlCondition("FALSE", List.of());
        }
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (String p : paths) {
            parts.add("(" + column + " = ? OR " + column + " LIKE ?)");
            params.add(p);
            params.add(escapeLike(p) + "/%");
        }
        return new SqlCondition("(" + String.join(" OR ", parts) + ")", List.copyOf(params));
    }

    /** The same condition for a JPA criteria query. */
    public Predicate predicate(CriteriaBuilder cb, Expression<String> path) {
        if (everything) {
            return cb.conjunction();
        }
        if (paths.isEmpty()) {
            return cb.disjunction();
        }
        List<Predicate> ors = new ArrayList<>();
        for (String p : paths) {
            ors.add(cb.equal(path, p));
            ors.add(cb.like(path, escapeLike(p) + "/%", '\\'));
        }
        return cb.or(ors.toArray(Predicate[]::new));
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public String toString() {
        return everything ? "Scope[everything]" : "Scope" + paths;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scope s && s.everything == everything && s.paths.equals(paths);
    }

    @Override
    public int hashCode() {
        return paths.hashCode() * 31 + (everything ? 1 : 0);
    }

    /** A SQL boolean expression and its positional parameters. */
    public record SqlCondition(String sql, List<Object> params) {}
}
