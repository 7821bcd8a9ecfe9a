package org.pathway.interchange;

import java.nio.charset.StandardCharsets;

/**
 * What a file's first bytes say it is, so that a reader given the wrong kind of file can say "this is plain text
 * (a CSV file?), not an XLSX workbook" instead of failing deep inside a parser.
 */
public enum FileContent {
    EMPTY("an empty file"),
    ZIP("a ZIP archive (an XLSX workbook or another Office file)"),
    OLD_OFFICE("an Excel 97-2003 (.xls) or older Office file, or a password-protected workbook"),
    PDF("a PDF document"),
    JSON("JSON text"),
    TEXT("plain text (a CSV file?)"),
    BINARY("binary data");

    private final String description;

    FileContent(String description) {
        this.description = description;
    }

    /** In words, for problems: "found plain text (a CSV file?)". */
    public String description() {
        return description;
    }

    public static FileContent of(byte[] bytes) {
        if (bytes.length == 0) {
            return EMPTY;
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return ZIP;
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return OLD_OFFICE;
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return PDF;
        }
        int sample = Math.min(bytes.length, 4096);
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                return BINARY;
            }
        }
        String start = new String(bytes, 0, sample, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return looksLikeJson(start) ? JSON : TEXT;
    }

    // "[" alone is not enough: the CSV template starts with its "[Framework]" section marker.
    private static boolean looksLikeJson(String start) {
        if (start.startsWith("{")) {
            return true;
        }
        if (!start.startsWith("[")) {
            return false;
        }
        String inside = start.substring(1).stripLeading();
        return inside.isEmpty() || "{[\"]-0123456789tfn".indexOf(inside.charAt(0)) >= 0;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
