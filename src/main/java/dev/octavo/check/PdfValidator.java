package dev.octavo.check;

import dev.octavo.internal.OptionalLibrary;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Validates a PDF with veraPDF against the two standards Octavo's PDFs claim: PDF/A-3u and PDF/UA-1. veraPDF
 * is an optional dependency of Octavo: a library user adds {@code org.verapdf:validation-model} to use this class,
 * the command line has it, and the Maven plugin's check goal resolves it when it runs.
 */
public final class PdfValidator {
    /** The class that calls veraPDF, loaded by name (this one must load without veraPDF); see the constructors. */
    public static final String RUN = "dev.octavo.check.VeraPdfRun";

    /** A failed rule: the standard, its clause and test number, how often it failed, and what it checks. */
    public record Problem(String standard, String rule, int failures, String description) {
        @Override
        public String toString() {
            return standard + " rule " + rule + " failed " + failures + " time(s): " + description;
        }
    }

    private final Function<Path, List<Problem>> run;

    /** With veraPDF on this class's own class path. */
    public PdfValidator() {
        this(PdfValidator.class.getClassLoader());
    }

    /**
     * With veraPDF from another class loader, which must also load {@value #RUN} itself, from Octavo's jar, and
     * take this class and {@link Problem} from this class's loader.
     *
     * @param loader the class loader that has veraPDF and Octavo's jar on its path
     * @throws IllegalStateException when veraPDF cannot be loaded
     */
    public PdfValidator(ClassLoader loader) {
        this.run = OptionalLibrary.function(loader, RUN, "org.verapdf.pdfa.Foundries",
                "veraPDF (org.verapdf:validation-model)");
    }

    /**
     * Checks a file with veraPDF.
     *
     * @param pdf the file to check
     * @return what veraPDF found (the failed rules of PDF/A-3u and PDF/UA-1), in its order; empty when the file is clean
     */
    public List<Problem> validate(Path pdf) {
        return run.apply(pdf);
    }
}
