package nl.hamerslag.platform.input;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jackson.JsonNodeDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * Applies the {@link TextRule} to every string a JSON body carries, at any depth: string values
 * (also inside lists, maps and untyped values, which read strings through the same deserializer),
 * map keys, and every text and field name of a body read as a tree ({@link JsonNode}, e.g. a merge
 * patch). The refusal names the field by its path.
 */
class JsonTextRules extends ValueDeserializerModifier {

    @Override
    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                   ValueDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        if (type == String.class) {
            return new CheckedString(deserializer);
        }
        return deserializer;
    }

    /** A tree is not built through the deserializers modified above, so it gets its own check. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("hamerslag-text-rule").setDeserializerModifier(new JsonTextRules());
        tree(module, JsonNode.class);
        tree(module, ObjectNode.class);
        tree(module, ArrayNode.class);
        return module;
    }

    @SuppressWarnings("unchecked")
    private static <T extends JsonNode> void tree(SimpleModule module, Class<T> type) {
        module.addDeserializer(type, (ValueDeserializer<T>) (ValueDeserializer<?>)
                new CheckedTree(JsonNodeDeserializer.getDeserializer(type)));
    }

    @Override
    public KeyDeserializer modifyKeyDeserializer(DeserializationConfig config, JavaType type, KeyDeserializer deserializer) {
        if (type.getRawClass() != String.class) {
            return deserializer;
        }
        return new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) throws JacksonException {
                TextRule.check("A field name in " + JsonFields.name(context.getParser()).toLowerCase(), key);
                return deserializer.deserializeKey(key, context);
            }
        };
    }

    private static final class CheckedString extends DelegatingDeserializer {
        CheckedString(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new CheckedString(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            Object value = super.deserialize(parser, context);
            if (value instanceof String text) {
                TextRule.check(JsonFields.name(parser), text);
            }
            return value;
        }
    }

    private static final class CheckedTree extends DelegatingDeserializer {
        CheckedTree(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new CheckedTree(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String at = parser.streamReadContext().pathAsPointer().toString();
            Object tree = super.deserialize(parser, context);
            if (tree instanceof JsonNode node) {
                check(at, node);
            }
            return tree;
        }

        /** Walks the tree with a work list rather than recursion: a body may be nested hundreds deep. */
        private static void check(String at, JsonNode root) {
            java.util.ArrayDeque<Map.Entry<String, JsonNode>> work = new java.util.ArrayDeque<>();
            work.push(Map.entry(at, root));
            while (!work.isEmpty()) {
                Map.Entry<String, JsonNode> next = work.pop();
                JsonNode node = next.getValue();
                if (node.isString()) {
                    TextRule.check(JsonFields.name(next.getKey()), node.asString());
                } else if (node.isObject()) {
                    for (Map.Entry<String, JsonNode> field : node.properties()) {
                        TextRule.check("A field name in " + JsonFields.name(next.getKey()).toLowerCase(), field.getKey());
                        work.push(Map.entry(next.getKey() + "/" + field.getKey(), field.getValue()));
                    }
                } else if (node.isArray()) {
                    for (int i = 0; i < node.size(); i++) {
                        work.push(Map.entry(next.getKey() + "/" + i, node.get(i)));
                    }
                }
            }
        }
    }
}
