package dev.octavo.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures as Markdown tables, ready for the README. "PDF, CPU" is the CPU time of the PDF stage's thread,
 * which other work on the machine changes far less than the wall-clock figures; "stages in sequence" against
 * "publish" shows what making the EPUB and the PDF at once gains. "Per extra ×1" is the added time of one more copy of
 * the seed, (t(N) − t(1)) / (N − 1) (from the smallest size measured): constant from 10× to 50× means the time grows linearly with the book.
 */
final class Report {
    private Report() {
    }

    static void print(PrintStream out, Map<Integer, List<InJvmStages.Run>> inJvm,
                      Map<Integer, Bench.ProcessRounds> processes, int runs) {
        out.println();
        out.println("## Results");
        out.println();
        out.printf(Locale.ROOT, "In one JVM, warm (after warm-up runs), median seconds (1×: of at least 5 runs, else of %d):%n%n", runs);
        out.println("| size | pages | parse | fonts (uncached) | XHTML | EPUB | PDF | PDF, CPU | stages in sequence"
                + " | publish (EPUB ∥ PDF) | per extra ×1 |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Double first = null;
        int firstSize = inJvm.keySet().iterator().next();
        for (var entry : inJvm.entrySet()) {
            List<InJvmStages.Run> r = entry.getValue();
            double publish = Summary.median(r, InJvmStages.Run::publish);
            first = first == null ? publish : first;
            out.printf(Locale.ROOT, "| %d× | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %s |%n",
                    entry.getKey(), r.get(0).pages(), Summary.median(r, InJvmStages.Run::parse),
                    Summary.median(r, InJvmStages.Run::fonts), Summary.median(r, InJvmStages.Run::xhtml),
                    Summary.median(r, InJvmStages.Run::epub), Summary.median(r, InJvmStages.Run::pdf),
                    Summary.median(r, InJvmStages.Run::pdfCpu), Summary.median(r, InJvmStages.Run::sequential), publish,
                    perCopy(entry.getKey(), publish, firstSize, first));
        }
        if (processes.isEmpty()) {
            return;
        }
        out.println();
        out.printf(Locale.ROOT, "Whole processes, median seconds of %d rounds, peak RSS (max of the rounds) in MiB:%n%n", runs);
        out.println("| size | Octavo pages | `mvn package` EPUB+PDF | CPU | RSS | per extra ×1"
                + " | Java's own settings | RSS | `mvn package` EPUB only | pandoc EPUB | RSS | pandoc + WeasyPrint PDF | CPU"
                + " | RSS | WeasyPrint pages | pandoc+WeasyPrint ÷ Octavo | both routes ÷ Octavo | same, CPU"
                + " | same, Java's own settings | pandoc EPUB ÷ Octavo EPUB |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        first = null;
        for (var entry : processes.entrySet()) {
            Bench.ProcessRounds p = entry.getValue();
            double octavo = Summary.median(p.octavo, TimedProcess.Run::seconds);
            first = first == null ? octavo : first;
            double octavoEpub = Summary.median(p.octavoEpub, TimedProcess.Run::seconds);
            double javaDefaults = Summary.median(p.octavoJavaDefaults, TimedProcess.Run::seconds);
            boolean others = !p.weasyPrint.isEmpty();
            double pandoc = others ? Summary.median(p.pandocEpub, TimedProcess.Run::seconds) : Double.NaN;
            double weasy = others ? Summary.median(p.weasyPrint, TimedProcess.Run::seconds) : Double.NaN;
            double octavoCpu = Summary.median(p.octavo, TimedProcess.Run::cpuSeconds);
            double weasyCpu = others ? Summary.median(p.weasyPrint, TimedProcess.Run::cpuSeconds) : Double.NaN;
            out.printf(Locale.ROOT, "| %d× | %d | %.2f | %.2f | %.0f | %s | %.2f | %.0f | %.2f | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    entry.getKey(), p.octavoPages, octavo, octavoCpu, Summary.max(p.octavo, TimedProcess.Run::peakMiB),
                    perCopy(entry.getKey(), octavo, firstSize, first), javaDefaults,
                    Summary.max(p.octavoJavaDefaults, TimedProcess.Run::peakMiB), octavoEpub,
                    others ? fmt("%.2f", pandoc) : "–",
                    others ? fmt("%.0f", Summary.max(p.pandocEpub, TimedProcess.Run::peakMiB)) : "–",
                    others ? fmt("%.2f", weasy) : "–",
                    others ? fmt("%.2f", weasyCpu) : "–",
                    others ? fmt("%.0f", Summary.max(p.weasyPrint, TimedProcess.Run::peakMiB)) : "–",
                    others ? String.valueOf(p.weasyPrintPages) : "–",
                    others ? fmt("%.1f×", weasy / octavo) : "–",
                    // The same work on both sides: mvn package makes the EPUB and the PDF, so do pandoc and WeasyPrint.
                    others ? fmt("%.1f×", (pandoc + weasy) / octavo) : "–",
                    others ? fmt("%.1f×", weasyCpu / octavoCpu) : "–",
                    others ? fmt("%.1f×", weasy / javaDefaults) : "–",
                    others ? fmt("%.1f×", pandoc / octavoEpub) : "–");
        }
        typst(out, processes, runs);
        out.println();
        out.println("load average at the end: " + MachineInfo.load());
    }

    /** Octavo beside Typst, the fastest tool a publisher would pick instead, from the same rounds. */
    private static void typst(PrintStream out, Map<Integer, Bench.ProcessRounds> processes, int runs) {
        if (processes.values().stream().allMatch(p -> p.typst.isEmpty())) {
            return;
        }
        out.println();
        out.printf(Locale.ROOT, "Beside Typst (its npm compiler), the same text as a .typ file with the same fonts, median"
                + " seconds of %d rounds, peak RSS in MiB:%n%n", runs);
        out.println("| size | Typst pages | Typst PDF | CPU | RSS | Octavo CLI PDF | CPU | RSS | CLI PDF ÷ Typst"
                + " | `mvn package` EPUB+PDF, Java's own settings | RSS | ÷ Typst | same in Maven's JVM ÷ Typst"
                + " | with `.mvn/jvm.config` ÷ Typst |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var entry : processes.entrySet()) {
            Bench.ProcessRounds p = entry.getValue();
            if (p.typst.isEmpty()) {
                continue;
            }
            double typst = Summary.median(p.typst, TimedProcess.Run::seconds);
            boolean cli = !p.octavoCliPdf.isEmpty();
            double cliPdf = cli ? Summary.median(p.octavoCliPdf, TimedProcess.Run::seconds) : Double.NaN;
            double defaults = Summary.median(p.octavoJavaDefaults, TimedProcess.Run::seconds);
            out.printf(Locale.ROOT, "| %d× | %d | %.2f | %.2f | %.0f | %s | %s | %s | %s | %.2f | %.0f | %.2f | %s | %.2f |%n",
                    entry.getKey(), p.typstPages, typst, Summary.median(p.typst, TimedProcess.Run::cpuSeconds),
                    Summary.max(p.typst, TimedProcess.Run::peakMiB),
                    cli ? fmt("%.2f", cliPdf) : "–",
                    cli ? fmt("%.2f", Summary.median(p.octavoCliPdf, TimedProcess.Run::cpuSeconds)) : "–",
                    cli ? fmt("%.0f", Summary.max(p.octavoCliPdf, TimedProcess.Run::peakMiB)) : "–",
                    cli ? fmt("%.2f", cliPdf / typst) : "–",
                    defaults, Summary.max(p.octavoJavaDefaults, TimedProcess.Run::peakMiB), defaults / typst,
                    p.octavoInMaven.isEmpty() ? "–"
                            : fmt("%.2f", Summary.median(p.octavoInMaven, TimedProcess.Run::seconds) / typst),
                    Summary.median(p.octavo, TimedProcess.Run::seconds) / typst);
        }
    }

    private static String perCopy(int size, double seconds, int firstSize, double firstSeconds) {
        return size == firstSize ? "–" : fmt("%.3f", (seconds - firstSeconds) / (size - firstSize));
    }

    private static String fmt(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }
}
