package org.pathway.publishing;

import org.springframework.data.jpa.repository.JpaRepository;

/** The published frameworks, by framework id. */
interface PublishedFrameworkRepository extends JpaRepository<PublishedFramework, String> {
}
