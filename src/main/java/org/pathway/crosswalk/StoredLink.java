package org.pathway.crosswalk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A reviewed crosswalk link as stored (Flyway V8): '' stands for no indicator. */
@Entity
@Table(name = "crosswalk_link")
class StoredLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "from_framework")
    private String fromFramework;
    @Column(name = "to_framework")
    private String toFramework;
    @Column(name = "from_competency")
    private String fromCompetency;
    @Column(name = "from_indicator")
    private String fromIndicator;
    @Column(name = "to_competency")
    private String toCompetency;
    @Column(name = "to_indicator")
    private String toIndicator;
    private String strength;
    private String status;
    private Double score;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Version
    private long version;

    protected StoredLink() {
    }

    StoredLink(String from, String to, CrosswalkLink link) {
        this.fromFramework = from;
        this.toFramework = to;
        this.fromCompetency = link.fromCompetency();
        this.fromIndicator = orEmpty(link.fromIndicator());
        this.toCompetency = link.toCompetency();
        this.toIndicator = orEmpty(link.toIndicator());
        update(link);
    }

    void update(CrosswalkLink link) {
        this.strength = link.strength().word();
        this.status = link.status().word();
        this.score = link.score();
        this.decidedBy = link.decidedBy();
        this.decidedAt = link.decidedAt();
    }

    String fromFramework() {
        return fromFramework;
    }

    String toFramework() {
        return toFramework;
    }

    CrosswalkLink link() {
        return new CrosswalkLink(fromCompetency, orNull(fromIndicator), toCompetency, orNull(toIndicator),
                Strength.of(strength), LinkStatus.of(status), score, null, decidedBy, decidedAt);
    }

    private static String orEmpty(String id) {
        return id == null ? "" : id;
    }

    private static String orNull(String id) {
        return id == null || id.isEmpty() ? null : id;
    }
}
