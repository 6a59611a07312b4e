package dev.octavo.pdf.finish;

import dev.octavo.testing.Seed;
import org.junit.jupiter.api.Test;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped CMYK profile, checked apart from what made it: the JDK's colour management (LittleCMS) reads it as a
 * CMYK output profile, and turns each of Fogra's 1,617 measured CMYK patches (src/main/icc/FOGRA39L.ti3) into the
 * colour Fogra measured for it.
 */
class Fogra39ProfileTest {
    /** The ICC's D50, the profile connection space's white. */
    private static final double[] D50 = {0.9642, 1.0, 0.8249};
    /** Measured on 2026-12-08: mean 0.26, max 1.20 (ArgyllCMS's profcheck: 0.16 and 0.72). */
    private static final double MEAN_DE = 1;
    private static final double MAX_DE = 3;

    @Test
    void theJdkReadsItAsAVersion2CmykOutputProfileWithALabConnectionSpace() throws Exception {
        byte[] data = PdfX4.profile();
        assertTrue(data.length > 20_000 && data.length < 300_000, "size " + data.length);
        ICC_Profile profile = ICC_Profile.getInstance(data);
        assertEquals(ICC_Profile.CLASS_OUTPUT, profile.getProfileClass());
        assertEquals(ColorSpace.TYPE_CMYK, profile.getColorSpaceType());
        assertEquals(ColorSpace.TYPE_Lab, profile.getPCSType());
        assertEquals(2, profile.getMajorVersion());
        String description = new String(profile.getData(ICC_Profile.icSigProfileDescriptionTag),
                StandardCharsets.ISO_8859_1);
        assertTrue(description.contains("Octavo FOGRA39 (from Fogra's FOGRA39L data)"), description);
        for (int tag : new int[] {ICC_Profile.icSigAToB0Tag, ICC_Profile.icSigBToA0Tag, ICC_Profile.icSigAToB1Tag,
                ICC_Profile.icSigBToA1Tag, ICC_Profile.icSigMediaWhitePointTag}) {
            assertTrue(profile.getData(tag) != null, "tag " + Integer.toHexString(tag));
        }
    }

    /**
     * Relative colorimetric, as the JDK converts: the measurements are made relative to the paper's white the same
     * way (each of X, Y, Z scaled by D50's over the paper's, the ICC version 2 rule).
     */
    @Test
    void fograsMeasuredPatchesComeBackWithinAFractionOfADeltaE() throws Exception {
        ICC_ColorSpace cmyk = new ICC_ColorSpace(ICC_Profile.getInstance(PdfX4.profile()));
        List<double[]> patches = patches();
        assertEquals(1617, patches.size());
        double[] paper = patches.stream().filter(p -> p[0] + p[1] + p[2] + p[3] == 0).findFirst().orElseThrow();
        double sum = 0;
        double worst = 0;
        for (double[] patch : patches) {
            float[] xyz = cmyk.toCIEXYZ(new float[] {(float) patch[0] / 100, (float) patch[1] / 100,
                    (float) patch[2] / 100, (float) patch[3] / 100});
            double[] converted = lab(xyz[0], xyz[1], xyz[2]);
            double[] measured = lab(patch[4] / paper[4] * D50[0], patch[5] / paper[5] * D50[1],
                    patch[6] / paper[6] * D50[2]);
            double dE = Math.sqrt(Math.pow(converted[0] - measured[0], 2) + Math.pow(converted[1] - measured[1], 2)
                    + Math.pow(converted[2] - measured[2], 2));
            sum += dE;
            worst = Math.max(worst, dE);
        }
        double mean = sum / patches.size();
        assertTrue(mean < MEAN_DE, "mean ΔE76 " + mean);
        assertTrue(worst < MAX_DE, "max ΔE76 " + worst);
    }

    /** C, M, Y, K in per cent, X, Y, Z as measured (paper white Y about 88). */
    private static List<double[]> patches() throws Exception {
        List<double[]> patches = new ArrayList<>();
        boolean data = false;
        for (String line : Files.readAllLines(Seed.projectDir().resolve("src/main/icc/FOGRA39L.ti3"))) {
            if (line.startsWith("BEGIN_DATA") && !line.startsWith("BEGIN_DATA_FORMAT")) {
                data = true;
            } else if (line.startsWith("END_DATA") && !line.startsWith("END_DATA_FORMAT")) {
                data = false;
            } else if (data && !line.isBlank()) {
                String[] f = line.trim().split("\\s+");
                double[] patch = new double[7];
                for (int i = 0; i < 7; i++) {
                    patch[i] = Double.parseDouble(f[i + 1]);
                }
                patches.add(patch);
            }
        }
        return patches;
    }

    /** CIE 1976 L*a*b* of XYZ (Y of white 1) against D50. */
    private static double[] lab(double x, double y, double z) {
        double fx = f(x / D50[0]);
        double fy = f(y / D50[1]);
        double fz = f(z / D50[2]);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}
