package vn.danvan.files;

import java.util.UUID;

/**
 * The record a file belongs to: the owning module, the kind of record, its id, and the materialised unit path of
 * the record (the file is visible to users whose scope includes that path).
 */
public record FileOwner(String module, String recordType, UUID recordId, String scopePath) {}
