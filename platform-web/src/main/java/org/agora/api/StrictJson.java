package org.agora.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;


/**
 * Request bodies are read strictly: one JSON value and nothing after it, and every member of the type its request
 * record declares. A number where text is expected ({@code {"text": 123}}), text or a fraction where a whole number
 * is, or a whole number out of the field's range (which would silently wrap into another id) is refused with a 400
 * naming the field, instead of being coerced by JSON-B. Unknown members are ignored, as JSON-B does. The checked
 * value is then bound by the shared JSON-B instance.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJson implements MessageBodyReader<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getName().startsWith("org.agora.");
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        JsonValue value;
        // RFC 8259: JSON exchanged between systems is UTF-8
        var text = new PushbackReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1);
        int first;
        do {
            first = text.read();
        } while (first == ' ' || first == '\t' || first == '\n' || first == '\r');
        if (first == -1) {
            return null; // no body: Bean Validation says "required" where the endpoint needs one
        }
        text.unread(first);
        try (JsonParser parser = Json.createParser(text)) {
            parser.next();
            value = parser.getValue();
            if (parser.hasNext()) {
                throw new MalformedBody("request", "there is more after the JSON object; send exactly one");
            }
        } catch (JsonParsingException e) {
            throw new MalformedBody("request", "is not well-formed JSON (line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ")");
        } catch (JsonException e) {
            throw new MalformedBody("request", "is not well-formed JSON");
        }
        check("request", type, value);
        return JsonBinding.shared().fromJson(value.toString(), genericType);
    }

    /** Checks that {@code value} fits {@code type}; {@code field} names it in the refusal. */
    static void check(String field, Type type, JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (type instanceof Class<?> c && c.isPrimitive()) {
                throw new MalformedBody(field, "is required");
            }
            return; // Bean Validation says whether null is allowed
        }
        Class<?> raw = raw(type);
        if (raw == String.class || raw.isEnum() || raw.getName().startsWith("java.time.")) {
            expect(field, value, JsonValue.ValueType.STRING, "must be text (in quotes)");
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                throw new MalformedBody(field, "must be true or false");
            }
        } else if (raw == long.class || raw == Long.class) {
            whole(field, value, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (raw == int.class || raw == Integer.class) {
            whole(field, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (raw == short.class || raw == Short.class) {
            whole(field, value, Short.MIN_VALUE, Short.MAX_VALUE);
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class) {
            expect(field, value, JsonValue.ValueType.NUMBER, "must be a number");
        } else if (Collection.class.isAssignableFrom(raw)) {
            expect(field, value, JsonValue.ValueType.ARRAY, "must be a list (in [ ])");
            Type element = argument(type, 0);
            var array = (JsonArray) value;
            for (int i = 0; i < array.size(); i++) {
                check(field + "[" + i + "]", element, array.get(i));
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            expect(field, value, JsonValue.ValueType.OBJECT, "must be an object (in { })");
            Type element = argument(type, 1);
            ((JsonObject) value).forEach((k, v) -> check(field + "." + k, element, v));
        } else if (raw.isRecord()) {
            expect(field, value, JsonValue.ValueType.OBJECT, "must be an object (in { })");
            var object = (JsonObject) value;
            for (RecordComponent component : raw.getRecordComponents()) {
                var renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
                String member = renamed != null ? renamed.value() : component.getName();
                String name = "request".equals(field) ? member : field + "." + member;
                check(name, component.getGenericType(), object.get(member));
            }
        }
    }

    private static void expect(String field, JsonValue value, JsonValue.ValueType type, String message) {
        if (value.getValueType() != type) {
            throw new MalformedBody(field, message);
        }
    }

    private static void whole(String field, JsonValue value, long min, long max) {
        expect(field, value, JsonValue.ValueType.NUMBER, "must be a whole number");
        var number = (JsonNumber) value;
        if (!number.isIntegral()) {
            throw new MalformedBody(field, "must be a whole number");
        }
        BigInteger n = number.bigIntegerValue();
        if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new MalformedBody(field, "is out of range (" + min + " to " + max + ")");
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }
}
