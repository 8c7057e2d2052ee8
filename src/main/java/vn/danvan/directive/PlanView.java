package vn.danvan.directive;

import java.util.UUID;

/** An implementation plan as other modules see it: its id, title and the document it implements. */
public record PlanView(UUID id, String title, UUID documentId, String documentNumber) {}
