package dev.octavo.pdf.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Reaches a private field of openhtmltopdf's where it gives no other way in (TabulatedWidths, CharacterSpacing).
 * A field a later version renames or retypes gives null: the caller then does as openhtmltopdf would, and its test
 * fails so that the loss is noticed.
 */
final class PrivateFields {
    private PrivateFields() {
    }

    /** The field as a VarHandle, or null when {@code owner} has no such field. */
    static VarHandle find(Class<?> owner, String name, Class<?> type) {
        try {
            return MethodHandles.privateLookupIn(owner, MethodHandles.lookup()).findVarHandle(owner, name, type);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
