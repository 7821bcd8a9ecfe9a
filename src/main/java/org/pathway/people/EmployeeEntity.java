package org.pathway.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An employee as the service stores them; their evidence is stored apart (see {@link EvidenceEntity}). */
@Entity
@Table(name = "employee")
public class EmployeeEntity {

    @Id
    private String id;
    private String name;
    @Column(name = "framework_id")
    private String frameworkId;
    @Column(name = "current_role_id")
    private String currentRoleId;
    private String directorate;
    private String service;
    private String team;
    @Column(name = "manager_id")
    private String managerId;
    @Column(name = "contracted_hours")
    private BigDecimal contractedHours;
    @Column(name = "expected_leaving_on")
    private LocalDate expectedLeavingOn;

    protected EmployeeEntity() {
    }

    public static EmployeeEntity of(Employee employee) {
        EmployeeEntity entity = new EmployeeEntity();
        entity.id = employee.id();
        entity.name = employee.name();
        entity.frameworkId = employee.frameworkId();
        entity.currentRoleId = employee.currentRoleId();
        if (employee.unit() != null) {
            entity.directorate = employee.unit().directorate();
            entity.service = employee.unit().service();
            entity.team = employee.unit().team();
        }
        entity.managerId = employee.managerId();
        entity.contractedHours = BigDecimal.valueOf(employee.contractedHours());
        entity.expectedLeavingOn = employee.expectedLeavingOn();
        return entity;
    }

    /** The employee with the given evidence, as the analyses take them; their characteristics are stored apart. */
    public Employee toEmployee(List<Evidence> evidence) {
        Unit unit = directorate == null ? null : new Unit(directorate, service, team);
        return new Employee(id, name, frameworkId, currentRoleId, unit, managerId, contractedHours.doubleValue(), evidence,
                null, expectedLeavingOn);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getFrameworkId() {
        return frameworkId;
    }

    public String getManagerId() {
        return managerId;
    }
}
