package dev.octavo.check;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The one class that calls veraPDF; {@link PdfValidator} loads it by name. */
final class VeraPdfRun implements Function<Path, List<PdfValidator.Problem>> {
    @Override
    public List<PdfValidator.Problem> apply(Path pdf) {
        VeraGreenfieldFoundryProvider.initialise();
        List<PdfValidator.Problem> problems = new ArrayList<>();
        List<String> claimed = PdfValidator.claimedStandards(pdf);
        if (claimed.isEmpty()) {
            problems.add(new PdfValidator.Problem("PDF/A, PDF/UA", "-", 1, "the file claims no PDF/A or PDF/UA"
                    + " conformance in its XMP metadata (pdfaid, pdfuaid), or its metadata cannot be read: there is"
                    + " nothing to validate it against"));
        }
        for (String standard : claimed) {
            PDFAFlavour flavour = flavour(standard);
            if (flavour == PDFAFlavour.NO_FLAVOUR) {
                problems.add(new PdfValidator.Problem(standard, "-", 1, "the file claims " + standard
                        + ", which this veraPDF cannot validate"));
                continue;
            }
            try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), flavour)) {
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
                ValidationResult result = validator.validate(parser);
                Map<String, String> descriptions = new LinkedHashMap<>();
                for (TestAssertion assertion : result.getTestAssertions()) {
                    if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                        descriptions.putIfAbsent(rule(assertion.getRuleId()), assertion.getMessage());
                    }
                }
                result.getFailedChecks().forEach((id, count) -> problems.add(new PdfValidator.Problem(
                        standard, rule(id), count, descriptions.getOrDefault(rule(id), ""))));
            } catch (Exception e) {
                problems.add(new PdfValidator.Problem(standard, "-", 1, "veraPDF could not read the file: "
                        + e.getMessage()));
            }
        }
        return problems;
    }

    /** veraPDF's name of a standard as {@link PdfValidator#claimedStandards} writes it: 3u, ua1. */
    private static PDFAFlavour flavour(String standard) {
        String id = standard.startsWith("PDF/UA-") ? "ua" + standard.substring("PDF/UA-".length())
                : standard.substring("PDF/A-".length());
        return PDFAFlavour.byFlavourId(id);
    }

    private static String rule(RuleId id) {
        return id.getClause() + "-" + id.getTestNumber();
    }
}
