package org.pathway.analysis;

/**
 * Evidence that counts through a crosswalk link, with its weight after the link's, the explanation naming its origin
 * ("counts via the crosswalk: Ashfield/Mansfield 'Collaborating and partnering' Level 2 - Service Managers, exact")
 * and the rule that decided it.
 */
public record TranslatedEvidence(String evidenceId, String explanation, double weight, String rule) {
}
