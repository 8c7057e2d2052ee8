package vn.danvan.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Questions other modules ask about organisations. Names of organisations are public knowledge, so
 * {@link #names} answers for any organisation; the lists answer within the signed-in user's scope.
 */
public interface Organisations {

    /** The organisation, if the signed-in user may see it. */
    Optional<OrgUnitView> findVisible(UUID id);

    /** The organisation whatever the user's scope, for showing a name or checking a path. */
    Optional<OrgUnitView> find(UUID id);

    /** Names of the given organisations (current names), whatever the user's scope. */
    Map<UUID, String> names(Collection<UUID> ids);

    /** Active organisations the signed-in user may see, by area then name, at most {@code limit}. */
    List<OrgUnitView> choices(int limit);

    /**
     * Organisations attached to an administrative unit, by name, whatever the user's scope; former ones (dissolved,
     * or of units abolished in 2025) only when asked.
     */
    List<OrgUnitView> ofAdminUnit(String adminUnitId, boolean includeFormer);

    /** Organisations directly under another one, by name, whatever the user's scope; former ones when asked. */
    List<OrgUnitView> children(UUID parentId, boolean includeFormer);

    /** Active organisations of the given kind in the areas below {@code path} (e.g. every commune's Front). */
    List<OrgUnitView> ofKindBelow(OrgUnitKind kind, String path);
}
