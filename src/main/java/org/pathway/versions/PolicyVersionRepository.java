package org.pathway.versions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The published versions of the policy and rules. */
interface PolicyVersionRepository extends JpaRepository<PolicyVersionEntity, Long> {

    Optional<PolicyVersionEntity> findTopByOrderByNumberDesc();

    List<PolicyVersionEntity> findAllByOrderByNumberDesc();
}
