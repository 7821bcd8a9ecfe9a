package org.pathway.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The service's users. */
public interface AppUserRepository extends JpaRepository<AppUser, String> {

    Optional<AppUser> findByEmployeeId(String employeeId);

    List<AppUser> findByEnabledFalse();
}
