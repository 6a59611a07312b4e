package dev.octavo.backlist;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code book.yaml} from the package's metadata, with the keys Octavo's reader takes, written by SnakeYAML. */
final class BookYamlWriter {
    private BookYamlWriter() {
    }

    static String write(ImportedMetadata metadata, Optional<String> cover, boolean notesPerChapter,
                        boolean numberedFigures) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("title", metadata.title());
        put(yaml, "subtitle", metadata.subtitle());
        yaml.put("language", metadata.language());
        if (!metadata.authors().isEmpty()) {
            yaml.put("authors", people(metadata.authors()));
        }
        if (!metadata.contributors().isEmpty()) {
            yaml.put("contributors", people(metadata.contributors()));
        }
        put(yaml, "identifier", metadata.identifier());
        put(yaml, "publisher", metadata.publisher());
        put(yaml, "date", metadata.date());
        put(yaml, "rights", metadata.rights());
        put(yaml, "description", metadata.description());
        if (!metadata.subjects().isEmpty()) {
            yaml.put("subjects", metadata.subjects());
        }
        metadata.series().ifPresent(series -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", series.name());
            put(map, "position", series.position());
            yaml.put("series", map);
        });
        cover.ifPresent(path -> yaml.put("cover", path));
        if (notesPerChapter) {
            yaml.put("footnotes", "chapter");
        }
        if (numberedFigures) {
            yaml.put("figures", "numbered"); // the labels ("Figure 1.2.") were Octavo's own, made again
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(options).dump(yaml);
    }

    private static List<Map<String, String>> people(List<ImportedMetadata.Person> people) {
        return people.stream().map(p -> {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("name", p.name());
            map.put("role", p.role());
            return map;
        }).toList();
    }

    private static void put(Map<String, Object> yaml, String key, String value) {
        if (value != null && !value.isBlank()) {
            yaml.put(key, value);
        }
    }
}
