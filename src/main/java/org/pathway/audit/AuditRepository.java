package org.pathway.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The audit trail. */
public interface AuditRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByEmployeeIdOrderById(String employeeId);

    List<AuditEvent> findByActorOrderById(String actor);
}
