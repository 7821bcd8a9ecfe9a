package org.pathway.people;

import org.springframework.data.jpa.repository.JpaRepository;

/** The ids of erased people, never to be reused. */
interface ErasedEmployeeRepository extends JpaRepository<ErasedEmployee, String> {
}
