package dev.octavo.manuscript;

import dev.octavo.SourcePosition;
import dev.octavo.model.PrintEdition;
import dev.octavo.production.Distributor;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads book.yaml's {@code paper:} ({@code white}, {@code cream} or a thickness a page, {@code 0.06mm}) and
 * {@code print:} (a distributor whose rules the book is checked against: {@code kdp}, {@code ingramspark}) and
 * {@code pdf-x:} (whether the PDFs are PDF/X-4 too; by default when the book goes to a distributor).
 */
final class PrintEditionReader {
    /** Thinner than any book paper, thicker than any board: a value outside is a slip (0.6 for 0.06). */
    private static final double THINNEST_MM = 0.02;
    private static final double THICKEST_MM = 0.5;

    private final Diagnostics diagnostics;

    PrintEditionReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * @param values    the keys' values as written, stripped; "" when absent
     * @param positions where each key that was written stands
     */
    PrintEdition read(Function<String, String> values, Map<String, SourcePosition> positions) {
        Map<String, SourcePosition> written = new LinkedHashMap<>(positions);
        String paper = values.apply("paper");
        double thickness = PrintEdition.WHITE_MM;
        String paperName = "white";
        if (!paper.isBlank()) {
            Optional<Double> mm = thickness(paper);
            if (mm.isEmpty()) {
                diagnostics.error(positions.get("paper"), "paper '" + paper + "' is not a paper (white, cream, or the"
                        + " thickness of a page between " + THINNEST_MM + "mm and " + THICKEST_MM + "mm, e.g. 0.06mm)");
            } else {
                thickness = mm.get();
                paperName = paper.toLowerCase(Locale.ROOT);
            }
        }
        String print = values.apply("print").toLowerCase(Locale.ROOT);
        Optional<String> distributor = Optional.empty();
        if (!print.isBlank()) {
            if (Distributor.named(print).isEmpty()) {
                diagnostics.error(positions.get("print"), "print '" + values.apply("print") + "' is not a distributor"
                        + " whose rules Octavo knows (" + String.join(", ", Distributor.names()) + ")");
            } else {
                distributor = Optional.of(print);
            }
        }
        return new PrintEdition(paperName, thickness, distributor, pdfX(values.apply("pdf-x"), positions.get("pdf-x"),
                distributor.isPresent()), written);
    }

    /** PDF/X-4 costs each PDF the profile's size and gives a screen reader nothing: on for print, or when asked. */
    private boolean pdfX(String value, SourcePosition at, boolean forPrint) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "" -> forPrint;
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> {
                diagnostics.error(at, "pdf-x is true or false, not '" + value + "'");
                yield forPrint;
            }
        };
    }

    private static Optional<Double> thickness(String paper) {
        return switch (paper.toLowerCase(Locale.ROOT)) {
            case "white" -> Optional.of(PrintEdition.WHITE_MM);
            case "cream" -> Optional.of(PrintEdition.CREAM_MM);
            default -> PageLayoutParser.millimetres(paper).filter(mm -> mm >= THINNEST_MM && mm <= THICKEST_MM);
        };
    }
}
