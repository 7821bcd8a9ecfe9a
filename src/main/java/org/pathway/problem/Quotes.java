package org.pathway.problem;

/**
 * How an error quotes a value someone sent: in full when short, otherwise its start and its length, so that a
 * refused 3 MB field never comes back in the reply.
 */
public final class Quotes {

    /** The longest value quoted in full. */
    public static final int LONGEST = 100;

    private Quotes() {
    }

    public static String shortQuote(Object value) {
        String text = String.valueOf(value);
        if (text.length() <= LONGEST) {
            return "'" + text + "'";
        }
        return "'" + text.substring(0, 40) + "...' (" + text.length() + " characters)";
    }
}
