package org.pathway.cli;

/** How a command prints its result: a report for people or JSON for machines. */
enum OutputFormat {
    TEXT,
    JSON
}
