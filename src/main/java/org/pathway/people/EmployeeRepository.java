package org.pathway.people;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stored employees. */
public interface EmployeeRepository extends JpaRepository<EmployeeEntity, String> {

    List<EmployeeEntity> findByManagerIdOrderById(String managerId);

    List<EmployeeEntity> findByFrameworkIdOrderById(String frameworkId);

    @Query("select e.id from EmployeeEntity e order by e.id")
    List<String> findAllIds();

    /** Erasure: the erased person's reports have no manager until one is set. */
    @Modifying
    @Query("update EmployeeEntity e set e.managerId = null where e.managerId = :managerId")
    int clearManager(@Param("managerId") String managerId);
}
