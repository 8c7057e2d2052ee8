package vn.danvan.covenant.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import vn.danvan.covenant.CovenantMetric;
import vn.danvan.covenant.Measurement;
import vn.danvan.covenant.MetricQuery;
import vn.danvan.covenant.MetricSubject;
import vn.danvan.shared.security.Scope;

/**
 * A metric for the covenant tests: households handed over out of a total, per area path, as set by the test (the
 * land clearance module's metrics are not needed). Its subjects are two test projects, one of them only visible in
 * Phố Hiến. It counts its calls so that tests can check that a period is measured in one call per criterion.
 */
@Component
public class TestHouseholdsMetric implements CovenantMetric {

    public static final String CODE = "test.households-handed-over";

    private final Map<String, BigDecimal[]> values = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameKey() {
        return "cv.criterion.text";
    }

    @Override
    public String unitKey() {
        return "cv.target";
    }

    @Override
    public boolean needsSubject() {
        return true;
    }

    @Override
    public boolean needsDays() {
        return false;
    }

    @Override
    public List<MetricSubject> subjects(Scope scope) {
        return scope.includes("33/11953") ? List.of(new MetricSubject("test-project", "Dự án thử nghiệm")) : List.of();
    }

    @Override
    public Map<String, Measurement> measure(MetricQuery query, Collection<String> paths) {
        calls.incrementAndGet();
        Map<String, Measurement> answer = new LinkedHashMap<>();
        for (String path : paths) {
            BigDecimal[] v = values.get(path);
            answer.put(path, v == null ? Measurement.count(0) : Measurement.share(v[0], v[1]));
        }
        return answer;
    }

    /** Sets the households handed over and the total for an area. */
    public void set(String path, long handedOver, long total) {
        values.put(path, new BigDecimal[] {BigDecimal.valueOf(handedOver), BigDecimal.valueOf(total)});
    }

    public int calls() {
        return calls.get();
    }
}
