package vn.danvan.landclearance.internal;

import java.util.UUID;

/**
 * Lets the import benchmark (in another package) drive the package-private import service: read only, upload
 * (read + check + keep), confirm (re-read + re-check + write).
 */
public final class HouseholdImportBenchmarkSupport {

    private final HouseholdImportService service;

    public HouseholdImportBenchmarkSupport(Object service) {
        this.service = (HouseholdImportService) service;
    }

    public static Class<?> serviceType() {
        return HouseholdImportService.class;
    }

    public static int read(byte[] content) {
        return HouseholdImportReader.read(content).size();
    }

    public UUID upload(UUID project, byte[] content) {
        return service.upload(project, "benchmark.xlsx", content);
    }

    public int[] counts(UUID project, UUID importId) {
        var s = service.summary(project, importId);
        return new int[] {s.households(), s.plots(), s.goodRows(), s.badRows(), s.errorCount()};
    }

    public int[] confirm(UUID project, UUID importId) {
        var o = service.confirm(project, importId, false);
        return new int[] {o.households(), o.plots()};
    }
}
