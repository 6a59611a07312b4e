package dev.octavo.manuscript;

import dev.octavo.model.Inline;
import dev.octavo.model.Text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the inlines of one container, joining adjacent text runs so that templates and text extraction see
 * whole sentences. Joined text is normalised to NFC once more: the files are NFC already, but a mark written as
 * an entity ({@code e&#x301;}) is decoded only here, and must not reach a renderer decomposed either.
 */
final class InlineBuffer {
    private final List<Inline> inlines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final boolean smartDashes;

    /** @param smartDashes whether a hyphen between spaces becomes a dash ({@link SmartDashes}) */
    InlineBuffer(boolean smartDashes) {
        this.smartDashes = smartDashes;
    }

    void text(CharSequence chars) {
        text.append(chars);
    }

    void add(Inline inline) {
        if (inline instanceof Text t) {
            text.append(t.text());
            return;
        }
        flush();
        inlines.add(inline);
    }

    List<Inline> finish() {
        flush();
        return inlines;
    }

    private void flush() {
        if (!text.isEmpty()) {
            String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
            inlines.add(new Text(smartDashes ? SmartDashes.apply(normal) : normal));
            text.setLength(0);
        }
    }
}
