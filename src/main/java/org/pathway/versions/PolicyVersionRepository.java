package org.pathway.versions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The published versions of the policy and rules. */
interface PolicyVersionRepository extends JpaRepository<PolicyVersionEntity, Long> {

    Optional<PolicyVersionEntity> findTopByOrderByNumberDesc();

    /** The latest version's number (0 when none is stored), without its content. */
    @Query("select coalesce(max(v.number), 0) from PolicyVersionEntity v")
    long latestNumber();

    boolean existsByHash(String hash);

    /** The newest version whose hash starts with {@code prefix} (a version's name on reports). */
    Optional<PolicyVersionEntity> findFirstByHashStartingWithOrderByNumberDesc(String prefix);

    List<PolicyVersionEntity> findAllByOrderByNumberDesc();
}
