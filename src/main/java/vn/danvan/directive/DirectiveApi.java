package vn.danvan.directive;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules may ask of the directive module, always within the signed-in user's scope and permissions.
 * {@link #addTask} is the one command: a meeting's accepted proposal becomes a task of a plan the user chooses, and
 * the plan's own rules decide whether it may.
 */
public interface DirectiveApi {

    /** Documents the user may see whose number or title matches (diacritics ignored), newest first, at most 50. */
    List<DocumentView> findDocuments(String text);

    Optional<DocumentView> document(UUID id);

    /** Plans the user may add tasks to. */
    List<PlanView> plansOpenForTasks();

    /** Adds a task to a plan and returns its id; refused with a rule violation if the plan's rules say no. */
    UUID addTask(NewTask task);

    /** The tasks with these ids that the user may see, by id. */
    Map<UUID, TaskView> tasks(Collection<UUID> ids);
}
