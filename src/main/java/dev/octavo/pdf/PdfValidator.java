package dev.octavo.pdf;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates a PDF with veraPDF against the two standards Octavo's PDFs claim: PDF/A-3u and PDF/UA-1. veraPDF
 * is an optional dependency of Octavo: the Maven plugin always has it, a library user adds
 * {@code org.verapdf:validation-model} to use this class.
 */
public final class PdfValidator {

    /** A failed rule: the standard, its clause and test number, how often it failed, and what it checks. */
    public record Problem(String standard, String rule, int failures, String description) {
        @Override
        public String toString() {
            return standard + " rule " + rule + " failed " + failures + " time(s): " + description;
        }
    }

    public List<Problem> validate(Path pdf) {
        VeraGreenfieldFoundryProvider.initialise();
        List<Problem> problems = new ArrayList<>();
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_3_U, PDFAFlavour.PDFUA_1)) {
            String standard = flavour == PDFAFlavour.PDFA_3_U ? "PDF/A-3u" : "PDF/UA-1";
            try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), flavour)) {
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
                ValidationResult result = validator.validate(parser);
                Map<String, String> descriptions = new LinkedHashMap<>();
                for (TestAssertion assertion : result.getTestAssertions()) {
                    if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                        descriptions.putIfAbsent(rule(assertion.getRuleId()), assertion.getMessage());
                    }
                }
                result.getFailedChecks().forEach((id, count) -> problems.add(
                        new Problem(standard, rule(id), count, descriptions.getOrDefault(rule(id), ""))));
            } catch (Exception e) {
                problems.add(new Problem(standard, "-", 1, "veraPDF could not read the file: " + e.getMessage()));
            }
        }
        return problems;
    }

    private static String rule(org.verapdf.pdfa.validation.profiles.RuleId id) {
        return id.getClause() + "-" + id.getTestNumber();
    }
}
