package dev.octavo.backlist;

import dev.octavo.ManuscriptException;
import dev.octavo.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * EPUBs broken at random, seeded, from the two hand-made books: entries cut short, emptied, replaced by noise or by
 * hostile markup, removed. The import either makes a manuscript or stops with diagnostics at the EPUB's entries;
 * nothing else (no other exception, no stack overflow) ever comes out.
 */
class HostileEpubFuzzTest {
    private static final List<String> MARKUP = List.of(
            "<html><body><h1>A</h1><p>x<sup><a href='#nowhere'>1</a></sup></p></body></html>",
            "<html><body><table><tr><td><table><tr><td><h1>In a cell</h1></td></tr></table></td></tr></table></body></html>",
            "<html><body><p><a href='#a'><sup>1</sup></a></p><p id='a'><a href='#a'>1</a> self</p></body></html>",
            "<html><body><figure><figcaption></figcaption></figure><img/><img src=''/><img src='../../../etc/passwd'/></body></html>",
            "<html><body><h1></h1><h2></h2><dl><dt></dt><dd></dd></dl></body></html>",
            "<html><body><section epub:type='glossary'><dl><dt>T</dt></dl></section><aside epub:type='footnote'/></body></html>",
            "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><html><body><p>&e;</p></body></html>",
            "<html><body><a href='chapter1.html#n1' epub:type='noteref'>1</a><div class='verse'><div class='line'></div></div></body></html>",
            "<html><body>" + "<div>".repeat(3000) + "deep" + "</div>".repeat(3000) + "</body></html>",
            "\u0000\u0001\uFFFE<<<>>>&&&;;;]]>");

    @TempDir
    Path dir;

    @Test
    void twoHundredBrokenBooksGiveAManuscriptOrDiagnosticsAndNothingElse() throws Exception {
        Random random = new Random(22);
        List<Map<String, byte[]>> books = List.of(HandMadeEpub.classicEpub2(), HandMadeEpub.navOnlyEpub3());
        int imported = 0;
        int refused = 0;
        for (int round = 0; round < 200; round++) {
            Map<String, byte[]> entries = new LinkedHashMap<>(books.get(round % 2));
            List<String> names = new ArrayList<>(entries.keySet());
            for (int change = 0; change < 1 + random.nextInt(3); change++) {
                String name = names.get(random.nextInt(names.size()));
                byte[] bytes = entries.get(name);
                if (bytes == null) {
                    continue;
                }
                switch (random.nextInt(5)) {
                    case 0 -> entries.put(name, Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)));
                    case 1 -> entries.put(name, new byte[0]);
                    case 2 -> {
                        byte[] noise = bytes.clone();
                        for (int i = 0; i < 1 + noise.length / 50; i++) {
                            noise[random.nextInt(Math.max(1, noise.length))] = (byte) random.nextInt(256);
                        }
                        entries.put(name, noise);
                    }
                    case 3 -> entries.put(name, MARKUP.get(random.nextInt(MARKUP.size()))
                            .getBytes(StandardCharsets.UTF_8));
                    default -> entries.remove(name);
                }
            }
            Path epub = HandMadeEpub.write(dir.resolve("book-" + round + ".epub"), entries);
            try {
                ImportedManuscript manuscript = new BacklistImporter(ProgressListener.SILENT).read(epub);
                assertTrue(manuscript.files().containsKey("book.yaml") && manuscript.files().containsKey("IMPORT.md"));
                assertFalse(manuscript.files().keySet().stream().anyMatch(f -> f.contains("..") || f.startsWith("/")),
                        manuscript.files().keySet().toString());
                imported++;
            } catch (ManuscriptException e) {
                assertTrue(e.diagnostics().stream().allMatch(d -> d.position().file().toString().startsWith(
                        epub.toString())), e.format(null));
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("round " + round + ": " + e, e);
            }
        }
        assertTrue(imported > 50 && refused > 10, imported + " imported, " + refused + " refused");
    }
}
