package dev.octavo.pdf.finish;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;

/**
 * Takes out of the pages the background artifacts that mark nothing, and their property lists, then compresses
 * the page contents (the renderer leaves them uncompressed for this: {@code testMode}).
 *
 * <p>openhtmltopdf 1.1 wraps a box's background and border in {@code /Artifact /PropN BDC … EMC} when
 * {@code Box.hasNonTextContent} says it has some, and that test compares {@code background-image}, a list of
 * layers since CSS 3, with the ident {@code none}: never equal, so every block box of every page gets an empty
 * artifact with a property list of its own. In the seed ×50 that was 101,546 property lists, each a dictionary
 * with a four-number /BBox, for a PDF of 1085 pages; writing them was a tenth of the build. An empty marked
 * sequence draws nothing and tags nothing, so a reader sees the same page without it.
 *
 * <p>A page that tags nothing (no marked content but artifacts) carries nothing of the book: it is a page left
 * blank so that a chapter opens on the right, which openhtmltopdf inserts for {@code page-break-before: right}
 * with the running head and the folio of its page style, since it cannot style blank pages ({@code @page :blank}).
 * Such a page is emptied, head and folio included, as a printer leaves a blank page.
 *
 * <p>A page whose contents this cannot read with certainty (an inline image, whose binary data a scanner of
 * tokens cannot skip safely) is only compressed.
 *
 * <p>Public, with its {@link Tidier} and {@link Count}, for {@link dev.octavo.pdf.engine.TypesetDocument}, which
 * hands it each page as soon as the renderer has drawn it.
 */
public final class EmptyArtifacts {
    private static final byte[] ARTIFACT = "/Artifact".getBytes(StandardCharsets.US_ASCII);

    private EmptyArtifacts() {
    }

    /**
     * Tidies every page of a finished PDF at once; TypesetDocument hands the renderer's pages to a {@link Tidier}
     * as they are drawn instead.
     *
     * @return what was taken out, over all pages
     */
    static Count apply(PDDocument pdf) throws IOException {
        try (Tidier tidier = new Tidier(pdf)) {
            for (PDPage page : pdf.getPages()) {
                tidier.finished(page);
            }
            return tidier.apply();
        }
    }

    /**
     * Tidies pages as the renderer finishes them: their bytes are scanned and compressed on a thread of its own
     * while the renderer draws the next pages (plain byte work, 14 MB of page contents in the seed ×50), and the
     * results are put into the pages on the caller's thread, where every PDFBox object is touched: those ready
     * each time a page is handed in, the rest in {@link #apply}. Putting them in early lets a page's uncompressed
     * contents and its unused property lists go while they are young, instead of being kept, and moved by the
     * collector, until the book is drawn. Each page's result depends on its own bytes alone, so the output is the
     * same whichever thread made it and whenever it was put in. On a single core everything runs in {@link #apply}.
     * Public for TypesetDocument (see above).
     */
    public static final class Tidier implements AutoCloseable {
        private static final Runnable STOP = () -> { };

        private final int level = Filter.getCompressionLevel();
        private final PDDocument pdf;
        private final List<Handed> pages = new ArrayList<>();
        private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
        private final Thread worker;
        /** What is done to each page's contents before it is tidied (none unless {@link #editEach} says). */
        private UnaryOperator<byte[]> edit = UnaryOperator.identity();
        /** How many pages, from the first, have their results put in. */
        private int applied;
        private int removed;
        private int blank;

        /** @param pdf the document whose pages TypesetDocument hands in as the renderer draws them */
        public Tidier(PDDocument pdf) {
            this.pdf = pdf;
            if (Runtime.getRuntime().availableProcessors() < 2) {
                worker = null;
            } else {
                worker = new Thread(this::work, "octavo-pdf-pages");
                worker.setDaemon(true);
                worker.start();
            }
        }

        /**
         * Has each page's uncompressed contents changed by {@code edit} before they are tidied, on the same thread;
         * for the pages handed in from now on. The edit must depend on the bytes alone, and not fail.
         */
        public void editEach(UnaryOperator<byte[]> edit) {
            this.edit = edit;
        }

