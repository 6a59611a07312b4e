package dev.octavo.xhtml;

import dev.octavo.model.Chapter;
import dev.octavo.model.GlossaryRef;
import dev.octavo.model.TextWalk;

import java.util.List;

/** The uses of glossary terms in a chapter's text, in reading order. */
final class GlossaryUses {
    private GlossaryUses() {
    }

    static List<GlossaryRef> of(Chapter chapter) {
        return TextWalk.inlines(chapter.blocks()).filter(GlossaryRef.class::isInstance).map(GlossaryRef.class::cast)
                .toList();
    }
}
