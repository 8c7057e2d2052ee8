package vn.danvan.directive.internal;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;
import vn.danvan.shared.security.Scope;

/**
 * What a user may see, as query conditions: a task when its lead organisation is in the user's area; a plan or
 * document when its owner is, or when one of its tasks is (a commune officer sees the headers of the documents
 * that give their commune work).
 */
final class Visibility {

    private Visibility() {}

    static Specification<Task> tasks(Scope scope) {
        return (root, query, cb) -> scope.predicate(cb, root.get("path"));
    }

    static Specification<DirectiveDocument> documents(Scope scope) {
        return (root, query, cb) -> {
            if (scope.isEverything()) {
                return cb.conjunction();
            }
            Subquery<UUID> sub = query.subquery(UUID.class);
            Root<Task> t = sub.from(Task.class);
            sub.select(t.get("id"))
                    .where(cb.equal(t.get("documentId"), root.get("id")), scope.predicate(cb, t.get("path")));
            return cb.or(scope.predicate(cb, root.get("path")), cb.exists(sub));
        };
    }

    static Specification<ImplementationPlan> plans(Scope scope) {
        return (root, query, cb) -> {
            if (scope.isEverything()) {
                return cb.conjunction();
            }
            Subquery<UUID> sub = query.subquery(UUID.class);
            Root<Task> t = sub.from(Task.class);
            sub.select(t.get("id"))
                    .where(cb.equal(t.get("planId"), root.get("id")), scope.predicate(cb, t.get("path")));
            return cb.or(scope.predicate(cb, root.get("path")), cb.exists(sub));
        };
    }

    static <T> Specification<T> id(UUID id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
