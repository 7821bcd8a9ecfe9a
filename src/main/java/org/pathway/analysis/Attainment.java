package org.pathway.analysis;

/**
 * What an employee has attained in a competency: the rank on its scale (0 = nothing yet), or on scales with no levels
 * the share of effective behaviours demonstrated; with the rule that worked it out.
 */
public record Attainment(String competencyId, int rank, double share, String rule) {

    public static Attainment ranked(String competencyId, int rank, String rule) {
        return new Attainment(competencyId, rank, 0, rule);
    }

    public static Attainment shared(String competencyId, double share, String rule) {
        return new Attainment(competencyId, 0, share, rule);
    }
}
