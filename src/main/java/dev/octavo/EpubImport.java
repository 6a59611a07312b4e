package dev.octavo;

import dev.octavo.backlist.BacklistImporter;
import dev.octavo.backlist.ImportedManuscript;
import dev.octavo.backlist.ManuscriptFolder;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Turns an EPUB made elsewhere (EPUB 2 or 3) back into a manuscript of Octavo's format: {@code book.yaml} from
 * the package's metadata, a {@code NN-slug.md} per chapter with its notes as {@code [^n]}, {@code glossary.md},
 * {@code images/}, and {@code IMPORT.md} listing what could not be carried over.
 *
 * <pre>{@code
 * EpubImport.Result result = EpubImport.builder()
 *         .epub(Path.of("old-title.epub"))
 *         .manuscript(Path.of("manuscript"))
 *         .build()
 *         .run();
 * }</pre>
 *
 * <p>The EPUB is untrusted input: a zip entry that points outside the book refuses it, nothing from it runs, and
 * nothing is written outside the manuscript folder, which appears whole or not at all. An instance holds no
 * mutable state.
 */
public final class EpubImport {
    private final Path epub;
    private final Path manuscript;
    private final boolean force;
    private final ProgressListener progress;

    private EpubImport(Builder builder) {
        this.epub = Objects.requireNonNull(builder.epub, "epub");
        this.manuscript = Objects.requireNonNull(builder.manuscript, "manuscript");
        this.force = builder.force;
        this.progress = builder.progress;
    }

    /**
     * A builder with no EPUB, the manuscript folder {@code manuscript}, no force and no progress lines.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the EPUB and writes the manuscript.
     *
     * @return what was imported and what was left out
     * @throws ManuscriptException      when the EPUB cannot be imported (not a zip, a hostile entry, no package, no
     *                                  documents); each diagnostic names the EPUB's entry; nothing is written
     * @throws IllegalArgumentException when the manuscript folder is a file, or not empty and force is off
     * @throws UncheckedIOException     when a file cannot be written; nothing is left behind
     */
    public Result run() {
        ManuscriptFolder.refuseInUse(manuscript.toAbsolutePath().normalize(), force); // before the work, not after
        ImportedManuscript imported = new BacklistImporter(progress).read(epub);
        ManuscriptFolder.write(manuscript, imported.files(), force);
        return new Result(manuscript, imported.chapters(), imported.notes(), imported.glossaryTerms(),
                imported.images(), imported.diagnostics());
    }

    /**
     * What an import made.
     *
     * @param manuscript    the manuscript folder written
     * @param chapters      the chapter files written
     * @param notes         the notes carried over, as {@code [^n]} with their definitions
     * @param glossaryTerms the terms of {@code glossary.md}; 0 when the book has no glossary
     * @param images        the files of {@code images/}
     * @param leftOut       what could not be carried over, each at the EPUB's entry, line and column (warnings);
     *                      {@code IMPORT.md} lists the same
     */
    public record Result(Path manuscript, int chapters, int notes, int glossaryTerms, int images,
                         List<Diagnostic> leftOut) {
        /**
         * A result; the list is copied.
         *
         * @param manuscript    the manuscript folder
         * @param chapters      the chapter files
         * @param notes         the notes
         * @param glossaryTerms the glossary's terms
         * @param images        the images
         * @param leftOut       what was left out
         */
        public Result {
            leftOut = List.copyOf(leftOut);
        }
    }

    /** Settings of an import. */
    public static final class Builder {
        private Path epub;
        private Path manuscript = Path.of("manuscript");
        private boolean force;
        private ProgressListener progress = ProgressListener.SILENT;

        private Builder() {
        }

        /**
         * The EPUB to import.
         *
         * @param epub an EPUB 2 or 3 file
         * @return this builder
         */
        public Builder epub(Path epub) {
            this.epub = Objects.requireNonNull(epub, "epub");
            return this;
        }

        /**
         * The folder the manuscript goes into: new or empty, unless {@link #force(boolean)}.
         *
         * @param manuscript the manuscript folder (default {@code manuscript})
         * @return this builder
         */
        public Builder manuscript(Path manuscript) {
            this.manuscript = Objects.requireNonNull(manuscript, "manuscript");
            return this;
        }

        /**
         * Whether a folder that is not empty is replaced, whole, by the imported manuscript.
         *
         * @param force true to replace it; false (the default) to refuse
         * @return this builder
         */
        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        /**
         * Where the import's summary line goes.
         *
         * @param progress the listener (default: none)
         * @return this builder
         */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * The import with these settings.
         *
         * @return the import, to {@link EpubImport#run()}
         * @throws NullPointerException when no EPUB was given
         */
        public EpubImport build() {
            return new EpubImport(this);
        }
    }
}
