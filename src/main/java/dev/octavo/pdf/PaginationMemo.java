package dev.octavo.pdf;

import dev.octavo.internal.StagedOutputs;
import dev.octavo.xhtml.PrintPagination;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pagination of a book's last build, kept between builds as LaTeX keeps its .aux file: where the blank
 * pages went and the glossary's page numbers, with the digest of the inputs they were found for. A build whose
 * inputs give the same digest starts its final pass from it instead of laying the book out a first time
 * (PrintTypesetter); any other build ignores it. The final pass still checks the blank pages against its own
 * layout, so a build gives the same bytes with or without a memo.
 */
public final class PaginationMemo {
    private static final String HEADER = "octavo-pagination 2";
    private final Path file;

    public PaginationMemo(Path file) {
        this.file = file;
    }

    /** The last build's pagination; empty when there is none, or it cannot be read. */
    public Optional<KeptPagination> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            List<String> blanks = new ArrayList<>();
            Map<String, String> glossary = new TreeMap<>();
            String inputs = null;
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(" ", 3);
                if (fields.length == 2 && fields[0].equals("inputs") && inputs == null) {
                    inputs = fields[1];
                } else if (fields.length == 2 && fields[0].equals("blank")) {
                    blanks.add(fields[1]);
                } else if (fields.length == 3 && fields[0].equals("glossary")) {
                    glossary.put(fields[1], fields[2]);
                } else {
                    return Optional.empty();
                }
            }
            return inputs == null ? Optional.empty()
                    : Optional.of(new KeptPagination(inputs, new PrintPagination(blanks, glossary)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps this pagination for the next build, replacing the file whole (never half-written). */
    public void write(KeptPagination kept) throws IOException {
        PrintPagination pagination = kept.pagination();
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("inputs ").append(kept.inputs()).append('\n');
        pagination.blankBefore().forEach(id -> text.append("blank ").append(id).append('\n'));
        new TreeMap<>(pagination.glossaryPages()).forEach((id, pages) ->
                text.append("glossary ").append(id).append(' ').append(pages).append('\n'));
        try (StagedOutputs staged = new StagedOutputs(file.toAbsolutePath().getParent())) {
            staged.write(file.getFileName().toString(), out -> {
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                return null;
            });
            staged.commit();
        }
    }
}
