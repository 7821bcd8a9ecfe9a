package org.pathway.domain;

import java.util.function.Supplier;

/** A part of the domain built the first time it is asked for, then kept: a command pays only for what it uses. */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> build;
    private T value;

    Lazy(Supplier<T> build) {
        this.build = build;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = build.get();
        }
        return value;
    }
}
