package org.pathway.people;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stored evidence, found by employee and evidence id together, never by a joined string. */
public interface EvidenceRepository extends JpaRepository<EvidenceEntity, EvidenceKey> {

    List<EvidenceEntity> findByEmployeeIdOrderByEvidenceId(String employeeId);

    /** The whole council's evidence in one query, employee by employee. */
    List<EvidenceEntity> findAllByOrderByEmployeeIdAscEvidenceIdAsc();

    List<EvidenceEntity> findByEmployeeIdInOrderByEmployeeIdAscEvidenceIdAsc(Collection<String> employeeIds);

    void deleteByEmployeeId(String employeeId);

    /** Erasure: decisions and recordings by the erased person keep that they happened, not who made them. */
    @Modifying
    @Query("update EvidenceEntity e set e.validatedBy = :erased where e.validatedBy in :names")
    int replaceValidator(@Param("names") Collection<String> names, @Param("erased") String erased);

    @Modifying
    @Query("update EvidenceEntity e set e.recordedBy = :erased where e.recordedBy in :names")
    int replaceRecorder(@Param("names") Collection<String> names, @Param("erased") String erased);
}
