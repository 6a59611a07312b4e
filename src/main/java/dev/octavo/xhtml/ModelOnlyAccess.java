package dev.octavo.xhtml;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a template may call on the objects it is given: the accessors of Octavo's model and nothing else of Java but
 * a few plain value methods. Templates come from a project's styles folder or a theme, and are not trusted: with
 * FreeMarker's defaults a template may reach a class through any object ({@code getClass()}), and from there
 * anything. No constructor, no field, no static member, no method of {@code Object} but {@code toString}.
 */
final class ModelOnlyAccess implements MemberAccessPolicy {
    /** The model's own packages and types: every public instance method declared there is an accessor. */
    private static final String MODEL = "dev.octavo.model.";

    /** Methods of Java's own value types that the house templates use: an optional date, an image's file URI. */
    private static final Map<Class<?>, Set<String>> JAVA_VALUES = Map.of(
            Optional.class, Set.of("isPresent", "isEmpty", "get", "orElse"),
            Path.class, Set.of("toUri", "getFileName"),
            URI.class, Set.of("toString"),
            TemporalAccessor.class, Set.of("toString", "getYear", "getMonthValue", "getDayOfMonth"));

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
        return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                return exposed(type, method);
            }

            @Override
            public boolean isConstructorExposed(Constructor<?> constructor) {
                return false;
            }

            @Override
            public boolean isFieldExposed(Field field) {
                return false;
            }
        };
    }

    static boolean exposed(Class<?> type, Method method) {
        if (Modifier.isStatic(method.getModifiers()) || !Modifier.isPublic(method.getModifiers())) {
            return false;
        }
        Class<?> declaring = method.getDeclaringClass();
        if (declaring == Object.class) {
            return method.getName().equals("toString");
        }
        if (ours(declaring) && ours(type)) {
            return true;
        }
        for (Map.Entry<Class<?>, Set<String>> values : JAVA_VALUES.entrySet()) {
            if (values.getKey().isAssignableFrom(type) && values.getValue().contains(method.getName())
                    && method.getParameterCount() <= 1) {
                return true;
            }
        }
        return false;
    }

    /** The model's types, and the one type of this package a template is given (which part of the book it sets). */
    private static boolean ours(Class<?> type) {
        return type.getName().startsWith(MODEL) || type == PrintPart.class;
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return true;
    }
}
