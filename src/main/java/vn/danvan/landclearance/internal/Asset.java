package vn.danvan.landclearance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** An asset on the recovered land (nhà, công trình, cây cối, vật nuôi…) with its quantity and compensated amount. */
@Embeddable
record Asset(
        String item,
        @Column(name = "unit") @Nullable String unit,
        @Nullable BigDecimal quantity,
        @Nullable BigDecimal amount) {}
