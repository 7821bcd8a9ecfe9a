package org.pathway.crosswalk;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredLinkRepository extends JpaRepository<StoredLink, Long> {

    List<StoredLink> findByFromFrameworkAndToFrameworkOrderById(String fromFramework, String toFramework);

    Optional<StoredLink> findByFromFrameworkAndToFrameworkAndFromCompetencyAndFromIndicatorAndToCompetencyAndToIndicator(
            String fromFramework, String toFramework, String fromCompetency, String fromIndicator, String toCompetency,
            String toIndicator);
}
