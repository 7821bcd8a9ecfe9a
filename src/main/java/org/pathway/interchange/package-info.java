/**
 * Frameworks in and out of Pathway in standard files: 1EdTech CASE 1.1 packages ({@code casepackage}) and the
 * spreadsheet template HR fills in, as XLSX or CSV ({@code spreadsheet}). Every import is checked by the same rules as
 * the dataset files and either yields a whole framework or fails listing every problem; nothing is stored here.
 */
package org.pathway.interchange;
