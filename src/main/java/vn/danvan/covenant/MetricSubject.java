package vn.danvan.covenant;

/** Something a metric can be about (for land clearance: a key project), by id and label. */
public record MetricSubject(String id, String label) {}
