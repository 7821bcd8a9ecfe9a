package org.pathway.people;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored employees. */
public interface EmployeeRepository extends JpaRepository<EmployeeEntity, String> {

    List<EmployeeEntity> findByManagerIdOrderById(String managerId);

    List<EmployeeEntity> findByFrameworkIdOrderById(String frameworkId);
}
