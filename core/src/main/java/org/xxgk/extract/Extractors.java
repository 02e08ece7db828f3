package org.xxgk.extract;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.xxgk.source.DocumentFormat;

/** The extractors on the class path, found once through {@link ServiceLoader}. */
public final class Extractors {

    private final Map<DocumentFormat, DocumentExtractor> byFormat;

    private Extractors(Map<DocumentFormat, DocumentExtractor> byFormat) {
        this.byFormat = byFormat;
    }

    /** Loads every {@link DocumentExtractor} registered in {@code META-INF/services} of the given class loader. */
    public static Extractors load(ClassLoader loader) {
        Map<DocumentFormat, DocumentExtractor> map = new EnumMap<>(DocumentFormat.class);
        for (DocumentExtractor e : ServiceLoader.load(DocumentExtractor.class, loader)) {
            map.putIfAbsent(e.format(), e);
        }
        return new Extractors(map);
    }

    public static Extractors load() {
        return load(Extractors.class.getClassLoader());
    }

    public Optional<DocumentExtractor> forFormat(DocumentFormat format) {
        return Optional.ofNullable(byFormat.get(format));
    }

    public boolean supports(DocumentFormat format) {
        return byFormat.containsKey(format);
    }
}
