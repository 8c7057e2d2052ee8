package vn.danvan.covenant.internal;

import java.util.UUID;

/** A signing party: the organisation, its name and its area's path at the time of signing. */
record Party(UUID id, UUID covenantId, int position, UUID orgId, String orgName, String path) {}
