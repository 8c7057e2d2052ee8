package vn.danvan.meeting.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.danvan.shared.Ids;

/** A person or organisation invited to a meeting (đại biểu được mời), with their attendance. */
@Entity
@Table(name = "meeting_invitee")
public class Invitee {

    @Id
    private UUID id;

    private int position;
    private String name;
    private @Nullable UUID orgId;
    private @Nullable String orgName;
    private @Nullable String email;

    @Enumerated(EnumType.STRING)
    private Attendance attendance;

    protected Invitee() {}

    Invitee(int position, String name, @Nullable UUID orgId, @Nullable String orgName, @Nullable String email) {
        this.id = Ids.newId();
        this.position = position;
        this.name = name.strip();
        this.orgId = orgId;
        this.orgName = orgName == null || orgName.isBlank() ? null : orgName.strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.attendance = Attendance.INVITED;
    }

    void recordAttendance(Attendance attendance) {
        this.attendance = attendance;
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public @Nullable UUID orgId() {
        return orgId;
    }

    public @Nullable String orgName() {
        return orgName;
    }

    public @Nullable String email() {
        return email;
    }

    public Attendance attendance() {
        return attendance;
    }
}
