package org.pathway.dataset;

/**
 * One thing wrong with a dataset file: the file, the JSON pointer of the offending value ("" for the whole document)
 * and what was expected there.
 */
public record DatasetProblem(String file, String pointer, String message) {

    @Override
    public String toString() {
        return pointer.isEmpty() ? file + ": " + message : file + " at " + pointer + ": " + message;
    }
}
