package org.pathway.demo;

import java.util.List;
import org.pathway.security.AppUser;
import org.pathway.security.AppUserRepository;
import org.pathway.security.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo users, one per role, all with the password {@value #PASSWORD}: made with the demo data, and named on the
 * sign-in page only while they exist (never where the demo data is off).
 */
@Component
@ConditionalOnProperty(name = "pathway.demo-data", havingValue = "true")
public class DemoUsers {

    static final String PASSWORD = "pathway-demo";

    private final AppUserRepository users;
    private final PasswordEncoder passwords;

    DemoUsers(AppUserRepository users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    void create() {
        String hash = passwords.encode(PASSWORD);
        users.saveAll(List.of(
                new AppUser("hannah", hash, Role.EMPLOYEE, "am-ready-now"),
                new AppUser("daniel", hash, Role.MANAGER, "am-ready-1-2"),
                new AppUser("lnd", hash, Role.LND, null),
                new AppUser("planner", hash, Role.WORKFORCE_PLANNER, null),
                new AppUser("admin", hash, Role.ADMIN, null),
                new AppUser("analyst", hash, Role.HR_ANALYST, null)));
    }

    /** Whether the demo accounts are in this database (an administrator may have removed them). */
    public boolean present() {
        return users.existsById("admin") && users.existsById("hannah");
    }
}
