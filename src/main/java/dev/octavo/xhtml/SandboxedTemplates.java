package dev.octavo.xhtml;

import dev.octavo.Diagnostic;
import dev.octavo.ManuscriptException;
import dev.octavo.SourcePosition;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * FreeMarker set up for templates that are not trusted: those of a project's styles folder or of a theme. Nothing
 * in a template can make an object of a class it names ({@code ?new} allows no class: not {@code Execute}, not
 * {@code ObjectConstructor}), reach Java's API of an object ({@code ?api} is off), or call anything but the model's
 * accessors ({@link ModelOnlyAccess}: no {@code getClass()}, no reflection, no static members). The loader keeps
 * {@code #include} and {@code #import} inside the theme: FreeMarker refuses a name that backs out of its root, and
 * the folder loader refuses files whose real path lies outside its folder.
 */
final class SandboxedTemplates {
    private SandboxedTemplates() {
    }

    static Configuration configuration(TemplateLoader loader) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(loader);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setMemberAccessPolicy(new ModelOnlyAccess());
        cfg.setObjectWrapper(wrapper.build());
        return cfg;
    }

    /**
     * A template that cannot be read or fails while it runs, as a build error at the template's file and line.
     *
     * @param source the file a template name stands for (in the project's styles, or the house style's in the jar)
     */
    static ManuscriptException failure(String templateName, Exception e, Function<String, Path> source) {
        String name = templateName;
        int line = 0;
        int column = 0;
        String message;
        if (e instanceof ParseException parse) {
            name = parse.getTemplateName() != null ? parse.getTemplateName() : name;
            line = parse.getLineNumber();
            column = parse.getColumnNumber();
            message = "the template cannot be read: " + parse.getEditorMessage();
        } else if (e instanceof TemplateException run) {
            name = run.getTemplateSourceName() != null ? run.getTemplateSourceName() : name;
            line = run.getLineNumber() != null ? run.getLineNumber() : 0;
            column = run.getColumnNumber() != null ? run.getColumnNumber() : 0;
            message = "the template failed: " + firstParagraph(run.getMessageWithoutStackTop());
        } else {
            message = "the template cannot be read: " + e.getMessage();
        }
        return new ManuscriptException(List.of(Diagnostic.error(
                new SourcePosition(source.apply(name), line, column), message)));
    }

    /** FreeMarker's message without its tips and the template's stack, which repeat the position. */
    private static String firstParagraph(String message) {
        String text = message == null ? "" : message.strip();
        int tips = text.indexOf("\n\n");
        return (tips < 0 ? text : text.substring(0, tips)).replace('\n', ' ').replaceAll("\\s+", " ").strip();
    }
}
