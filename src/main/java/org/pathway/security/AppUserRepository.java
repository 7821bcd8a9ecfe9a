package org.pathway.security;

import org.springframework.data.jpa.repository.JpaRepository;

/** The service's users. */
public interface AppUserRepository extends JpaRepository<AppUser, String> {
}
