package org.pathway.plans;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Saved development plans. */
interface SavedPlanRepository extends JpaRepository<SavedPlan, String> {

    Optional<SavedPlan> findFirstByEmployeeIdOrderBySavedAtDesc(String employeeId);

    Optional<SavedPlan> findByJobId(String jobId);
}
