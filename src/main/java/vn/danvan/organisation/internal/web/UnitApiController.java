package vn.danvan.organisation.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.organisation.AdminUnitView;
import vn.danvan.organisation.AdminUnits;
import vn.danvan.organisation.UnitLevel;
import vn.danvan.organisation.UnitLineageView;
import vn.danvan.organisation.UnitQuery;
import vn.danvan.shared.web.ApiPage;
import vn.danvan.shared.web.RecordNotFound;

/** JSON API of administrative units. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Administrative units", description = "Vietnam's units before and after 1 July 2025, with lineage")
class UnitApiController {

    static final int MAX_SIZE = 500;

    private final AdminUnits units;

    UnitApiController(AdminUnits units) {
        this.units = units;
    }

    @GetMapping
    @Operation(
            summary = "Search units",
            description = "level=PROVINCE → the 34 current provinces; level=PROVINCE&at=2025-06-30 → the 63 old ones; "
                    + "parent=33&level=COMMUNE → Hưng Yên's communes; q=thai%20thuy → name search ignoring diacritics "
                    + "(both eras unless at is given). Sorted in Vietnamese alphabetical order, paged.")
    ApiPage<AdminUnitView> search(
            @RequestParam(required = false) @Nullable UnitLevel level,
            @RequestParam(required = false) @Nullable String parent,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        var result = units.search(
                new UnitQuery(level, parent == null || parent.isBlank() ? null : parent, at, q),
                PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), MAX_SIZE)));
        return ApiPage.of(result, u -> u);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One unit with what it was formed from and what it became")
    UnitDetail get(@PathVariable String id) {
        AdminUnitView unit = units.find(id).orElseThrow(() -> new RecordNotFound("unit", id));
        return new UnitDetail(
                unit,
                units.formedFromText(id).orElse(null),
                units.predecessors(id),
                units.successors(id),
                units.ancestors(id));
    }

    /** A unit, its origin text, the units it was formed from, the units it became, and its ancestors. */
    record UnitDetail(
            AdminUnitView unit,
            @Nullable String formedFrom,
            List<UnitLineageView> predecessors,
            List<UnitLineageView> successors,
            List<AdminUnitView> ancestors) {}
}
