package nl.hamerslag.platform.input;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.format.datetime.standard.DateTimeFormatterRegistrar;

import java.lang.annotation.Annotation;
import java.util.Set;

/**
 * Registers Spring's own java.time formats for request parameters (ISO 8601, and whatever a
 * {@code @DateTimeFormat} names) with every parser wrapped in the {@link DateBounds}. Registered
 * after the defaults, these take precedence, so no controller can receive a date out of range.
 * Spring's parsing is kept as is; only its result is checked.
 */
final class BoundedDateFormats implements FormatterRegistry {

    private final FormatterRegistry registry;

    private BoundedDateFormats(FormatterRegistry registry) {
        this.registry = registry;
    }

    static void registerOn(FormatterRegistry registry) {
        DateTimeFormatterRegistrar iso = new DateTimeFormatterRegistrar();
        iso.setUseIsoFormat(true);
        iso.registerFormatters(new BoundedDateFormats(registry));
    }

    private static Parser<?> bounded(Parser<?> parser) {
        return (text, locale) -> DateBounds.check(null, parser.parse(text, locale));
    }

    @Override
    public void addFormatterForFieldType(Class<?> fieldType, Formatter<?> formatter) {
        registry.addFormatterForFieldType(fieldType, formatter, bounded(formatter));
    }

    @Override
    public void addFormatterForFieldType(Class<?> fieldType, Printer<?> printer, Parser<?> parser) {
        registry.addFormatterForFieldType(fieldType, printer, bounded(parser));
    }

    /** Spring reads the annotation type from the factory's class, so the wrapper names it: {@link DateTimeFormat}. */
    @Override
    @SuppressWarnings("unchecked")
    public void addFormatterForFieldAnnotation(AnnotationFormatterFactory<? extends Annotation> factory) {
        if (!(factory instanceof Jsr310DateTimeFormatAnnotationFormatterFactory)) {
            registry.addFormatterForFieldAnnotation(factory);
            return;
        }
        AnnotationFormatterFactory<DateTimeFormat> formats = (AnnotationFormatterFactory<DateTimeFormat>) factory;
        registry.addFormatterForFieldAnnotation(new BoundedDateTimeFormat(formats));
    }

    private record BoundedDateTimeFormat(AnnotationFormatterFactory<DateTimeFormat> formats)
            implements AnnotationFormatterFactory<DateTimeFormat> {

        @Override
        public Set<Class<?>> getFieldTypes() {
            return formats.getFieldTypes();
        }

        @Override
        public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
            return formats.getPrinter(annotation, fieldType);
        }

        @Override
        public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
            return bounded(formats.getParser(annotation, fieldType));
        }
    }

    @Override
    public void addPrinter(Printer<?> printer) {
        registry.addPrinter(printer);
    }

    @Override
    public void addParser(Parser<?> parser) {
        registry.addParser(bounded(parser));
    }

    @Override
    public void addFormatter(Formatter<?> formatter) {
        registry.addFormatter(formatter);
    }

    @Override
    public void addConverter(Converter<?, ?> converter) {
        registry.addConverter(converter);
    }

    @Override
    public <S, T> void addConverter(Class<S> sourceType, Class<T> targetType, Converter<? super S, ? extends T> converter) {
        registry.addConverter(sourceType, targetType, converter);
    }

    @Override
    public void addConverter(GenericConverter converter) {
        registry.addConverter(converter);
    }

    @Override
    public void addConverterFactory(ConverterFactory<?, ?> factory) {
        registry.addConverterFactory(factory);
    }

    @Override
    public void removeConvertible(Class<?> sourceType, Class<?> targetType) {
        registry.removeConvertible(sourceType, targetType);
    }
}
