package vn.danvan.organisation.internal.demo;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.organisation.DemoMode;
import vn.danvan.organisation.Role;
import vn.danvan.shared.db.DatabaseProperties;

/** The demo accounts, one per role, and whether demo mode is on. */
@Component
public class DemoAccounts implements DemoMode {

    /** The password of every demo account; shown on the sign-in page while demo mode is on. */
    static final String DEFAULT_PASSWORD = "danvan-demo-2026";

    static final List<DemoAccount> ALL = List.of(
            new DemoAccount("quantri", Role.SYSTEM_ADMIN, "Quản trị hệ thống"),
            new DemoAccount("lanhdao.tinh", Role.PROVINCE_BOARD_LEADER, "Lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
            new DemoAccount(
                    "chuyenvien.tinh", Role.PROVINCE_BOARD_SPECIALIST, "Chuyên viên Ban Tuyên giáo và Dân vận Tỉnh ủy"),
            new DemoAccount("canbo.phohien", Role.COMMUNE_OFFICER, "Cán bộ phường Phố Hiến"),
            new DemoAccount("mattran.phohien", Role.FRONT_OFFICER, "Cán bộ Ủy ban MTTQ phường Phố Hiến"),
            new DemoAccount("xuly.tinh", Role.AGENCY_HANDLER, "Cán bộ xử lý, Ban Tiếp công dân tỉnh"));

    private final boolean enabled;
    private final String password;

    DemoAccounts(DemoProperties demo, DatabaseProperties db) {
        this.enabled = demo.enabled() != null ? demo.enabled() : db.isEmbedded();
        this.password = demo.password() != null && !demo.password().isBlank() ? demo.password() : DEFAULT_PASSWORD;
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    String password() {
        return password;
    }

    /** The accounts to list on the sign-in page: none unless demo mode is on. */
    public List<DemoAccount> listed() {
        return enabled ? ALL.stream().map(a -> a.withPassword(password)).toList() : List.of();
    }

    /** A demo account: username, role, what it stands for, and (when listed) its password. */
    public record DemoAccount(String username, Role role, String description, String password) {

        DemoAccount(String username, Role role, String description) {
            this(username, role, description, "");
        }

        DemoAccount withPassword(String password) {
            return new DemoAccount(username, role, description, password);
        }
    }
}
