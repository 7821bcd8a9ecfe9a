package org.pathway.framework;

import java.util.List;
import java.util.Optional;

/**
 * A council's competency framework, normalised: its scale, its clusters (themes) and its competencies with their indicators.
 */
public record Framework(
        String id,
        String name,
        List<String> organisations,
        Source source,
        String description,
        Scale scale,
        List<Cluster> clusters,
        List<Competency> competencies,
        List<String> notes) {

    public Framework {
        organisations = Lists.orEmpty(organisations);
        clusters = Lists.orEmpty(clusters);
        competencies = Lists.orEmpty(competencies);
        notes = Lists.orEmpty(notes);
    }

    public Optional<Competency> competency(String competencyId) {
        return competencies.stream().filter(c -> c.id().equals(competencyId)).findFirst();
    }

    public Optional<Cluster> cluster(String clusterId) {
        return clusters.stream().filter(c -> c.id().equals(clusterId)).findFirst();
    }

    public Optional<Indicator> indicator(String indicatorId) {
        return competencies.stream().flatMap(c -> c.indicators().stream())
                .filter(i -> i.id().equals(indicatorId)).findFirst();
    }

    /** The label of the scale level with this rank, or "none yet" for rank 0. */
    public String levelLabel(int rank) {
        return scale.levels().stream().filter(l -> l.rank() == rank).map(Level::label).findFirst().orElse("none yet");
    }

    /** The levels a competency is assessed on, lowest first: its own subset where it declares one, else the whole scale. */
    public List<Level> levelsOf(Competency competency) {
        if (competency.levelIds().isEmpty()) {
            return scale.levels();
        }
        return scale.levels().stream().filter(l -> competency.levelIds().contains(l.id())).toList();
    }

    public long indicatorCount(Polarity polarity) {
        return competencies.stream().flatMap(c -> c.indicators().stream()).filter(i -> i.polarity() == polarity).count();
    }
}
