package org.facilitatoracademy.platform.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks that a JSON document has the types the Java body expects, field by field, before it is
 * bound: JSON-B would read {@code "banana"} or {@code 2} as the boolean {@code false}, a number as
 * a string. Returns the first mismatch as a message naming the field, or nothing.
 */
final class JsonShape {

  private JsonShape() {}

  static Optional<String> problem(JsonValue value, Type type) {
    return Optional.ofNullable(check(value, type, ""));
  }

  private static String check(JsonValue value, Type type, String path) {
    Class<?> raw = raw(type);
    if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
      return null;
    }
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return raw.isPrimitive() ? mismatch(path, expected(raw), value) : null;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return value == JsonValue.TRUE || value == JsonValue.FALSE
          ? null
          : mismatch(path, "true or false", value);
    }
    if (isNumber(raw)) {
      if (!(value instanceof JsonNumber number)) {
        return mismatch(path, "a number", value);
      }
      return isWhole(raw) && !number.isIntegral() ? mismatch(path, "a whole number", value) : null;
    }
    if (isText(raw)) {
      return value.getValueType() == JsonValue.ValueType.STRING
          ? null
          : mismatch(path, "a string", value);
    }
    if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
      if (!(value instanceof JsonArray array)) {
        return mismatch(path, "an array", value);
      }
      Type element = elementType(type, raw);
      for (int i = 0; i < array.size(); i++) {
        String problem = check(array.get(i), element, path + "[" + i + "]");
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
    if (Map.class.isAssignableFrom(raw)) {
      if (!(value instanceof JsonObject object)) {
        return mismatch(path, "an object", value);
      }
      Type valueType = typeArgument(type, 1);
      for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
        String problem = check(entry.getValue(), valueType, child(path, entry.getKey()));
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
    if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers()) || isPlatformType(raw)) {
      return null;
    }
    if (!(value instanceof JsonObject object)) {
      return mismatch(path, "an object", value);
    }
    return checkFields(object, raw, path);
  }

  private static String checkFields(JsonObject object, Class<?> raw, String path) {
    if (raw.isRecord()) {
      for (RecordComponent component : raw.getRecordComponents()) {
        JsonValue field = object.get(component.getName());
        String problem =
            field == null
                ? null
                : check(field, component.getGenericType(), child(path, component.getName()));
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
    for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field declared : c.getDeclaredFields()) {
        int modifiers = declared.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
          continue;
        }
        JsonValue field = object.get(declared.getName());
        String problem =
            field == null
                ? null
                : check(field, declared.getGenericType(), child(path, declared.getName()));
        if (problem != null) {
          return problem;
        }
      }
    }
    return null;
  }

  private static String mismatch(String path, String expected, JsonValue value) {
    String what = path.isEmpty() ? "The request body" : "The field '" + path + "'";
    return what + " must be " + expected + ", not " + kind(value) + ".";
  }

  private static String kind(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case TRUE, FALSE -> "true or false";
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case NULL -> "null";
    };
  }

  private static String expected(Class<?> primitive) {
    return primitive == boolean.class ? "true or false" : "a number";
  }

  private static String child(String path, String name) {
    String shown = Quoted.of(name);
    shown = shown.substring(1, shown.length() - 1);
    return path.isEmpty() ? shown : path + "." + shown;
  }

  private static boolean isNumber(Class<?> raw) {
    return (raw.isPrimitive() && raw != boolean.class && raw != char.class)
        || Number.class.isAssignableFrom(raw);
  }

  private static boolean isWhole(Class<?> raw) {
    return raw == int.class
        || raw == long.class
        || raw == short.class
        || raw == byte.class
        || raw == Integer.class
        || raw == Long.class
        || raw == Short.class
        || raw == Byte.class
        || raw == BigInteger.class;
  }

  private static boolean isText(Class<?> raw) {
    return CharSequence.class.isAssignableFrom(raw)
        || raw == char.class
        || raw == Character.class
        || raw.isEnum()
        || raw == UUID.class
        || TemporalAccessor.class.isAssignableFrom(raw)
        || raw == java.time.ZoneId.class
        || raw == java.time.Duration.class
        || raw == java.time.Period.class
        || raw == java.net.URI.class;
  }

  /** Types of the JDK not listed above: left to JSON-B, which knows how it reads them. */
  private static boolean isPlatformType(Class<?> raw) {
    String name = raw.getName();
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jakarta.");
  }

  private static Type elementType(Type type, Class<?> raw) {
    if (type instanceof GenericArrayType array) {
      return array.getGenericComponentType();
    }
    if (raw.isArray()) {
      return raw.getComponentType();
    }
    return typeArgument(type, 0);
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments().length > index) {
      return parameterized.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    if (type instanceof GenericArrayType) {
      return Object[].class;
    }
    return null;
  }
}
