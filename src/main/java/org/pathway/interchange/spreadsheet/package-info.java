/**
 * The framework spreadsheet template that HR reads, edits and fills in: {@link
 * org.pathway.interchange.spreadsheet.XlsxTemplate} as a workbook of sheets, {@link
 * org.pathway.interchange.spreadsheet.CsvTemplate} as one CSV file of the same sheets one after another. The layout is in
 * {@link org.pathway.interchange.spreadsheet.TemplateLayout} and described in datasets/README.md, "Spreadsheet template".
 */
package org.pathway.interchange.spreadsheet;
