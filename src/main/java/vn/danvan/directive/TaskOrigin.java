package vn.danvan.directive;

import java.util.UUID;

/**
 * Where a task came from when another module created it, e.g. a proposal raised at a meeting: the module, the
 * kind of record, its id, the enclosing record (the meeting) and a label to show.
 */
public record TaskOrigin(String module, String recordType, UUID recordId, UUID parentRecordId, String label) {}
