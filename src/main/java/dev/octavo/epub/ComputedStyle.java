package dev.octavo.epub;

import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.newmatch.CascadedStyle;
import com.openhtmltopdf.css.parser.PropertyValue;
import com.openhtmltopdf.css.sheet.PropertyDeclaration;

import java.util.List;

/**
 * The font properties of an element as CSS computes them, inherited from its parent's. Computed here from
 * openhtmltopdf's cascade rather than by its {@code CalculatedStyle}, which needs a renderer's context.
 *
 * @param families     {@code font-family}, as written
 * @param weight       {@code font-weight} as a number ({@code bolder} and {@code lighter} resolved)
 * @param italic       {@code font-style} italic or oblique
 * @param caseChanges  {@code text-transform} other than none, or {@code font-variant: small-caps}
 * @param listItem     {@code display: list-item}
 * @param listStyle    {@code list-style-type}
 */
record ComputedStyle(List<String> families, int weight, boolean italic, boolean caseChanges, boolean listItem,
                     IdentValue listStyle) {
    static final ComputedStyle INITIAL = new ComputedStyle(List.of(), 400, false, false, false, IdentValue.DISC);

    ComputedStyle child(CascadedStyle cascaded) {
        if (cascaded == null) {
            return new ComputedStyle(families, weight, italic, caseChanges, false, listStyle);
        }
        List<String> childFamilies = families;
        PropertyDeclaration family = declared(cascaded, CSSName.FONT_FAMILY);
        if (family != null) {
            PropertyValue value = (PropertyValue) family.getValue();
            String[] names = value.getStringArrayValue();
            childFamilies = names != null ? List.of(names) : List.of(value.getCssText().split(","));
        }
        IdentValue style = ident(cascaded, CSSName.FONT_STYLE);
        boolean childItalic = style == null ? italic : style == IdentValue.ITALIC || style == IdentValue.OBLIQUE;
        IdentValue transform = ident(cascaded, CSSName.TEXT_TRANSFORM);
        IdentValue variant = ident(cascaded, CSSName.FONT_VARIANT);
        boolean transformed = transform == null ? caseChanges && variant == null : transform != IdentValue.NONE;
        boolean smallCaps = variant == IdentValue.SMALL_CAPS;
        IdentValue display = ident(cascaded, CSSName.DISPLAY);
        IdentValue list = ident(cascaded, CSSName.LIST_STYLE_TYPE);
        return new ComputedStyle(childFamilies, weight(cascaded, weight), childItalic,
                transformed || smallCaps || (transform == null && variant == null && caseChanges),
                display == IdentValue.LIST_ITEM, list == null ? listStyle : list);
    }

    /** A declaration of the property, unless it says {@code inherit} (the parent's value then stands). */
    private static PropertyDeclaration declared(CascadedStyle cascaded, CSSName name) {
        if (!cascaded.hasProperty(name)) {
            return null;
        }
        PropertyDeclaration declaration = cascaded.propertyByName(name);
        return declaration.getValue() instanceof PropertyValue value && value.getIdentValue() == IdentValue.INHERIT
                ? null : declaration;
    }

    private static IdentValue ident(CascadedStyle cascaded, CSSName name) {
        PropertyDeclaration declaration = declared(cascaded, name);
        return declaration == null ? null : declaration.asIdentValue();
    }

    /** The numeric weight: {@code bolder} and {@code lighter} against the parent's, as CSS Fonts 4 tabulates them. */
    private static int weight(CascadedStyle cascaded, int parent) {
        PropertyDeclaration declaration = declared(cascaded, CSSName.FONT_WEIGHT);
        if (declaration == null) {
            return parent;
        }
        IdentValue weight = declaration.asIdentValue();
        if (weight == IdentValue.BOLDER) {
            return parent < 350 ? 400 : parent < 550 ? 700 : 900;
        } else if (weight == IdentValue.LIGHTER) {
            return parent < 550 ? 100 : parent < 750 ? 400 : 700;
        } else if (weight == IdentValue.BOLD) {
            return 700;
        } else if (weight == IdentValue.NORMAL) {
            return 400;
        }
        String text = weight != null ? weight.toString() : declaration.getValue().getCssText();
        return text.strip().matches("\\d{3}") ? Integer.parseInt(text.strip()) : parent;
    }
}
