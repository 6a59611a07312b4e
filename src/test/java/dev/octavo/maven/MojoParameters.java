package dev.octavo.maven;

import java.lang.reflect.Field;

/** Sets a goal's parameter as Maven injects it: into the field, whichever class of the goal declares it. */
final class MojoParameters {
    private MojoParameters() {
    }

    static void set(Object mojo, String name, Object value) throws ReflectiveOperationException {
        for (Class<?> type = mojo.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(mojo, value);
                return;
            } catch (NoSuchFieldException e) {
                // the parameters the goals share are declared once, in their common superclass
            }
        }
        throw new NoSuchFieldException(mojo.getClass().getName() + " has no parameter " + name);
    }
}
