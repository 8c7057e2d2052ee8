package vn.danvan.organisation;

/**
 * Whether demo mode is on: on by default with the embedded database, off with an external one
 * ({@code DANVAN_DEMO_ENABLED} overrides). Other modules load their demo data only when it is, after the demo
 * province of this module (order their loaders after {@link #DEMO_PROVINCE_ORDER}).
 */
public interface DemoMode {

    /** The order of the organisation module's demo loader; later loaders use a higher order. */
    int DEMO_PROVINCE_ORDER = Integer.MAX_VALUE - 100;

    boolean enabled();
}
