package org.pathway.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user of the service: a hashed password, one role, the employee they are (if any), and whether it may sign in. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "employee_id")
    private String employeeId;
    private boolean enabled = true;

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, Role role, String employeeId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.employeeId = employeeId;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The account can no longer sign in, and no longer stands for any employee. */
    void disable() {
        enabled = false;
        employeeId = null;
    }
}
