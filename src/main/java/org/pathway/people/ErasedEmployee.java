package org.pathway.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The id of an erased person, kept (with nothing else about them) so that it is never given to anyone else. */
@Entity
@Table(name = "erased_employee")
class ErasedEmployee {

    @Id
    private String id;
    @Column(name = "erased_at")
    private Instant erasedAt;

    protected ErasedEmployee() {
    }

    ErasedEmployee(String id, Instant erasedAt) {
        this.id = id;
        this.erasedAt = erasedAt;
    }
}
