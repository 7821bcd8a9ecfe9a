package org.pathway.analysis;

import java.util.List;

/** An effective indicator whose counting evidence reaches the policy's weight, and the evidence it rests on. */
public record DemonstratedIndicator(String competencyId, String indicatorId, double weight, List<String> evidenceIds,
        String rule) {
}
