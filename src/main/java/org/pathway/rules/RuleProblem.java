package org.pathway.rules;

/** A compilation error in a DRL file: the file, the line (0 when unknown) and the compiler's message. */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
