package dev.octavo.fonts;

import dev.octavo.SourcePosition;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Reserved Font Names of a licence, read from its copyright lines and nowhere else, and which file is one. */
class FontLicenceTest {
    private static final Path OFL = Path.of(System.getProperty("octavo.projectDir", ".")).resolve("fonts/literata/OFL.txt");

    private static FontLicence read(String text) {
        return FontLicence.read(Path.of("fonts/x/OFL.txt"), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theRepositorysFontsReserveNoName() throws Exception {
        for (String family : List.of("literata", "be-vietnam-pro", "jetbrains-mono")) {
            Path file = OFL.getParent().getParent().resolve(family).resolve("OFL.txt");
            FontLicence licence = FontLicence.read(file, Files.readAllBytes(file));
            assertEquals(List.of(), licence.reservedNames(), family);
            assertFalse(licence.reservesNames());
        }
    }

    @Test
    void reservedNamesAreReadFromTheCopyrightLines() throws Exception {
        String body = Files.readString(OFL).split("\n", 2)[1];
        FontLicence one = read("Copyright (c) 2010, Someone (a@b.c),\nwith Reserved Font Name \"Gentium\".\n" + body);
        assertEquals(List.of("Gentium"), one.reservedNames());
        assertEquals(new SourcePosition(Path.of("fonts/x/OFL.txt"), 2, 6), one.at());
        FontLicence two = read("Copyright 2011 X, with Reserved Font Names “Foo Sans” and “Foo Serif”.\n"
                + "Copyright 2012 Y, with Reserved Font Name: 'Bar'.\n" + body);
        assertEquals(List.of("Foo Sans", "Foo Serif", "Bar"), two.reservedNames());
        assertEquals(List.of(), read("Copyright 2020 Z\n" + body).reservedNames(),
                "the licence's own definition of a Reserved Font Name is no declaration");
    }

    @Test
    void licenceFilesAreToldByTheirNames() {
        for (String name : List.of("OFL.txt", "ofl.txt", "OFL-1.1.txt", "LICENSE", "LICENCE.txt", "LICENSE.md", "COPYING")) {
            assertTrue(FontLicence.isLicenceName(name), name);
        }
        for (String name : List.of("README.txt", "Literata-Regular.ttf", "FONTLOG.txt", "METADATA.pb")) {
            assertFalse(FontLicence.isLicenceName(name), name);
        }
        assertEquals(Optional.of("LICENSE.txt"), FontLicence.pick(List.of("README.md", "OFL.txt", "LICENSE.txt")));
    }
}
