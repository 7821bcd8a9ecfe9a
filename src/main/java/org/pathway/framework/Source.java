package org.pathway.framework;

/** Where a framework was transcribed from: the source document, its title and publication date (yyyy or yyyy-mm) if known. */
public record Source(String document, String title, String published) {
}
