package vn.danvan.directive.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Documents; the service adds the user's scope to every query. */
interface DocumentRepository
        extends JpaRepository<DirectiveDocument, UUID>, JpaSpecificationExecutor<DirectiveDocument> {

    boolean existsByNumberAndDemoTrue(String number);
}
