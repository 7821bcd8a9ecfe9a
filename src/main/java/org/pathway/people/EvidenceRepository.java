package org.pathway.people;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored evidence. */
public interface EvidenceRepository extends JpaRepository<EvidenceEntity, String> {

    List<EvidenceEntity> findByEmployeeIdOrderById(String employeeId);

    void deleteByEmployeeId(String employeeId);
}
