package vn.danvan.directive.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.directive.DirectiveApi;
import vn.danvan.directive.DocumentView;
import vn.danvan.directive.NewTask;
import vn.danvan.directive.PlanView;
import vn.danvan.directive.TaskView;
import vn.danvan.shared.web.RecordNotFound;

/** The {@link DirectiveApi} questions and the one command, answered within the signed-in user's scope. */
@Component
class DirectiveApiAdapter implements DirectiveApi {

    private final DocumentService documents;
    private final TaskService tasks;

    DirectiveApiAdapter(DocumentService documents, TaskService tasks) {
        this.documents = documents;
        this.tasks = tasks;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DocumentView> findDocuments(String text) {
        return documents
                .search(
                        new DocumentFilter(text, null, null, null),
                        PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "issuedOn", "id")))
                .map(DirectiveApiAdapter::view)
                .getContent();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DocumentView> document(UUID id) {
        try {
            return Optional.of(view(documents.get(id)));
        } catch (RecordNotFound e) {
            return Optional.empty();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanView> plansOpenForTasks() {
        List<ImplementationPlan> plans = documents.plansOpenForTasks();
        Map<UUID, String> numbers = new HashMap<>();
        documents
                .byIds(plans.stream().map(ImplementationPlan::documentId).collect(java.util.stream.Collectors.toSet()))
                .forEach(d -> numbers.put(d.id(), d.number()));
        return plans.stream()
                .map(p -> new PlanView(p.id(), p.title(), p.documentId(), numbers.getOrDefault(p.documentId(), "")))
                .toList();
    }

    @Override
    @Transactional
    public UUID addTask(NewTask task) {
        Task.Terms terms = new Task.Terms(
                task.title(), task.content(), task.start(), task.deadline(), task.expectedOutput(), null, null, null);
        return tasks.add(task.planId(), terms, task.leadOrgUnitId(), task.coordinatingOrgUnitIds(), task.origin())
                .id();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, TaskView> tasks(Collection<UUID> ids) {
        Map<UUID, TaskView> views = new HashMap<>();
        var today = tasks.today();
        for (Task t : tasks.byIds(ids)) {
            views.put(
                    t.id(),
                    new TaskView(
                            t.id(),
                            t.planId(),
                            t.title(),
                            t.leadOrgUnitId(),
                            t.deadline(),
                            t.percentComplete(),
                            t.completedOn(),
                            t.status(today)));
        }
        return views;
    }

    static DocumentView view(DirectiveDocument d) {
        return new DocumentView(d.id(), d.number(), d.title(), d.issuedOn(), d.issuingOrgUnitId());
    }
}
