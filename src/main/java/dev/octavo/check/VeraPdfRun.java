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
                result.getFailedChecks().forEach((id, count) -> problems.add(new PdfValidator.Problem(
                        standard, rule(id), count, descriptions.getOrDefault(rule(id), ""))));
            } catch (Exception e) {
                problems.add(new PdfValidator.Problem(standard, "-", 1, "veraPDF could not read the file: "
                        + e.getMessage()));
            }
        }
        return problems;
    }

    private static String rule(RuleId id) {
        return id.getClause() + "-" + id.getTestNumber();
    }
}
