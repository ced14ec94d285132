package nl.hamerslag.bench;

import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;

import java.util.Map;

/**
 * The services' event serializer, except that a payload of one of the bench's own classes is stored under the type
 * name the service gives the same event ({@link DraftingPayloads#STORED_NAMES}). The hash chain links what this
 * returns, so the link covers the name as stored. Reading is the delegate's: the bench reads back only metadata.
 */
final class StoredTypeNames implements Serializer {

    private final Serializer delegate;
    private final Map<Class<?>, String> names;

    StoredTypeNames(Serializer delegate, Map<Class<?>, String> names) {
        this.delegate = delegate;
        this.names = Map.copyOf(names);
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        SerializedObject<T> serialized = delegate.serialize(object, expectedRepresentation);
        String name = object == null ? null : names.get(object.getClass());
        if (name == null) {
            return serialized;
        }
        return new SimpleSerializedObject<>(serialized.getData(), serialized.getContentType(), name,
                serialized.getType().getRevision());
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        return delegate.deserialize(serializedObject);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        String name = type == null ? null : names.get(type);
        SerializedType own = delegate.typeForClass(type);
        return name == null ? own : new SimpleSerializedType(name, own.getRevision());
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
