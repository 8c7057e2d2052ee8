package vn.danvan.organisation.internal.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Create or edit a person. */
public record PersonForm(
        @NotBlank(message = "{organisation.validation.fullName}")
        @Size(max = 200, message = "{organisation.validation.fullNameLength}")
        @Nullable
        String fullName,

        @Pattern(regexp = "^(|MALE|FEMALE|OTHER)$", message = "{organisation.validation.gender}") @Nullable
        String gender,

        @Min(value = 1900, message = "{organisation.validation.birthYear}")
        @Max(value = 2020, message = "{organisation.validation.birthYear}")
        @Nullable
        Integer birthYear,

        @Pattern(regexp = "^$|^[0-9 +().-]{8,20}$", message = "{organisation.validation.phone}") @Nullable
        String phone,

        @Email(message = "{organisation.validation.email}") @Size(max = 200) @Nullable
        String email,

        @NotNull(message = "{organisation.validation.homeOrg}") @Nullable
        UUID homeOrgUnitId) {

    static PersonForm empty(@Nullable UUID org) {
        return new PersonForm(null, null, null, null, null, org);
    }

    static PersonForm of(Person p) {
        return new PersonForm(p.fullName(), p.gender(), p.birthYear(), p.phone(), p.email(), p.homeOrgUnitId());
    }

    Person.PersonDetails details() {
        return new Person.PersonDetails(
                fullName, gender == null || gender.isBlank() ? null : gender, birthYear, phone, email);
    }
}
