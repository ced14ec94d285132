package nl.hamerslag.platform.input;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/** Applies the {@link DateBounds} to every date and time a JSON body carries. */
class JsonDateBounds extends ValueDeserializerModifier {

    @Override
    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                   ValueDeserializer<?> deserializer) {
        return DateBounds.bounds(description.getBeanClass()) ? new BoundedDate(deserializer) : deserializer;
    }

    private static final class BoundedDate extends DelegatingDeserializer {
        BoundedDate(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new BoundedDate(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            return DateBounds.check(JsonFields.name(parser), super.deserialize(parser, context));
        }
    }
}
