package dev.octavo.testing;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** veraPDF, the PDF Association's validator, as a library: the failed rules of one flavour. */
public final class VeraPdf {
    private VeraPdf() {
    }

    /** Each failed rule as "clause-test (n times): first message"; empty when the file complies. */
    public static List<String> failures(Path pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            Map<String, String> firstMessage = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    firstMessage.putIfAbsent(key(assertion.getRuleId()), assertion.getMessage());
                }
            }
            return result.getFailedChecks().entrySet().stream()
                    .map(e -> key(e.getKey()) + " (" + e.getValue() + "x): " + firstMessage.getOrDefault(key(e.getKey()), ""))
                    .sorted().toList();
        }
    }

    private static String key(RuleId id) {
        return id.getClause() + "-" + id.getTestNumber();
    }
}
