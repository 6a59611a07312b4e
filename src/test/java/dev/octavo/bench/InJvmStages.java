package dev.octavo.bench;

import dev.octavo.Publication;
import dev.octavo.Publisher;
import dev.octavo.epub.EpubWriter;
import dev.octavo.fonts.FontSet;
import dev.octavo.manuscript.BookParser;
import dev.octavo.manuscript.Diagnostics;
import dev.octavo.manuscript.ManuscriptReader;
import dev.octavo.model.Book;
import dev.octavo.pdf.PdfWriter;
import dev.octavo.pdf.PrintTypesetter;
import dev.octavo.xhtml.EpubDocuments;
import dev.octavo.xhtml.Theme;
import dev.octavo.xhtml.XhtmlRenderer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Times each stage of the pipeline inside one JVM, the way {@link Publisher} runs them, after warm-up runs
 * (the JIT has compiled the hot code by then: this is the cost in a long-lived JVM such as a Maven reactor).
 * The last stage, {@code publish}, is the whole public API call, files written.
 */
final class InJvmStages {
    private static final Instant STAMP = Instant.parse("2026-11-27T00:00:00Z");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One measured run, seconds per stage. */
    record Run(double parse, double fonts, double xhtml, double epub, double pdf, double pdfCpu, double publish,
               int pages, long epubBytes, long pdfBytes) {
        /** The stages one after the other, as a publisher without parallelism would run them. */
        double sequential() {
            return parse + fonts + xhtml + epub + pdf;
        }
    }

    private final Path manuscript;
    private final Path styles;
    private final Path fonts;
    private final Path output;

    InJvmStages(Path manuscript, Path styles, Path fonts, Path output) {
        this.manuscript = manuscript;
        this.styles = styles;
        this.fonts = fonts;
        this.output = output;
    }

    List<Run> measure(int warmups, int runs) throws IOException {
        for (int i = 0; i < warmups; i++) {
            once();
        }
        List<Run> measured = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            measured.add(once());
        }
        return measured;
    }

    private Run once() throws IOException {
        long t0 = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Book book = new BookParser().parse(new ManuscriptReader().read(manuscript, diagnostics), diagnostics);
        long t1 = System.nanoTime();
        FontSet fontSet = FontSet.fromDirectory(fonts);
        long t2 = System.nanoTime();
        Theme theme = Theme.over(styles);
        XhtmlRenderer renderer = new XhtmlRenderer(theme);
        EpubDocuments documents = renderer.renderEpub(book);
        long t3 = System.nanoTime();
        ByteArrayOutputStream epub = new ByteArrayOutputStream(1 << 20);
        new EpubWriter().write(book, documents, fontSet, theme.stylesheet("epub.css"), STAMP, epub);
        long t4 = System.nanoTime();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 20);
        // CPU time of this thread: what the PDF stage costs whatever else the machine is doing.
        long cpu = THREADS.getCurrentThreadCpuTime();
        PdfWriter.Summary summary = new PrintTypesetter(renderer, theme.stylesheet("print.css"), fontSet)
                .typeset(book, manuscript.toAbsolutePath(), STAMP, pdf, message -> { }, pages -> { });
        long t5 = System.nanoTime();
        long pdfCpu = THREADS.getCurrentThreadCpuTime() - cpu;
        Publication publication = Publisher.builder().manuscript(manuscript).styles(styles).fonts(fonts)
                .output(output).timestamp(STAMP).force(true).build().publish(); // the same book, built again each run
        long t6 = System.nanoTime();
        if (publication.pageCount() != summary.pages()) {
            throw new IllegalStateException("the publisher made " + publication.pageCount()
                    + " pages, the PDF stage " + summary.pages());
        }
        return new Run(s(t1 - t0), s(t2 - t1), s(t3 - t2), s(t4 - t3), s(t5 - t4), s(pdfCpu), s(t6 - t5), summary.pages(),
                epub.size(), pdf.size());
    }

    private static double s(long nanos) {
        return nanos / 1e9;
    }
}
