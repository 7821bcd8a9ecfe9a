package org.pathway.cli;

/** How a workforce view prints: a table for the terminal, JSON, or CSV for a spreadsheet. */
enum TableFormat {
    TEXT,
    JSON,
    CSV
}
