package org.pathway.interchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.pathway.dataset.DatasetException;
import org.pathway.dataset.DatasetProblem;

/**
 * Reads an imported file into memory up to a size limit, checked while reading, so an oversized upload is refused after
 * the limit's worth of bytes rather than after all of it.
 */
public final class InputLimit {

    /** 10 MB: the largest seed framework is 0.2 MB as Pathway JSON and about 1.5 MB as a CASE package. */
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

    private InputLimit() {
    }

    /** The whole stream, or a {@link DatasetException} naming {@code file} once more than {@code maxBytes} arrive. */
    public static byte[] readAll(InputStream in, String file, int maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > maxBytes) {
                    throw new DatasetException(List.of(new DatasetProblem(file, "", "expected a file of at most "
                            + describe(maxBytes) + ", this one is larger: split it or leave out what is not needed")));
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out.toByteArray();
    }

    static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