        /**
         * Takes a page the renderer is done with: its contents are read now, and tidied meanwhile. The pages
         * tidied by now are given their results. TypesetDocument's page supplier calls it for each page.
         */
        public void finished(PDPage page) {
            byte[] contents;
            try (InputStream in = page.getContents()) {
                contents = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the contents of page " + (pages.size() + 1), e);
            }
            UnaryOperator<byte[]> before = edit;
            FutureTask<Tidied> task = new FutureTask<>(() -> tidy(before.apply(contents), level));
            pages.add(new Handed(page, task));
            if (worker != null) {
                queue.add(task);
                try {
                    while (applied < pages.size() && pages.get(applied).task().isDone()) {
                        applyNext();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e.getMessage(), e);
                }
            }
        }

        /**
         * Waits for every page taken (running here those the other thread has not started yet), and gives each
         * its compressed contents without empty artifacts.
         *
         * @return what was taken out, over all pages (TypesetDocument keeps it for PdfWriter's timings)
         */
        public Count apply() throws IOException {
            while (applied < pages.size()) {
                pages.get(applied).task().run(); // nothing happens if the other thread has begun it
                applyNext();
            }
            return new Count(removed, blank);
        }

        private void applyNext() throws IOException {
            Handed handed = pages.get(applied);
            Tidied page = outcome(handed.task(), applied);
            setCompressedContents(pdf, handed.page(), page.deflated());
            if (page.blank()) {
                // Nothing is drawn any more, so nothing is needed: no font of the head or folio stays on it.
                handed.page().getCOSObject().setItem(COSName.RESOURCES, new COSDictionary());
                blank++;
            } else {
                dropProperties(handed.page(), page.droppedNames());
            }
            removed += page.removed();
            pages.set(applied, null); // its compressed bytes are in the page now: not kept twice until the save
            applied++;
        }

