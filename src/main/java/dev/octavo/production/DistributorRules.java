package dev.octavo.production;

import dev.octavo.Diagnostic;
import dev.octavo.SourcePosition;
import dev.octavo.model.Book;
import dev.octavo.model.PageLayout;
import dev.octavo.model.PrintedMargins;
import dev.octavo.model.PrintEdition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the print edition against the rules of the distributor {@code print:} names, once its page count is
 * known: trim size, margins by page count, bleed, page count. Each broken rule is a diagnostic that names the
 * distributor and the rule. What the distributor refuses outright is an error (a page count it cannot bind, a trim
 * it does not print, a margin its preflight rejects); what it only warns of, a warning. Images under its resolution
 * are told where the manuscript uses them, when it is read (the figures' print-resolution check).
 */
public final class DistributorRules {
    private static final double MM_PER_INCH = 25.4;
    /** How far a trim may be from a listed one: a rounding of inches to millimetres. */
    private static final double TRIM_TOLERANCE_MM = 0.6;
    /** How far a bleed may be from the rule's: 3.2 mm for 0.125 in passes, 3 mm does not. */
    private static final double BLEED_TOLERANCE_MM = 0.05;

    private DistributorRules() {
    }

    /**
     * The problems of this book with its distributor; none when book.yaml names no distributor.
     *
     * @param book     the book, its page layout and print edition as book.yaml gives them
     * @param pages    the print edition's page count
     * @param bookYaml where book.yaml is, for a rule whose key was not written
     * @return the problems, in the order the rules are listed
     */
    public static List<Diagnostic> check(Book book, int pages, SourcePosition bookYaml) {
        return check(book, pages, PrintedMargins.of(book.metadata().page()), bookYaml);
    }

    /**
     * The problems of this book with its distributor, its margins those its pages were laid out with.
     *
     * @param margins the narrowest margins of the laid-out pages, from the trimmed page's edges
     * @see #check(Book, int, SourcePosition)
     */
    public static List<Diagnostic> check(Book book, int pages, PrintedMargins margins, SourcePosition bookYaml) {
        PrintEdition print = book.print();
        Optional<Distributor> named = print.distributor().flatMap(Distributor::named);
        if (named.isEmpty()) {
            return List.of();
        }
        Distributor d = named.get();
        PageLayout page = book.metadata().page();
        List<Diagnostic> problems = new ArrayList<>();
        SourcePosition atPrint = print.at("print", "print", bookYaml);
        trim(d, page, print.at("trim", "print", bookYaml), problems);
        double gutter = d.gutterFor(pages);
        if (margins.insideMm() < gutter * MM_PER_INCH - 0.005) {
            problems.add(Diagnostic.error(print.at("trim", "print", bookYaml), String.format(Locale.ROOT,
                    "%s: the inside margin is %.1f mm; a %d-page book needs at least %s mm (%s in)", d.label(),
                    margins.insideMm(), pages, Distributor.inches(gutter * MM_PER_INCH), Distributor.inches(gutter))));
        }
        double outside = (page.bleedMm() > 0 ? d.outsideBleeding() : d.outside());
        double least = Math.min(margins.outsideMm(), Math.min(margins.topMm(), margins.bottomMm()));
        if (least < outside * MM_PER_INCH - 0.005) {
            problems.add(Diagnostic.error(print.at("trim", "print", bookYaml), String.format(Locale.ROOT,
                    "%s: the outside, top and bottom margins are at least %.1f mm; %s needs %s mm (%s in)%s",
                    d.label(), least, d.label(), Distributor.inches(outside * MM_PER_INCH), Distributor.inches(outside),
                    page.bleedMm() > 0 ? " with bleed" : "")));
        }
        if (page.bleedMm() > 0 && Math.abs(page.bleedMm() - d.bleed() * MM_PER_INCH) > BLEED_TOLERANCE_MM) {
            problems.add(Diagnostic.error(print.at("bleed", "print", bookYaml), String.format(Locale.ROOT,
                    "%s: the bleed is %s mm; %s's is %s mm (%s in)", d.label(), Distributor.inches(page.bleedMm()),
                    d.label(), Distributor.inches(d.bleed() * MM_PER_INCH), Distributor.inches(d.bleed()))));
        }
        if (pages < d.minPages()) {
            problems.add(Diagnostic.error(atPrint, String.format(Locale.ROOT,
                    "%s: the book has %d pages; %s prints at least %d", d.label(), pages, d.label(), d.minPages())));
        }
        if (pages > d.maxPages()) {
            problems.add(Diagnostic.error(atPrint, String.format(Locale.ROOT,
                    "%s: the book has %d pages; %s prints at most %d", d.label(), pages, d.label(), d.maxPages())));
        }
        return problems;
    }

    private static void trim(Distributor d, PageLayout page, SourcePosition at, List<Diagnostic> problems) {
        double width = page.widthMm() / MM_PER_INCH;
        double height = page.heightMm() / MM_PER_INCH;
        boolean listed = d.trims().stream().anyMatch(t -> Math.abs(t.width() * MM_PER_INCH - page.widthMm()) <= TRIM_TOLERANCE_MM
                && Math.abs(t.height() * MM_PER_INCH - page.heightMm()) <= TRIM_TOLERANCE_MM);
        if (listed) {
            return;
        }
        String size = String.format(Locale.ROOT, "the trim %s (%.1f x %.1f mm, %s x %s in)", page.trimName(),
                page.widthMm(), page.heightMm(), Distributor.inches(width), Distributor.inches(height));
        if (d.custom().isEmpty()) {
            problems.add(Diagnostic.warning(at, d.label() + ": " + size + " is not among " + d.label()
                    + "'s trim sizes as Octavo lists them; check that " + d.label() + " prints it"));
            return;
        }
        Distributor.CustomTrims custom = d.custom().get();
        boolean inRange = width >= custom.minWidth() - 0.01 && width <= custom.maxWidth() + 0.01
                && height >= custom.minHeight() - 0.01 && height <= custom.maxHeight() + 0.01;
        if (inRange) {
            problems.add(Diagnostic.warning(at, d.label() + ": " + size + " is a custom trim, not a standard one;"
                    + " " + d.label() + " prints it but distributes it to fewer channels"));
        } else {
            problems.add(Diagnostic.error(at, String.format(Locale.ROOT, "%s: %s is outside the trims %s prints"
                    + " (%s to %s in wide, %s to %s in high)", d.label(), size, d.label(),
                    Distributor.inches(custom.minWidth()), Distributor.inches(custom.maxWidth()),
                    Distributor.inches(custom.minHeight()), Distributor.inches(custom.maxHeight()))));
        }
    }
}
