package org.pathway.analysis;

import org.pathway.framework.Polarity;

/** An indicator of a required competency; {@code levelRank} is 0 for indicators that apply at every level. */
public record IndicatorRef(String competencyId, String indicatorId, String keyThemeId, int levelRank, Polarity polarity) {
}
