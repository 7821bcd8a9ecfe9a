package org.pathway.framework;

/** Whether an indicator describes behaviour to show or an ineffective ("red flag") behaviour. */
public enum Polarity {
    EFFECTIVE,
    INEFFECTIVE
}
