package org.pathway.analysis;

/** A level of a competency whose indicators are demonstrated in sufficient share. */
public record LevelMet(String competencyId, String levelId, int rank, int demonstrated, int indicators, String rule) {
}
