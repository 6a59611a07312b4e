package dev.octavo.check;

import dev.octavo.internal.OptionalLibrary;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Validates an EPUB with EPUBCheck, an optional dependency of Octavo: a library user adds {@code org.w3c:epubcheck}
 * to use this class, the command line has it, and the Maven plugin's check goal resolves it when it runs.
 */
public final class EpubValidator {
    /** The class that calls EPUBCheck, loaded by name (this one must load without EPUBCheck); see the constructors. */
    public static final String RUN = "dev.octavo.check.EpubCheckRun";

    /** One EPUBCheck message at the level of a warning or worse. */
    public record Problem(boolean error, String id, String location, String message) {
        @Override
        public String toString() {
            return location + ": " + (error ? "error" : "warning") + ": " + message + " (" + id + ")";
        }
    }

    private final Function<Path, List<Problem>> run;

    /** With EPUBCheck on this class's own class path. */
    public EpubValidator() {
        this(EpubValidator.class.getClassLoader());
    }

    /**
     * With EPUBCheck from another class loader, which must also load {@value #RUN} itself, from Octavo's jar, and
     * take this class and {@link Problem} from this class's loader.
     *
     * @param loader the class loader that has EPUBCheck and Octavo's jar on its path
     * @throws IllegalStateException when EPUBCheck cannot be loaded
     */
    public EpubValidator(ClassLoader loader) {
        this.run = OptionalLibrary.function(loader, RUN, "com.adobe.epubcheck.api.EpubCheck",
                "EPUBCheck (org.w3c:epubcheck)");
    }

    /**
     * Checks a file with EPUBCheck.
     *
     * @param epub the file to check
     * @return what EPUBCheck found (fatal errors, errors and warnings), in its order; empty when the file is clean
     */
    public List<Problem> validate(Path epub) {
        return run.apply(epub);
    }
}
