package org.pathway.people;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored protected characteristics, by employee id. */
interface CharacteristicsRepository extends JpaRepository<CharacteristicsEntity, String> {
}
