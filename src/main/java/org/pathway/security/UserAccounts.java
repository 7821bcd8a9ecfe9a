package org.pathway.security;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users' accounts over their life: an account is disabled and unlinked from its employee when the employee is erased,
 * and from then on it cannot sign in and its open sessions end ({@link DisabledAccounts}).
 */
@Service
public class UserAccounts {

    private final AppUserRepository users;
    private final ApplicationEventPublisher events;
    private final Set<String> disabled = ConcurrentHashMap.newKeySet();

    UserAccounts(AppUserRepository users, ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
        users.findByEnabledFalse().forEach(user -> disabled.add(user.getUsername()));
    }

    /** The account of the employee, if they have one. */
    public Optional<AppUser> accountOf(String employeeId) {
        return users.findByEmployeeId(employeeId);
    }

    /** The employee a user is, if the user exists and is linked to one. */
    public Optional<String> employeeIdOf(String username) {
        return users.findById(username).map(AppUser::getEmployeeId);
    }

    /** Disables the employee's account and unlinks it from them; returns its username, if they had one. */
    @Transactional
    public Optional<String> disableAccountOf(String employeeId) {
        return users.findByEmployeeId(employeeId).map(user -> {
            user.disable();
            disabled.add(user.getUsername());
            events.publishEvent(new AccountDisabled(user.getUsername()));
            return user.getUsername();
        });
    }

    public boolean isDisabled(String username) {
        return disabled.contains(username);
    }
}
