package vn.danvan.petition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.danvan.organisation.AdminUnitView;
import vn.danvan.organisation.AdminUnits;
import vn.danvan.organisation.UnitLevel;
import vn.danvan.organisation.UnitQuery;

/** The communes offered on the forms: today's communes and wards of the province the site serves. */
@Component
class PublicChoices {

    private final AdminUnits units;
    private final Clock clock;
    private final String province;

    PublicChoices(AdminUnits units, Clock clock, @Value("${danvan.petition.public.province:33}") String province) {
        this.units = units;
        this.clock = clock;
        this.province = province;
    }

    List<AdminUnitView> communes() {
        return units.search(
                        new UnitQuery(UnitLevel.COMMUNE, province, LocalDate.now(clock), null), PageRequest.of(0, 1000))
                .getContent();
    }
}
