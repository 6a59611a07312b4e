package dev.octavo.backlist;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Note labels per chapter: the number the call showed where it is free, the next free one otherwise. */
final class NoteLabels {
    private static final Pattern CALL = Pattern.compile(Notes.CALL_START + "(\\d+)" + Notes.CALL_END);

    private final List<Notes.Note> notes;
    private final MarkdownText markdown;
    private int count;
    private boolean sawNotes;
    private boolean restarts;

    NoteLabels(List<Notes.Note> notes, MarkdownText markdown) {
        this.notes = notes;
        this.markdown = markdown;
    }

    String chapter(String text) {
        Map<Integer, String> labels = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        Matcher m = CALL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String label = labels.computeIfAbsent(index, i -> label(notes.get(i).shownNumber(), used));
            m.appendReplacement(out, Matcher.quoteReplacement("[^" + label + "]"));
        }
        m.appendTail(out);
        if (labels.isEmpty()) {
            return out.toString();
        }
        String first = notes.get(labels.keySet().iterator().next()).shownNumber();
        restarts |= sawNotes && first.equals("1");
        sawNotes = true;
        out.append("\n");
        for (Map.Entry<Integer, String> note : labels.entrySet()) {
            count++;
            String definition = markdown.blocks(notes.get(note.getKey()).content());
            definition = CALL.matcher(definition).replaceAll(""); // a note called from a note: its call alone
            out.append("\n[^").append(note.getValue()).append("]: ")
                    .append(definition.replace("\n", "\n    ").replaceAll("\n {4}\n", "\n\n")).append('\n');
        }
        return out.toString();
    }

    private static String label(String shown, Set<String> used) {
        if (shown.matches("\\d{1,4}") && used.add(shown)) {
            return shown;
        }
        for (int n = 1; ; n++) {
            if (used.add(String.valueOf(n))) {
                return String.valueOf(n);
            }
        }
    }

    int count() {
        return count;
    }

    boolean restartsPerChapter() {
        return restarts;
    }
}