        /** Stops the other thread, and waits for it: no page is left being tidied once this returns. */
        @Override
        public void close() {
            pages.stream().filter(java.util.Objects::nonNull).forEach(handed -> handed.task().cancel(false));
            if (worker != null) {
                queue.add(STOP);
                boolean interrupted = false;
                while (worker.isAlive()) {
                    try {
                        worker.join();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** A page handed over, and the tidying of its contents. */
        private record Handed(PDPage page, FutureTask<Tidied> task) {
        }

        private void work() {
            while (true) {
                Runnable next;
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    return;
                }
                if (next == STOP) {
                    return;
                }
                next.run();
            }
        }

        private static Tidied outcome(FutureTask<Tidied> task, int index) throws IOException {
            try {
                return task.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IOException("could not compress the contents of page " + (index + 1), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while compressing the page contents");
            }
        }
    }

    /**
     * What tidying took out: empty artifacts, and pages emptied because they tagged nothing. Public for
     * TypesetDocument, and PdfWriter's timings, which count the blank pages.
     */
    public record Count(int artifacts, int blankPages) {
    }

    /**
     * A page's contents without its empty artifacts, compressed, and the property lists no longer used; or, for
     * a page that tags nothing, no contents at all ({@code blank}).
     */
    private record Tidied(byte[] deflated, Set<String> droppedNames, int removed, boolean blank) {
    }

    private static Tidied tidy(byte[] contents, int level) {
        Deflater deflater = new Deflater(level);
        try {
            Scan scan = new Scan(contents);
            scan.run();
            if (scan.readable && !scan.tagsSomething) {
                return new Tidied(deflate(deflater, new byte[0]), Set.of(), 0, true);
            }
            return new Tidied(deflate(deflater, scan.remaining()), scan.droppedNames(), scan.removedNames.size(), false);
        } finally {
            deflater.end();
        }
    }

    /** What PDFBox's FlateFilter writes for the same bytes and level: a zlib stream. */
    private static byte[] deflate(Deflater deflater, byte[] data) {
        deflater.reset();
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 4));
        byte[] buffer = new byte[16384];
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Into the page's own contents stream where it has one: a new stream would leave the uncompressed bytes in the
     * document's list of every stream it made, kept until the document is closed (at 200× the seed, 4,305 buffers of
     * 32 KB, 140 MB of the heap at its peak).
     */
    private static void setCompressedContents(PDDocument pdf, PDPage page, byte[] deflated) throws IOException {
        COSStream stream = page.getCOSObject().getCOSStream(COSName.CONTENTS);
        if (stream == null) {
            stream = pdf.getDocument().createCOSStream();
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
        }
        try (OutputStream raw = stream.createRawOutputStream()) {
            raw.write(deflated);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    }

    private static void dropProperties(PDPage page, Set<String> names) {
        if (names.isEmpty()) {
            return;
        }
        COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
        if (properties == null) {
            return;
        }
        for (String name : names) {
            properties.removeItem(COSName.getPDFName(name));
        }
        if (properties.size() == 0) {
            resources.removeItem(COSName.PROPERTIES);
        }
    }

    /** One pass over a content stream: which byte ranges hold an artifact with nothing inside. */
    private static final class Scan {
        private final byte[] in;
        private final List<int[]> cuts = new ArrayList<>();
        private final Deque<Sequence> open = new ArrayDeque<>();
        private final Set<String> removedNames = new HashSet<>();
        private final Set<String> keptNames = new HashSet<>();
        /** The operands read since the last operator, as [start, end) offsets, and where the first began. */
        private final List<int[]> operands = new ArrayList<>();
        private int pos;
        /** Whether the page has marked content other than artifacts: something of the book, tagged. */
        private boolean tagsSomething;
        /** False when the scan stopped at something it cannot read safely. */
        private boolean readable = true;

        /** A marked-content sequence: where its BDC's operands begin, and its property list if it may go. */
        private static final class Sequence {
            private final int start;
            private final String removableName;
            /** Set when something inside draws or tags: a sequence that does is kept. */
            private boolean marksSomething;

            Sequence(int start, String removableName) {
                this.start = start;
                this.removableName = removableName;
            }
        }

        Scan(byte[] in) {
            this.in = in;
        }

        void run() {
            while (true) {
                skipWhitespaceAndComments();
                if (pos >= in.length) {
                    return;
                }
                int start = pos;
                byte b = in[pos];
                switch (b) {
                    case '(' -> skipLiteralString();
                    case '<' -> {
                        if (pos + 1 < in.length && in[pos + 1] == '<') {
                            pos += 2;
                        } else {
                            skipHexString();
                        }
                    }
                    case '>' -> pos += pos + 1 < in.length && in[pos + 1] == '>' ? 2 : 1;
                    case '[', ']', '{', '}' -> pos++;
                    case '/' -> {
                        pos++;
                        skipRegular();
                    }
                    default -> {
                        skipRegular();
                        if (pos == start) {
                            pos++; // a stray delimiter: take it as an operand and go on
                        } else if (isOperator(start)) {
                            if (!operator(start)) {
                                // An inline image: leave this page's contents alone.
                                cuts.clear();
                                removedNames.clear();
                                readable = false;
                                return;
                            }
                            operands.clear();
                            continue;
                        }
                    }
                }
                operands.add(new int[] {start, pos});
            }
        }

        /** @return false when the page cannot be read safely */
        private boolean operator(int start) {
            String op = new String(in, start, pos - start, StandardCharsets.US_ASCII);
            switch (op) {
                case "BI", "ID" -> {
                    return false;
                }
                case "BDC", "BMC" -> {
                    // The enclosing sequence marks something only if this one turns out to (see EMC).
                    String removable = op.equals("BDC") ? artifactPropertyName() : null;
                    int begin = operands.isEmpty() ? start : operands.get(0)[0];
                    tagsSomething |= !operands.isEmpty() && !equalsBytes(operands.get(0), ARTIFACT);
                    open.push(new Sequence(begin, removable));
                    if (removable == null && operands.size() == 2 && isName(operands.get(1))) {
                        keptNames.add(nameOf(operands.get(1)));
                    }
                }
                case "EMC" -> {
                    Sequence closed = open.poll();
                    if (closed == null) {
                        return true; // unbalanced: a reader's problem, not one to make worse
                    }
                    if (closed.removableName != null && !closed.marksSomething) {
                        cut(closed.start, endOfTrailingWhitespace());
                        removedNames.add(closed.removableName);
                    } else {
                        if (closed.removableName != null) {
                            keptNames.add(closed.removableName);
                        }
                        markEnclosing();
                    }
                }
                default -> markEnclosing();
            }
            return true;
        }

        /** The property list's name when the operands are exactly {@code /Artifact /Name}; else null. */
        private String artifactPropertyName() {
            if (operands.size() != 2) {
                return null;
            }
            int[] tag = operands.get(0);
            int[] name = operands.get(1);
            return isName(name) && equalsBytes(tag, ARTIFACT) ? nameOf(name) : null;
        }

        /** A name token's name, without its slash. */
        private String nameOf(int[] token) {
            return new String(in, token[0] + 1, token[1] - token[0] - 1, StandardCharsets.US_ASCII);
        }

        private void markEnclosing() {
            Sequence top = open.peek();
            if (top != null) {
                top.marksSomething = true;
            }
        }

        /** Records a cut; one that encloses cuts made before (nested empty artifacts) replaces them. */
        private void cut(int from, int to) {
            while (!cuts.isEmpty() && cuts.get(cuts.size() - 1)[0] >= from) {
                cuts.remove(cuts.size() - 1);
            }
            cuts.add(new int[] {from, to});
        }

        /** The property lists of the artifacts cut that no sequence kept on the page still names. */
        Set<String> droppedNames() {
            Set<String> dropped = new HashSet<>(removedNames);
            dropped.removeAll(keptNames);
            return dropped;
        }

        /** The contents without the cuts (the same array when there are none). */
        byte[] remaining() {
            if (cuts.isEmpty()) {
                return in;
            }
            int removed = 0;
            for (int[] cut : cuts) {
                removed += cut[1] - cut[0];
            }
            byte[] out = new byte[in.length - removed];
            int from = 0;
            int at = 0;
            for (int[] cut : cuts) {
                System.arraycopy(in, from, out, at, cut[0] - from);
                at += cut[0] - from;
                from = cut[1];
            }
            System.arraycopy(in, from, out, at, in.length - from);
            return out;
        }

        private int endOfTrailingWhitespace() {
            int end = pos;
            while (end < in.length && isWhitespace(in[end])) {
                end++;
            }
            return end;
        }

        private boolean isName(int[] token) {
            return in[token[0]] == '/' && token[1] - token[0] > 1;
        }

        private boolean equalsBytes(int[] token, byte[] expected) {
            if (token[1] - token[0] != expected.length) {
                return false;
            }
            for (int i = 0; i < expected.length; i++) {
                if (in[token[0] + i] != expected[i]) {
                    return false;
                }
            }
            return true;
        }

        /** A regular token that is not a number or a keyword operand (true, false, null). */
        private boolean isOperator(int start) {
            byte first = in[start];
            if ((first >= '0' && first <= '9') || first == '+' || first == '-' || first == '.') {
                return false;
            }
            String word = new String(in, start, pos - start, StandardCharsets.US_ASCII);
            return !(word.equals("true") || word.equals("false") || word.equals("null"));
        }

        private void skipWhitespaceAndComments() {
            while (pos < in.length) {
                if (isWhitespace(in[pos])) {
                    pos++;
                } else if (in[pos] == '%') {
                    while (pos < in.length && in[pos] != '\n' && in[pos] != '\r') {
                        pos++;
                    }
                } else {
                    return;
                }
            }
        }

        private void skipLiteralString() {
            int depth = 0;
            while (pos < in.length) {
                byte b = in[pos++];
                if (b == '\\') {
                    pos++;
                } else if (b == '(') {
                    depth++;
                } else if (b == ')' && --depth == 0) {
                    return;
                }
            }
        }

        private void skipHexString() {
            while (pos < in.length && in[pos] != '>') {
                pos++;
            }
            pos++;
        }

        private void skipRegular() {
            while (pos < in.length && !isWhitespace(in[pos]) && !isDelimiter(in[pos])) {
                pos++;
            }
        }

        private static boolean isWhitespace(byte b) {
            return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
        }

        private static boolean isDelimiter(byte b) {
            return b == '(' || b == ')' || b == '<' || b == '>' || b == '[' || b == ']' || b == '{' || b == '}'
                    || b == '/' || b == '%';
        }
    }
}
