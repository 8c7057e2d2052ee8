package vn.danvan.directive;

import java.time.LocalDate;
import java.util.UUID;

/** A directive document as other modules see it, e.g. "Chỉ thị số 29-CT/TU" of 22/9/2022. */
public record DocumentView(UUID id, String number, String title, LocalDate issuedOn, UUID issuingOrgUnitId) {}
