package dev.octavo.testing;

import org.w3c.dom.Element;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A technical book that looks like a real one, written into a manuscript folder: four chapters with sections,
 * fifty figures of every format a book may carry (PNG screenshots of many heights, some taller than a page allows,
 * wide PNG diagrams, JPEG photographs up to 3000 pixels, a two-colour and a sixteen-colour GIF, WebP, hand-written
 * SVG drawings), some sized by the author, some named for cross-references; code blocks, tables, footnotes (several
 * right after a figure), a glossary, and cross-references of every kind the manuscript format has: to chapters, to
 * headings (by GitHub's slug with its diacritics, by Octavo's ASCII id, by an author's id, percent-encoded) and to
 * figures, forward and backward, within a file and across files, with and without words of their own.
 *
 * <p>Two variants: Vietnamese, whose running text is made of the seed article's sentences (real Vietnamese prose)
 * with sentences on typesetting mixed in, and English, whose prose is made from a word list. Everything comes from
 * fixed seeds: the same variant always writes the same files. What was written is returned, so that a test knows
 * every figure, heading and cross-reference without reading the manuscript back through Octavo.
 */
public final class RealBook {

    public enum Language {
        VI("vi"), EN("en");

        public final String tag;

        Language(String tag) {
            this.tag = tag;
        }

        /** The word before a figure's number, the abbreviation of "page" before a printed page number. */
        public String figureWord() {
            return this == VI ? "Hình" : "Figure";
        }

        public String pageWord() {
            return this == VI ? "tr." : "p.";
        }
    }

    /** The image formats of the book, with the media type the EPUB's manifest must give each. */
    public enum Format {
        PNG("png", "image/png"), JPEG("jpg", "image/jpeg"), GIF("gif", "image/gif"), WEBP("webp", "image/webp"),
        SVG("svg", "image/svg+xml");

        public final String extension;
        public final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public boolean isRaster() {
            return this != SVG;
        }
    }

    /** What a figure shows; decides how it is drawn. */
    public enum Kind { SCREENSHOT, DIAGRAM, PHOTO, CHART_GIF, TWO_COLOUR_GIF, WEBP, SVG }

    /**
     * A figure as the manuscript has it.
     *
     * @param chapter    1-based chapter number
     * @param number     its number within the chapter, from 1, in the order of the text
     * @param file       its path in the manuscript ({@code images/…})
     * @param caption    the words under it
     * @param alt        the text alternative the EPUB must give it: the caption, or the author's {@code alt}
     * @param writtenId  the {@code {#id}} the author gave it, or null
     * @param width      the {@code width=} the author gave it, or null
     * @param colours    for the two-colour GIF, its two palette colours (RGB); else empty
     */
    public record Figure(int chapter, int number, String file, Format format, Kind kind, int pixelsWide,
                         int pixelsHigh, String caption, String alt, String writtenId, String width, int[] colours) {
        /** "Hình 2.3" / "Figure 2.3". */
        public String label(Language language) {
            return language.figureWord() + " " + chapter + "." + number;
        }
    }

    /**
     * A heading, chapter titles (level 1) included, in book order: the order of the PDF's bookmarks.
     *
     * @param chapter 1-based chapter number
     */
    public record Heading(int chapter, int level, String text) {
    }

    public enum TargetKind { CHAPTER, HEADING, FIGURE }

    /**
     * A cross-reference as written, in book order (chapters, then the glossary).
     *
     * @param fromChapter 1-based chapter it is written in; 0 for the glossary
     * @param markdown    the link as written
     * @param words       the words it prints: its own, or the target's heading words or figure label
     * @param target      index into {@link Written#headings()} (CHAPTER, HEADING) or {@link Written#figures()}
     */
    public record Xref(int fromChapter, String markdown, String words, TargetKind kind, int target) {
    }

    public record Chapter(String file, String title) {
    }

    /** What was written. */
    public record Written(Path manuscript, Language language, String title, List<Chapter> chapters,
                          List<Heading> headings, List<Figure> figures, List<Xref> xrefs, String glossaryTitle,
                          List<String> glossaryTerms, int footnotes) {
        public List<Figure> figures(Format format) {
            return figures.stream().filter(f -> f.format() == format).toList();
        }
    }

    /** Writes the book into {@code manuscript} (created if needed) and says what it holds. */
    public static Written write(Path manuscript, Language language) {
        try {
            return new RealBook(manuscript, language).write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static final int[] TEAL = {0x1f, 0x6f, 0x8b};
    private static final int[] ORANGE = {0xf4, 0xa2, 0x59};

    private final Path dir;
    private final Language lang;
    private final Random random;
    private final Prose prose;
    private final Font font;

    /** The plan of the book: chapters of items, with the targets named before any text is written. */
    private final List<PlannedChapter> plan = new ArrayList<>();
    private final Map<String, Target> targets = new HashMap<>();
    private final List<Heading> headings = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<Xref> xrefs = new ArrayList<>();
    private int footnotes;

    private RealBook(Path dir, Language lang) throws IOException {
        this.dir = dir;
        this.lang = lang;
        this.random = new Random(lang == Language.VI ? 19_180_001L : 20_260_301L);
        this.prose = lang == Language.VI ? new VietnameseProse(random) : new EnglishProse(random);
        try {
            this.font = Font.createFont(Font.TRUETYPE_FONT,
                    Seed.projectDir().resolve("fonts/be-vietnam-pro/BeVietnamPro-Regular.ttf").toFile());
        } catch (FontFormatException e) {
            throw new IOException(e);
        }
    }

    private String t(String vi, String en) {
        return lang == Language.VI ? vi : en;
    }

    // --- the plan ---

    private sealed interface Item permits H, P, F, Code, Table {
    }

    /** A heading; {@code key} names it as a target, {@code explicitId} is the author's {@code {#id}}. */
    private record H(int level, String text, String key, String explicitId) implements Item {
    }

    /**
     * A paragraph of running text: {@code lines} long, perhaps with a footnote and a sentence with a
     * cross-reference.
     */
    private record P(int lines, boolean note, Ref ref) implements Item {
    }

    private record F(Figure figure) implements Item {
    }

    private record Code(String info, String text) implements Item {
    }

    private record Table(String markdown) implements Item {
    }

    /** How a link names its target. */
    private enum Form { FILE, GITHUB, ASCII, EXPLICIT, PERCENT, FIGURE_ID }

    /** A cross-reference to write: a sentence with %s where the link goes, its own words or none. */
    private record Ref(String key, Form form, String words, String sentence) {
    }

    private record Target(TargetKind kind, int index, int chapter, String githubSlug, String asciiId,
                          String explicitId) {
    }

    private static final class PlannedChapter {
        final String file;
        final String title;
        final List<Item> items = new ArrayList<>();

        PlannedChapter(String file, String title) {
            this.file = file;
            this.title = title;
        }
    }

    private PlannedChapter chapter;
    private GithubSlugger slugger;
    private int figureNumber;

    private void chapter(String fileVi, String fileEn, String vi, String en) {
        chapter = new PlannedChapter(t(fileVi, fileEn), t(vi, en));
        plan.add(chapter);
        slugger = new GithubSlugger();
        figureNumber = 0;
        String title = t(vi, en);
        headings.add(new Heading(plan.size(), 1, title));
        targets.put("c" + plan.size(), new Target(TargetKind.CHAPTER, headings.size() - 1, plan.size(),
                slugger.slug(title), ascii(title), null));
    }

    private void h(int level, String key, String vi, String en) {
        h(level, key, vi, en, null);
    }

    private void h(int level, String key, String vi, String en, String explicitId) {
        String text = t(vi, en);
        chapter.items.add(new H(level, text, key, explicitId));
        headings.add(new Heading(plan.size(), level, text));
        String slug = slugger.slug(text);
        if (key != null) {
            targets.put(key, new Target(TargetKind.HEADING, headings.size() - 1, plan.size(), slug, ascii(text),
                    explicitId));
        }
    }

    /** Running text: {@code count} paragraphs of 2 to 14 lines. */
    private void p(int count) {
        for (int i = 0; i < count; i++) {
            chapter.items.add(new P(2 + random.nextInt(13), false, null));
        }
    }

    /** A paragraph with a footnote. */
    private void note() {
        chapter.items.add(new P(3 + random.nextInt(8), true, null));
    }

    private void ref(String key, Form form, String words, String sentence) {
        chapter.items.add(new P(2 + random.nextInt(8), false, new Ref(key, form, words, sentence)));
    }

    /** A figure and the one to three paragraphs after it; the first of them carries the footnote when asked. */
    private void fig(String key, Kind kind, int w, int h, String vi, String en, String width) {
        fig(key, kind, w, h, vi, en, width, null, false);
    }

    private void fig(String key, Kind kind, int w, int h, String vi, String en, String width, String alt,
                     boolean noteAfter) {
        figureNumber++;
        Format format = switch (kind) {
            case SCREENSHOT, DIAGRAM -> Format.PNG;
            case PHOTO -> Format.JPEG;
            case CHART_GIF, TWO_COLOUR_GIF -> Format.GIF;
            case WEBP -> Format.WEBP;
            case SVG -> Format.SVG;
        };
        String file = String.format(Locale.ROOT, "images/c%d-%02d-%s.%s", plan.size(), figureNumber,
                kind.name().toLowerCase(Locale.ROOT).replace('_', '-'), format.extension);
        String caption = t(vi, en);
        String writtenId = key == null ? null : key;
        Figure figure = new Figure(plan.size(), figureNumber, file, format, kind, w, h, caption,
                alt == null ? caption : alt, writtenId, width, kind == Kind.TWO_COLOUR_GIF ? concat(TEAL, ORANGE)
                : new int[0]);
        figures.add(figure);
        chapter.items.add(new F(figure));
        if (key != null) {
            targets.put(key, new Target(TargetKind.FIGURE, figures.size() - 1, plan.size(), null, null, key));
        }
        if (noteAfter) {
            note();
            p(random.nextInt(2));
        } else {
            p(1 + random.nextInt(3));
        }
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private void code(String info, String text) {
        chapter.items.add(new Code(info, text));
    }

    private void table(String vi, String en) {
        chapter.items.add(new Table(t(vi, en)));
    }

    private void plan() {
        final Kind shot = Kind.SCREENSHOT;
        final Kind diagram = Kind.DIAGRAM;
        final Kind photo = Kind.PHOTO;
        final Kind svg = Kind.SVG;

        chapter("01-ban-thao.md", "01-manuscript.md", "Bản thảo và cấu trúc sách", "The Manuscript and Its Structure");
        p(2);
        ref("c2", Form.FILE, t("chương về ảnh chụp màn hình", "the chapter on screenshots"),
                t("Các hình trong sách được bàn kỹ ở %s.", "The figures of the book are the subject of %s."));
        fig("fig:cua-so-soan-thao", shot, 460, 300, "Cửa sổ soạn thảo với bản thảo Markdown đang mở",
                "The editor window with a Markdown manuscript open", null, null, true);
        fig(null, svg, 420, 300, "Cây thư mục của một bản thảo: book.yaml, các chương và thư mục ảnh",
                "The folder tree of a manuscript: book.yaml, the chapters and the images folder", null);
        h(2, "h:dau-thanh", "Dấu thanh và dấu phụ", "Accents and Diacritics");
        p(2);
        fig("fig:quy-trinh", diagram, 2000, 900, "Quy trình từ bản thảo đến EPUB và PDF", "From manuscript to EPUB and PDF",
                null);
        ref("h:vi-du-2", Form.GITHUB, "", t("Cách viết một tệp cấu hình được trình bày ở mục %s cuối chương.",
                "How a configuration file is written is shown in %s at the end of this chapter."));
        fig(null, shot, 480, 720, "Bảng điều khiển phông chữ hiển thị các dấu thanh", "The font panel showing the accents",
                null);
        h(3, null, "Bảng mã Unicode", "Unicode Code Charts");
        p(1);
        fig(null, photo, 1600, 1067, "Bản in thử trên bàn làm việc của biên tập viên", "A proof on the editor's desk",
                null, null, true);
        fig("fig:bang-ma", svg, 360, 200, "Vị trí của các dấu thanh trong bảng mã Unicode",
                "Where the accents sit in the Unicode charts", "50%");
        ref("fig:bang-ma", Form.FIGURE_ID, "", t("Như %s cho thấy, các dấu được ghép vào chữ cái gốc.",
                "As %s shows, the marks combine with their base letters."));
        fig(null, shot, 420, 1500, "Danh sách đầy đủ các ký tự tiếng Việt có dấu", "The full list of accented letters",
                null);
        h(2, "h:phong-chu", "Phông chữ cho tiếng Việt", "Fonts: Coverage & Fallback");
        p(1);
        fig(null, Kind.CHART_GIF, 520, 340, "Biểu đồ tần suất các dấu thanh trong một văn bản mẫu",
                "How often each accent occurs in a sample text", null);
        ref("fig:cua-so-chinh", Form.FIGURE_ID, "", t("Giao diện của trình xuất bản được giới thiệu ở %s.",
                "The publisher's window is shown in %s."));
        fig(null, Kind.WEBP, 640, 400, "Bản xem trước trang sách trên máy tính bảng", "A page preview on a tablet", null);
        h(2, null, "Ví dụ", "Examples");
        p(1);
        code("markdown", t("![Sơ đồ khối](images/so-do.png){#fig:so-do width=60%}\n",
                "![Block diagram](images/diagram.png){#fig:diagram width=60%}\n"));
        p(1);
        fig(null, diagram, 1800, 1200, "Cấu trúc tệp book.yaml", "The structure of book.yaml", null);
        h(3, null, "Tệp book.yaml", "The book.yaml File");
        code("yaml", t("title: \"Dàn trang sách kỹ thuật\"\nlanguage: vi\nfigures: numbered\ntrim: A5\n"
                        + "print-resolution: 300\n",
                "title: \"Typesetting Technical Books\"\nlanguage: en\nfigures: numbered\ntrim: A5\n"
                        + "print-resolution: 300\n"));
        p(1);
        fig(null, svg, 480, 260, "Các thành phần của một chương: tiêu đề, mục, đoạn văn, hình",
                "The parts of a chapter: title, sections, paragraphs, figures", null);
        h(2, "h:vi-du-2", "Ví dụ", "Examples");
        p(1);
        fig(null, photo, 1200, 1800, "Bìa sách in thử", "A printed test cover", "60mm");
        p(1);

        chapter("02-anh-chup-va-so-do.md", "02-screenshots.md", "Ảnh chụp màn hình và sơ đồ", "Screenshots and Diagrams");
        p(1);
        ref("h:dau-thanh", Form.GITHUB, t("phần về dấu thanh", "the part on accents"),
                t("Những điều đã nói trong %s cũng đúng với chữ trong ảnh.",
                        "What %s says holds for the text inside images as well."));
        h(2, null, "Ảnh chụp màn hình", "Screenshots");
        p(1);
        fig("fig:cua-so-chinh", shot, 500, 340, "Cửa sổ chính của trình xuất bản", "The publisher's main window", null,
                null, true);
        fig(null, shot, 450, 600, "Hộp thoại chọn định dạng đầu ra", "The output format dialog", null);
        ref("h:phong-chu", Form.ASCII, t("phông chữ", "fonts"),
                t("Chữ trong ảnh chụp màn hình dùng cùng %s với văn bản.",
                        "The text in the screenshots uses the same %s as the running text."));
        fig(null, shot, 400, 250, "Thanh công cụ với các nút xuất EPUB và PDF", "The toolbar with its EPUB and PDF buttons",
                "60%");
        fig(null, shot, 480, 1900, "Nhật ký dựng sách, từ đầu đến cuối", "The build log from start to end", null, null,
                true);
        h(2, "h:so-do-khoi", "Sơ đồ khối, luồng dữ liệu", "Block Diagrams, Data Flow");
        p(1);
        fig("fig:so-do-khoi", diagram, 2400, 800, "Sơ đồ khối của quy trình dàn trang",
                "Block diagram of the typesetting pipeline", null);
        fig(null, svg, 500, 320, "Luồng dữ liệu giữa các giai đoạn", "Data flow between the stages", null);
        ref("h:so-do-khoi", Form.GITHUB, t("sơ đồ khối", "block diagrams"),
                t("Các %s ở đầu mục này dùng cùng một bảng màu.",
                        "The %s at the start of this section share one palette."));
        h(3, null, "Sơ đồ vectơ (SVG)", "Vector Drawings (SVG)");
        p(1);
        fig(null, svg, 300, 300, "Một nút của sơ đồ, phóng to", "One node of the diagram, enlarged", "60mm");
        fig(null, diagram, 1600, 1600, "Các lớp của mô hình sách", "The classes of the book model", null, null, true);
        fig(null, svg, 640, 360, "Sơ đồ tuần tự khi dựng sách", "Sequence diagram of a build", null);
        ref("h:bang-bieu", Form.EXPLICIT, t("bảng biểu", "tables"),
                t("Cách dàn %s được trình bày ở chương sau.", "How %s are set is the subject of the next chapter."));
        fig(null, shot, 440, 520, "Cửa sổ kiểm tra lỗi với vị trí tệp và dòng", "The problems window with file and line",
                null);
        fig(null, Kind.WEBP, 900, 600, "Sơ đồ mạng lưới các tài liệu trong EPUB", "The documents of an EPUB and their links",
                null);
        h(2, "h:do-phan-giai", "Độ phân giải của ảnh", "Image Resolution (PPI)");
        p(1);
        fig(null, shot, 460, 880, "Thiết lập độ phân giải khi xuất ảnh", "The resolution settings of the image export",
                null);
        ref("fig:trang-in", Form.FIGURE_ID, t("hình trang in", "the figure of the printed page"),
                t("Khổ chữ mà ảnh phải nằm trong được vẽ ở %s.", "The type area an image must fit in is drawn in %s."));
        fig(null, diagram, 2200, 1000, "Độ phân giải khi in của ba ảnh mẫu", "The printed resolution of three sample images",
                null, null, true);
        table("| Ảnh | Điểm ảnh | Khổ in (mm) | ppi |\n|:--|--:|--:|--:|\n| Ảnh chụp màn hình | 450 | 115 | 99 |\n"
                        + "| Sơ đồ | 2000 | 115 | 441 |\n| Ảnh chụp | 3000 | 115 | 662 |\n",
                "| Image | Pixels | Printed (mm) | ppi |\n|:--|--:|--:|--:|\n| Screenshot | 450 | 115 | 99 |\n"
                        + "| Diagram | 2000 | 115 | 441 |\n| Photograph | 3000 | 115 | 662 |\n");
        p(1);
        fig(null, svg, 420, 240, "Tỷ lệ khung hình được giữ nguyên khi thu nhỏ",
                "The aspect ratio is kept when an image is scaled down", "50%");
        h(2, null, "Tóm tắt", "Summary");
        p(2);

        chapter("03-anh-va-bang-bieu.md", "03-photographs.md", "Ảnh chụp, bảng và mã nguồn", "Photographs, Tables and Code");
        p(1);
        ref("c1", Form.FILE, t("chương đầu", "the first chapter"),
                t("Cấu trúc bản thảo đã được mô tả trong %s.", "The structure of a manuscript is described in %s."));
        h(2, null, "Ảnh chụp", "Photographs");
        p(1);
        fig("fig:phong-canh", photo, 3000, 2000, "Phong cảnh núi, ảnh gốc 3000 điểm ảnh",
                "Mountain landscape, a 3000-pixel original", null, null, true);
        fig(null, photo, 2400, 1600, "Thành phố lúc hoàng hôn", "A city at dusk", null);
        ref("h:do-phan-giai", Form.PERCENT, t("độ phân giải", "resolution"),
                t("Ảnh chụp thường dư %s cho bản in.", "Photographs usually have more %s than print needs."));
        fig(null, photo, 2000, 3000, "Tháp chuông nhìn từ dưới lên", "A bell tower seen from below", null);
        fig(null, photo, 2800, 1200, "Ảnh toàn cảnh một bờ biển", "A panorama of a coastline", null, null, true);
        ref("fig:so-do-khoi", Form.FIGURE_ID, "", t("Ảnh đi qua các giai đoạn của %s như mọi phần khác của sách.",
                "Images go through the stages of %s like every other part of the book."));
        h(2, "h:bang-bieu", "Bảng biểu", "Tables", t("bang-bieu", "tables"));
        p(1);
        table("| Định dạng | Loại ảnh | Dùng cho |\n|---|---|---|\n| PNG | ảnh điểm, không mất dữ liệu | ảnh chụp màn hình, sơ đồ |\n"
                        + "| JPEG | ảnh điểm, nén mất dữ liệu | ảnh chụp |\n| GIF | ảnh điểm, tối đa 256 màu | biểu đồ đơn giản |\n"
                        + "| WebP | ảnh điểm, nén tốt | ảnh trên web |\n| SVG | ảnh vectơ | sơ đồ, hình vẽ |\n",
                "| Format | Kind | Used for |\n|---|---|---|\n| PNG | raster, lossless | screenshots, diagrams |\n"
                        + "| JPEG | raster, lossy | photographs |\n| GIF | raster, at most 256 colours | simple charts |\n"
                        + "| WebP | raster, compact | web images |\n| SVG | vector graphics | diagrams, drawings |\n");
        p(1);
        fig(null, shot, 480, 360, "Trình xem bảng với các cột căn lề", "The table viewer with aligned columns", null);
        fig(null, svg, 460, 200, "Cách một bảng được chia qua hai trang", "How a table breaks across two pages", null);
        fig(null, photo, 1500, 1500, "Chân dung tác giả", "Portrait of the author", "50%",
                t("Một hình người cách điệu trên nền xám", "A stylised figure of a person against a grey background"),
                false);
        h(2, "h:ma-nguon", "Mã nguồn", "Source Code");
        p(1);
        code("java", "Publication publication = Publisher.builder()\n        .manuscript(Path.of(\"manuscript\"))\n"
                + "        .output(Path.of(\"dist\"))\n        .build()\n        .publish();\n");
        p(1);
        fig(null, shot, 420, 640, "Trình soạn mã với tô sáng cú pháp", "The code editor with syntax highlighting", null);
        fig(null, diagram, 1700, 700, "Cây cú pháp của một đoạn mã ngắn", "The syntax tree of a short snippet", null,
                null, true);
        code("sh", "mvn package\npdfimages -list dist/book.pdf\n");
        p(1);
        fig(null, svg, 380, 380, "Bảng màu dùng cho tô sáng cú pháp", "The colour palette of the syntax highlighting",
                null);
        h(3, null, "Định dạng GIF và WebP", "GIF and WebP");
        p(1);
        fig("fig:hai-mau", Kind.TWO_COLOUR_GIF, 480, 300, "Ảnh GIF hai màu: xanh mòng két và cam",
                "A two-colour GIF: teal and orange", null, null, true);
        fig(null, Kind.WEBP, 420, 700, "Ảnh WebP chụp trên điện thoại", "A WebP photo taken on a phone", null);
        fig(null, shot, 500, 1300, "Toàn bộ tệp cấu hình trong trình soạn thảo", "A whole configuration file in the editor",
                null);
        h(2, null, "Tóm tắt", "Summary");
        p(2);

        chapter("04-xuat-ban.md", "04-publishing.md", "Xuất bản EPUB và PDF", "Publishing EPUB and PDF");
        p(1);
        ref("c3", Form.FILE, "", t("Ảnh chụp và bảng biểu được bàn ở chương %s.", "Photographs and tables are the subject of %s."));
        h(2, "h:trang-in", "Trang in và khổ chữ", "The Printed Page and the Type Area");
        p(1);
        fig("fig:trang-in", svg, 420, 594, "Trang in khổ A5 với lề trong, lề ngoài và khổ chữ",
                "An A5 page with its inner and outer margins and the type area", null, null, true);
        fig(null, diagram, 2000, 1400, "Hai trang đối diện: lề trong nằm ở gáy sách",
                "A spread: the inner margins meet at the spine", null);
        fig(null, photo, 1800, 1200, "Sách in xong trên giá", "Finished books on a shelf", null);
        ref("fig:bang-ma", Form.FIGURE_ID, "", t("Các dấu thanh trên trang in đặt đúng như %s.",
                "The accents on the printed page sit exactly as in %s."));
        h(2, "h:tham-chieu", "Tham chiếu chéo", "Cross-References");
        p(1);
        fig(null, shot, 460, 400, "Trình đọc EPUB hiển thị một hình có chú thích", "An EPUB reader showing a captioned figure",
                null, null, true);
        fig("fig:tham-chieu", svg, 500, 180, "Một tham chiếu chéo dẫn tới hình ở chương khác",
                "A cross-reference leading to a figure in another chapter", null);
        ref("h:ma-nguon", Form.GITHUB, "", t("Một tham chiếu không có chữ riêng in tên mục, như %s.",
                "A reference without words of its own prints the heading, as %s does."));
        fig(null, shot, 440, 760, "Danh sách liên kết trong tệp PDF", "The link list of a PDF file", null);
        ref("fig:kiem-tra", Form.FIGURE_ID, "", t("Các công cụ kiểm tra được tóm tắt ở %s.",
                "The checkers are summed up in %s."));
        h(2, null, "Kiểm tra bằng công cụ độc lập", "Checking with Independent Tools");
        p(1);
        fig("fig:kiem-tra", diagram, 1900, 900, "Các công cụ kiểm tra độc lập: EPUBCheck, veraPDF, Ace",
                "Independent checkers: EPUBCheck, veraPDF, Ace", null, null, true);
        fig(null, photo, 1200, 900, "Máy in offset trong xưởng in", "An offset press in the print shop", "60%");
        fig(null, shot, 480, 300, "Báo cáo của EPUBCheck: không lỗi, không cảnh báo",
                "The EPUBCheck report: no errors, no warnings", null);
        fig(null, svg, 400, 260, "Cây thẻ của tệp PDF theo chuẩn PDF/UA", "The tag tree of a PDF/UA file", null);
        fig(null, shot, 450, 1000, "Bảng kiểm tra trước khi gửi nhà in", "The checklist before sending to the printer", null);
        h(2, null, "Tóm tắt", "Summary");
        p(2);
    }

    // --- writing ---

    private Written write() throws IOException {
        plan();
        Files.createDirectories(dir.resolve("images"));
        String title = t("Dàn trang sách kỹ thuật", "Typesetting Technical Books");
        Files.writeString(dir.resolve("book.yaml"), bookYaml(title), StandardCharsets.UTF_8);
        List<Chapter> chapters = new ArrayList<>();
        for (int c = 0; c < plan.size(); c++) {
            PlannedChapter planned = plan.get(c);
            chapters.add(new Chapter(planned.file, planned.title));
            Files.writeString(dir.resolve(planned.file), markdown(c + 1, planned), StandardCharsets.UTF_8);
        }
        String glossaryTitle = t("Thuật ngữ", "Glossary");
        List<String> terms = new ArrayList<>();
        Files.writeString(dir.resolve("glossary.md"), glossary(glossaryTitle, terms), StandardCharsets.UTF_8);
        for (Figure figure : figures) {
            image(figure);
        }
        return new Written(dir, lang, title, List.copyOf(chapters), List.copyOf(headings), List.copyOf(figures),
                List.copyOf(xrefs), glossaryTitle, List.copyOf(terms), footnotes);
    }

    private String bookYaml(String title) {
        return "title: \"" + title + "\"\n"
                + "subtitle: \"" + t("Từ bản thảo đến bản in", "From Manuscript to Print") + "\"\n"
                + "language: " + lang.tag + "\n"
                + "authors:\n  - name: " + t("Nguyễn Thị Minh Anh", "Margaret Ellison") + "\n    role: aut\n"
                + "identifier: urn:uuid:" + (lang == Language.VI ? "3f2b8c1e-6a4d-4e7f-9b2a-1c5d8e0f7a61"
                : "7d41e0b2-95c3-4f18-a6e7-2b9c0d4f8e13") + "\n"
                + "publisher: Octavo\n"
                + "date: 2026-03-01\n"
                + "rights: \"" + t("© 2026 Nguyễn Thị Minh Anh", "© 2026 Margaret Ellison") + "\"\n"
                + "description: \"" + t("Sách hướng dẫn dàn trang sách kỹ thuật có hình, bảng và mã nguồn.",
                "A guide to typesetting technical books with figures, tables and code.") + "\"\n"
                + "subjects: [ \"" + t("Dàn trang", "Typesetting") + "\", \"" + t("Xuất bản", "Publishing") + "\" ]\n"
                + "figures: numbered\n"
                // Its ### headings are cross-referenced: the contents and the bookmarks list them too.
                + "toc-depth: 3\n";
    }

    private String markdown(int number, PlannedChapter planned) {
        StringBuilder out = new StringBuilder("# ").append(planned.title).append("\n\n");
        List<String> notes = new ArrayList<>();
        for (Item item : planned.items) {
            if (item instanceof H h) {
                out.append("#".repeat(h.level())).append(' ').append(h.text())
                        .append(h.explicitId() == null ? "" : " {#" + h.explicitId() + "}").append("\n\n");
            } else if (item instanceof P p) {
                out.append(paragraph(number, planned, p, notes)).append("\n\n");
            } else if (item instanceof F f) {
                out.append(figureMarkdown(f.figure())).append("\n\n");
            } else if (item instanceof Code code) {
                out.append("```").append(code.info()).append('\n').append(code.text()).append("```\n\n");
            } else if (item instanceof Table table) {
                out.append(table.markdown()).append('\n');
            }
        }
        for (String note : notes) {
            out.append(note).append('\n');
        }
        return out.toString();
    }

    private static String figureMarkdown(Figure figure) {
        List<String> attributes = new ArrayList<>();
        if (figure.writtenId() != null) {
            attributes.add("#" + figure.writtenId());
        }
        if (figure.width() != null) {
            attributes.add("width=" + figure.width());
        }
        if (!figure.alt().equals(figure.caption())) {
            attributes.add("alt=\"" + figure.alt() + "\"");
        }
        return "![" + figure.caption() + "](" + figure.file() + ")"
                + (attributes.isEmpty() ? "" : "{" + String.join(" ", attributes) + "}");
    }

    private String paragraph(int chapterNumber, PlannedChapter planned, P p, List<String> notes) {
        String text = prose.paragraph(p.lines());
        if (p.note()) {
            footnotes++;
            String label = "n" + footnotes;
            int end = firstSentenceEnd(text);
            text = text.substring(0, end) + "[^" + label + "]" + text.substring(end);
            notes.add("[^" + label + "]: " + prose.footnote(footnotes));
        }
        if (p.ref() != null) {
            text = text + " " + String.format(p.ref().sentence(), link(chapterNumber, planned, p.ref()));
        }
        return text;
    }

    private static int firstSentenceEnd(String text) {
        int dot = text.indexOf(". ");
        return dot < 0 ? text.length() : dot + 1;
    }

    private String link(int fromChapter, PlannedChapter from, Ref ref) {
        Target target = targets.get(ref.key());
        if (target == null) {
            throw new IllegalStateException("no target " + ref.key());
        }
        String file = plan.get(target.chapter() - 1).file;
        String path = target.chapter() == fromChapter && ref.form() != Form.FILE ? "" : file;
        String url = switch (ref.form()) {
            case FILE -> file;
            case GITHUB -> path + "#" + target.githubSlug();
            case ASCII -> path + "#" + target.asciiId();
            case EXPLICIT -> path + "#" + target.explicitId();
            case PERCENT -> path + "#" + URLEncoder.encode(target.githubSlug(), StandardCharsets.UTF_8)
                    .replace("-", "%2D");
            case FIGURE_ID -> path + "#" + target.explicitId();
        };
        String printed = ref.words().isEmpty() ? switch (target.kind()) {
            case CHAPTER, HEADING -> headings.get(target.index()).text();
            case FIGURE -> figures.get(target.index()).label(lang);
        } : ref.words();
        String markdown = "[" + ref.words() + "](" + url + ")";
        xrefs.add(new Xref(fromChapter, markdown, printed, target.kind(), target.index()));
        return markdown;
    }

    private String glossary(String title, List<String> terms) {
        String[][] entries = lang == Language.VI ? new String[][] {
                {"Ảnh vectơ", "Ảnh được mô tả bằng đường, hình và chữ thay vì điểm ảnh, nên in sắc nét ở mọi cỡ."},
                {"Độ phân giải", "Số điểm ảnh trên mỗi inch khi ảnh được in; nhà in thường đòi 300."},
                {"Khổ chữ", "Phần của trang dành cho văn bản và hình, giữa lề trên, lề dưới, lề trong và lề ngoài."},
                {"Lề trong", "Lề ở phía gáy sách, rộng hơn lề ngoài."},
                {"Tham chiếu chéo", "Liên kết từ văn bản tới một chương, một mục hay một hình khác của sách. Xem"
                        + " %s."},
        } : new String[][] {
                {"Cross-reference", "A link from the text to another chapter, section or figure of the book. See %s."},
                {"Inner margin", "The margin on the side of the spine, wider than the outer one."},
                {"Resolution", "The number of pixels per inch an image prints at; printers ask for 300."},
                {"Type area", "The part of the page that holds the text and the figures, inside the four margins."},
                {"Vector graphics", "Images described by lines, shapes and text rather than pixels, sharp at any size."},
        };
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
        for (String[] entry : entries) {
            terms.add(entry[0]);
            String definition = entry[1];
            if (definition.contains("%s")) {
                Target target = targets.get("h:tham-chieu");
                String url = plan.get(target.chapter() - 1).file + "#" + target.githubSlug();
                String markdown = "[](" + url + ")";
                xrefs.add(new Xref(0, markdown, headings.get(target.index()).text(), TargetKind.HEADING,
                        target.index()));
                definition = String.format(definition, markdown);
            }
            out.append(entry[0]).append("\n: ").append(definition).append("\n\n");
        }
        return out.toString();
    }

    // --- ids, as GitHub and Octavo make them (written here independently of Octavo's code) ---

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered per file. */
    private static final class GithubSlugger {
        private final Map<String, Integer> seen = new HashMap<>();

        String slug(String heading) {
            StringBuilder out = new StringBuilder();
            heading.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
                if (c == ' ') {
                    out.append('-');
                } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c)
                        || Character.getType(c) == Character.NON_SPACING_MARK) {
                    out.appendCodePoint(c);
                }
            });
            String base = out.toString();
            Integer count = seen.get(base);
            seen.put(base, count == null ? 1 : count + 1);
            return count == null ? base : base + "-" + count;
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Octavo's documented ASCII id: diacritics and đ dropped, anything else but letters and digits a hyphen. */
    static String ascii(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'),
                Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    // --- prose ---

    private interface Prose {
        String paragraph(int lines);

        String footnote(int number);
    }

    /** About this many characters fill a line of the A5 measure in the body type. */
    private static final int CHARS_PER_LINE = 64;

    /** Sentences of the seed article, with sentences on typesetting among them (the glossary's terms are in these). */
    private static final class VietnameseProse implements Prose {
        private static final String[] TOPICAL = {
                "Khổ chữ là phần của trang dành cho văn bản và hình, nằm giữa bốn lề.",
                "Lề trong rộng hơn lề ngoài để chữ không bị khuất vào gáy sách.",
                "Ảnh vectơ giữ được nét sắc ở mọi cỡ in, vì nó được vẽ lại từ các đường và hình.",
                "Độ phân giải của một ảnh điểm quyết định nó có thể in lớn đến đâu mà không bị vỡ hạt.",
                "Mỗi tham chiếu chéo phải dẫn tới đúng trang, cả trong bản in lẫn trong sách điện tử.",
                "Chú thích của hình luôn nằm ngay bên dưới hình, trên cùng một trang.",
                "Một hình không vừa với phần còn lại của trang sẽ được chuyển sang đầu trang sau, còn văn bản tiếp tục"
                        + " lấp đầy trang.",
                "Các dấu thanh của tiếng Việt phải được hiển thị đúng vị trí trên mọi phông chữ của sách.",
                "Bản thảo được viết bằng Markdown, mỗi chương là một tệp riêng.",
                "Ảnh chụp màn hình thường có độ phân giải thấp hơn yêu cầu của nhà in.",
                "Trình đọc sách điện tử tự co giãn hình cho vừa màn hình, còn bản PDF giữ nguyên kích thước đã định.",
                "Không một hình nào được phép vượt ra ngoài khổ chữ hay bị bỏ sót khi in.",
        };
        private static final String[] NOTES = {
                "Markdown do John Gruber đưa ra năm 2004.",
                "Bảng mã Unicode hiện có hơn 149 000 ký tự.",
                "Độ phân giải 300 điểm ảnh mỗi inch là mức thường gặp ở các nhà in.",
                "Khổ A5 rộng 148 mm và cao 210 mm.",
                "Định dạng WebP do Google công bố năm 2010.",
                "GIF ra đời năm 1987 và chỉ có tối đa 256 màu.",
                "SVG là chuẩn của W3C cho đồ họa vectơ.",
                "EPUBCheck là công cụ kiểm tra chính thức của W3C.",
                "PDF/UA là chuẩn ISO 14289 về khả năng tiếp cận của tệp PDF.",
                "Ace do DAISY Consortium phát triển.",
        };
        private final Random random;
        private final List<String> sentences = new ArrayList<>();

        VietnameseProse(Random random) {
            this.random = random;
            for (String paragraph : Seed.paragraphs()) {
                String pending = "";
                for (String sentence : paragraph.split("(?<=[.!?])\\s+(?=\\p{Lu})")) {
                    pending = pending.isEmpty() ? sentence : pending + " " + sentence;
                    if (pending.length() >= 40) {
                        sentences.add(pending);
                        pending = "";
                    }
                }
                if (!pending.isEmpty()) {
                    sentences.add(pending);
                }
            }
        }

        @Override
        public String paragraph(int lines) {
            int target = lines * CHARS_PER_LINE;
            StringBuilder out = new StringBuilder();
            int at = random.nextInt(sentences.size());
            while (out.length() < target - 30) {
                String next = random.nextInt(4) == 0 ? TOPICAL[random.nextInt(TOPICAL.length)]
                        : sentences.get(at++ % sentences.size());
                if (out.isEmpty() && !Character.isLetter(next.charAt(0))) {
                    continue; // a paragraph that starts with "1917. " would be a list
                }
                out.append(out.isEmpty() ? "" : " ").append(next);
            }
            return out.toString();
        }

        @Override
        public String footnote(int number) {
            return NOTES[(number - 1) % NOTES.length];
        }
    }

    /** English from a word list: sentences of 5 to 28 words, now and then one on typesetting. */
    private static final class EnglishProse implements Prose {
        private static final String[] WORDS = ("the a of to and in that is for on with as by it this be are from at"
                + " or an which page figure text line book print image chapter margin layout type reader screen"
                + " paragraph caption table column width height size colour font glyph letter word space measure"
                + " spread spine folio heading section note reference link file format picture drawing diagram"
                + " photograph pixel inch point resolution press proof editor author printer publisher document"
                + " source output process stage result number order place room edge top bottom left right inner outer"
                + " first last next previous every each whole part half most least some many few more less always"
                + " often never rarely keeps moves fills fits breaks holds shows draws sets reads writes checks finds"
                + " leads follows stays starts ends turns grows shrinks carries needs gives takes makes wide tall narrow"
                + " short long small large sharp clear plain even careful quiet simple exact open closed careful"
                + " between under above after before inside outside across along through within without").split(" ");
        private static final String[] TOPICAL = {
                "The type area is the part of the page that holds the text and the figures, between the four margins.",
                "The inner margin is wider than the outer one, so that no word disappears into the spine.",
                "Vector graphics stay sharp at every size, because they are drawn again from lines and shapes.",
                "The resolution of a raster image decides how large it can print before it turns grainy.",
                "Every cross-reference must lead to the right page, in print and in the ebook alike.",
                "A caption always stands right under its figure, on the same page.",
                "A figure that does not fit in the rest of its page moves to the top of the next one, and the text"
                        + " fills the page.",
                "Every accent must sit in the right place in every font of the book.",
                "The manuscript is written in Markdown, one file per chapter.",
                "Screenshots often have a lower resolution than the printer asks for.",
                "An ebook reader scales figures to the screen, while the PDF keeps the size decided for print.",
                "No figure may cross the edge of the type area or be lost in print.",
        };
        private static final String[] NOTES = {
                "Markdown was introduced by John Gruber in 2004.",
                "The Unicode standard now has more than 149,000 characters.",
                "300 pixels per inch is what most printers ask for.",
                "An A5 page is 148 mm wide and 210 mm tall.",
                "Google announced the WebP format in 2010.",
                "GIF dates from 1987 and has at most 256 colours.",
                "SVG is the W3C's standard for vector graphics.",
                "EPUBCheck is the W3C's official checker.",
                "PDF/UA is ISO 14289, on accessible PDF files.",
                "Ace is made by the DAISY Consortium.",
        };
        private final Random random;

        EnglishProse(Random random) {
            this.random = random;
        }

        @Override
        public String paragraph(int lines) {
            int target = lines * CHARS_PER_LINE;
            StringBuilder out = new StringBuilder();
            while (out.length() < target - 30) {
                out.append(out.isEmpty() ? "" : " ")
                        .append(random.nextInt(5) == 0 ? TOPICAL[random.nextInt(TOPICAL.length)] : sentence());
            }
            return out.toString();
        }

        private String sentence() {
            int words = 5 + random.nextInt(random.nextInt(4) == 0 ? 24 : 14);
            StringBuilder out = new StringBuilder();
            int comma = words > 10 && random.nextBoolean() ? 3 + random.nextInt(words - 6) : -1;
            for (int i = 0; i < words; i++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                if (i == 0) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                } else {
                    out.append(' ');
                }
                out.append(word);
                if (i == comma) {
                    out.append(',');
                }
            }
            return out.append('.').toString();
        }

        @Override
        public String footnote(int number) {
            return NOTES[(number - 1) % NOTES.length];
        }
    }

    // --- images ---

    private void image(Figure figure) throws IOException {
        Path file = dir.resolve(figure.file());
        Random pixels = new Random(figure.chapter() * 100L + figure.number());
        switch (figure.kind()) {
            case SCREENSHOT -> writePng(screenshot(figure, pixels), file, 0);
            case DIAGRAM -> writePng(diagram(figure, pixels), file, 300);
            case PHOTO -> writeJpeg(photo(figure, pixels), file);
            case CHART_GIF -> ImageIO.write(chart(figure, pixels), "gif", file.toFile());
            case TWO_COLOUR_GIF -> ImageIO.write(twoColours(figure), "gif", file.toFile());
            case WEBP -> copyWebp(figure, file);
            case SVG -> Files.writeString(file, svg(figure, pixels), StandardCharsets.UTF_8);
        }
    }

    /** The committed WebP fixtures (made with cwebp from Java2D drawings), by size. */
    private static void copyWebp(Figure figure, Path file) throws IOException {
        String name = "/realbook/webp-" + figure.pixelsWide() + "x" + figure.pixelsHigh() + ".webp";
        try (InputStream in = RealBook.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            Files.write(file, in.readAllBytes());
        }
    }

    private Graphics2D graphics(BufferedImage image, boolean smooth) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, smooth ? RenderingHints.VALUE_ANTIALIAS_ON
                : RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, smooth ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON
                : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        return g;
    }

    /** A window of an application: title bar, sidebar, toolbar, lines of text, a button; flat colours. */
    private BufferedImage screenshot(Figure figure, Random r) {
        int w = figure.pixelsWide();
        int h = figure.pixelsHigh();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image, false);
        g.setColor(new Color(0xf4f5f7));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x2d3e50));
        g.fillRect(0, 0, w, 28);
        int[] lights = {0xe0443e, 0xdea123, 0x1aab29};
        for (int i = 0; i < 3; i++) {
            g.setColor(new Color(lights[i]));
            g.fillOval(10 + 18 * i, 9, 11, 11);
        }
        g.setFont(font.deriveFont(13f));
        g.setColor(Color.WHITE);
        g.drawString(figure.caption().length() > 40 ? figure.caption().substring(0, 40) : figure.caption(), 72, 19);
        int sidebar = w / 4;
        g.setColor(new Color(0xdde3ea));
        g.fillRect(0, 28, sidebar, h - 28);
        g.setColor(new Color(0x4a5866));
        g.setFont(font.deriveFont(12f));
        for (int y = 52, i = 0; y < h - 10; y += 22, i++) {
            g.drawString(t("Mục ", "Item ") + (i + 1), 10, y);
        }
        g.setColor(new Color(0xc8d0d9));
        g.fillRect(sidebar, 28, w - sidebar, 30);
        g.setColor(new Color(0x2a7ae2));
        g.fillRect(sidebar + 8, 33, 70, 20);
        g.setColor(Color.WHITE);
        g.drawString(t("Xuất bản", "Publish"), sidebar + 14, 48);
        g.setColor(new Color(0x8a96a3));
        for (int y = 72; y < h - 12; y += 14) {
            if (r.nextInt(7) == 0) {
                y += 10;
                continue;
            }
            int length = (int) ((w - sidebar - 24) * (0.35 + 0.65 * r.nextDouble()));
            g.fillRect(sidebar + 12, y, length, 6);
        }
        g.dispose();
        return image;
    }

    /** Boxes joined by arrows, with labels: drawn large, as a diagram exported at 300 ppi. */
    private BufferedImage diagram(Figure figure, Random r) {
        int w = figure.pixelsWide();
        int h = figure.pixelsHigh();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image, false);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        int columns = 3 + r.nextInt(3);
        int rows = 1 + r.nextInt(3);
        int boxW = w / (columns * 2);
        int boxH = Math.min(h / (rows * 2 + 1), boxW / 2);
        g.setStroke(new BasicStroke(Math.max(3, w / 400f)));
        g.setFont(font.deriveFont(boxH / 4f));
        String[] words = lang == Language.VI ? new String[] {"Bản thảo", "Mô hình", "XHTML", "EPUB", "PDF", "Kiểm tra"}
                : new String[] {"Manuscript", "Model", "XHTML", "EPUB", "PDF", "Check"};
        for (int row = 0; row < rows; row++) {
            int y = (2 * row + 1) * h / (rows * 2 + 1);
            for (int col = 0; col < columns; col++) {
                int x = boxW / 2 + col * 2 * boxW;
                g.setColor(new Color(0xe8f0fe));
                g.fillRoundRect(x, y, boxW, boxH, boxH / 4, boxH / 4);
                g.setColor(new Color(0x1a73e8));
                g.drawRoundRect(x, y, boxW, boxH, boxH / 4, boxH / 4);
                g.setColor(new Color(0x202124));
                g.drawString(words[(row + col) % words.length], x + boxW / 10, y + boxH * 3 / 5);
                if (col + 1 < columns) {
                    g.setColor(new Color(0x5f6368));
                    int ax = x + boxW + boxW / 10;
                    int bx = x + 2 * boxW - boxW / 10;
                    int ay = y + boxH / 2;
                    g.drawLine(ax, ay, bx, ay);
                    g.fillPolygon(new Polygon(new int[] {bx, bx - boxH / 6, bx - boxH / 6},
                            new int[] {ay, ay - boxH / 10, ay + boxH / 10}, 3));
                }
            }
        }
        g.dispose();
        return image;
    }

    /** A landscape of gradients and shapes, with a caption burnt in, as a camera's photograph. */
    private BufferedImage photo(Figure figure, Random r) {
        int w = figure.pixelsWide();
        int h = figure.pixelsHigh();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image, true);
        Color top = new Color(40 + r.nextInt(60), 90 + r.nextInt(80), 160 + r.nextInt(80));
        g.setPaint(new GradientPaint(0, 0, top, 0, h * 0.65f, new Color(250, 200 + r.nextInt(40), 150)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(255, 240, 200));
        int sun = Math.min(w, h) / 6;
        g.fillOval(w / 5 + r.nextInt(w / 2), h / 8, sun, sun);
        for (int layer = 0; layer < 3; layer++) {
            Polygon hills = new Polygon();
            hills.addPoint(0, h);
            int base = h * (50 + 12 * layer) / 100;
            for (int x = 0; x <= w; x += Math.max(1, w / 12)) {
                hills.addPoint(x, base - r.nextInt(Math.max(1, h / 6)));
            }
            hills.addPoint(w, h);
            g.setPaint(new GradientPaint(0, base - h / 6f, new Color(30 + 30 * layer, 70 + 25 * layer, 50 + 10 * layer),
                    0, h, new Color(10 + 10 * layer, 30 + 10 * layer, 20)));
            g.fillPolygon(hills);
        }
        g.setColor(new Color(255, 255, 255, 200));
        g.setFont(font.deriveFont(Math.max(18f, h / 30f)));
        g.drawString(String.format(Locale.ROOT, "IMG_%04d", figure.chapter() * 100 + figure.number()), w / 40,
                h - h / 30);
        g.dispose();
        return image;
    }

    /** A bar chart in a sixteen-colour palette. */
    private BufferedImage chart(Figure figure, Random r) {
        byte[] red = new byte[16];
        byte[] green = new byte[16];
        byte[] blue = new byte[16];
        for (int i = 0; i < 16; i++) {
            Color c = Color.getHSBColor(i / 16f, 0.55f, i == 0 ? 1f : 0.85f);
            if (i == 0) {
                c = Color.WHITE;
            } else if (i == 1) {
                c = new Color(0x333333);
            }
            red[i] = (byte) c.getRed();
            green[i] = (byte) c.getGreen();
            blue[i] = (byte) c.getBlue();
        }
        IndexColorModel palette = new IndexColorModel(8, 16, red, green, blue);
        int w = figure.pixelsWide();
        int h = figure.pixelsHigh();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, palette);
        Graphics2D g = graphics(image, false);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x333333));
        g.drawLine(40, h - 40, w - 20, h - 40);
        g.drawLine(40, 20, 40, h - 40);
        int bars = 6;
        for (int i = 0; i < bars; i++) {
            int barH = 30 + r.nextInt(h - 100);
            g.setColor(new Color(palette.getRGB(2 + i * 2)));
            g.fillRect(60 + i * (w - 80) / bars, h - 40 - barH, (w - 80) / bars - 16, barH);
        }
        g.dispose();
        return image;
    }

    /**
     * A GIF whose palette has two colours, neither black nor white: teal on the left half, orange on the right,
     * with bands of the other colour at the top and the bottom only (the middle of each half is one colour).
     */
    private static BufferedImage twoColours(Figure figure) {
        IndexColorModel palette = new IndexColorModel(1, 2, new byte[] {(byte) TEAL[0], (byte) ORANGE[0]},
                new byte[] {(byte) TEAL[1], (byte) ORANGE[1]}, new byte[] {(byte) TEAL[2], (byte) ORANGE[2]});
        int w = figure.pixelsWide();
        int h = figure.pixelsHigh();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY, palette);
        Graphics2D g = image.createGraphics();
        Color teal = new Color(TEAL[0], TEAL[1], TEAL[2]);
        Color orange = new Color(ORANGE[0], ORANGE[1], ORANGE[2]);
        g.setColor(teal);
        g.fillRect(0, 0, w / 2, h);
        g.setColor(orange);
        g.fillRect(w / 2, 0, w - w / 2, h);
        for (int x = 0; x < w; x += 24) {
            g.setColor(x < w / 2 ? orange : teal);
            g.fillRect(x, 6, 12, h / 10);
            g.fillRect(x, h - 6 - h / 10, 12, h / 10);
        }
        g.dispose();
        return image;
    }

    /** Hand-written SVG: rectangles, circles, lines, a path and a little text, as a drawing program exports them. */
    private String svg(Figure figure, Random r) {
        int w = figure.pixelsWide();
        int h = figure.pixelsHigh();
        boolean viewBoxOnly = w == 640; // one drawing gives its size by its viewBox alone
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"");
        if (!viewBoxOnly) {
            out.append(" width=\"").append(w).append("\" height=\"").append(h).append('"');
        }
        out.append(" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\">\n");
        out.append("  <title>").append(figure.caption()).append("</title>\n");
        out.append("  <rect x=\"1\" y=\"1\" width=\"").append(w - 2).append("\" height=\"").append(h - 2)
                .append("\" fill=\"#fbfaf5\" stroke=\"#555555\" stroke-width=\"2\"/>\n");
        String[] fills = {"#cfe3f3", "#f7d9b5", "#d4ecd0", "#eadcf2"};
        int boxes = 2 + r.nextInt(3);
        int boxW = (w - 40) / boxes - 20;
        int boxH = Math.min(60, h / 3);
        for (int i = 0; i < boxes; i++) {
            int x = 30 + i * (boxW + 20);
            int y = h / 2 - boxH / 2 + (i % 2 == 0 ? -h / 8 : h / 8);
            out.append("  <rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(boxW)
                    .append("\" height=\"").append(boxH).append("\" rx=\"8\" fill=\"").append(fills[i % fills.length])
                    .append("\" stroke=\"#335577\" stroke-width=\"2\"/>\n");
            out.append("  <text x=\"").append(x + 8).append("\" y=\"").append(y + boxH / 2 + 5)
                    .append("\" font-family=\"sans-serif\" font-size=\"14\" fill=\"#1d2b36\">")
                    .append(t("Khối ", "Box ")).append(i + 1).append("</text>\n");
            if (i + 1 < boxes) {
                int x1 = x + boxW;
                int y1 = y + boxH / 2;
                int x2 = x + boxW + 20;
                int y2 = h / 2 + (i % 2 == 0 ? h / 8 : -h / 8);
                out.append("  <path d=\"M").append(x1).append(' ').append(y1).append(" C").append(x1 + 15).append(' ')
                        .append(y1).append(' ').append(x2 - 15).append(' ').append(y2).append(' ').append(x2).append(' ')
                        .append(y2).append("\" fill=\"none\" stroke=\"#777777\" stroke-width=\"2\"/>\n");
            }
        }
        out.append("  <circle cx=\"").append(w - 30).append("\" cy=\"30\" r=\"14\" fill=\"#e07a5f\"/>\n");
        out.append("  <line x1=\"20\" y1=\"").append(h - 20).append("\" x2=\"").append(w - 20).append("\" y2=\"")
                .append(h - 20).append("\" stroke=\"#999999\" stroke-dasharray=\"6 4\"/>\n");
        out.append("</svg>\n");
        return out.toString();
    }

    private static void writePng(BufferedImage image, Path file, int ppi) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        if (ppi > 0) {
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Integer.toString((int) Math.round(ppi / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
        }
        write(writer, image, metadata, param, file);
    }

    /** A JPEG at quality 0.7 that says it is 300 ppi (JFIF density). */
    private static void writeJpeg(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        JPEGImageWriteParam param = new JPEGImageWriteParam(Locale.ROOT);
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.7f);
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        String format = "javax_imageio_jpeg_image_1.0";
        Element tree = (Element) metadata.getAsTree(format);
        Element jfif = (Element) tree.getElementsByTagName("app0JFIF").item(0);
        jfif.setAttribute("resUnits", "1");
        jfif.setAttribute("Xdensity", "300");
        jfif.setAttribute("Ydensity", "300");
        metadata.setFromTree(format, tree);
        write(writer, image, metadata, param, file);
    }

    private static void write(ImageWriter writer, BufferedImage image, IIOMetadata metadata, ImageWriteParam param,
                              Path file) throws IOException {
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** The drawings the WebP fixtures were made from (cwebp turned them into the committed files). */
    public static BufferedImage webpSource(int w, int h) {
        try {
            RealBook book = new RealBook(Path.of("."), Language.EN);
            String caption = "WebP " + w + " x " + h;
            Figure figure = new Figure(9, 1, "", Format.WEBP, Kind.WEBP, w, h, caption, caption, null, null,
                    new int[0]);
            return w == 900 ? book.diagram(figure, new Random(w)) : book.photo(figure, new Random(h));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
