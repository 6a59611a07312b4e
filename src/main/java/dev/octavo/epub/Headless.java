package dev.octavo.epub;

/** Java2D draws the cover without a display: a build server has none, and the cover must not need one. */
final class Headless {
    private Headless() {
    }

    /** Turns headless mode on unless the application chose a mode itself (a desktop app embedding Octavo may). */
    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
