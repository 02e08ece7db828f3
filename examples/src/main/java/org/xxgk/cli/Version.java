package org.xxgk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version Maven recorded in the jar, or "development build" outside one. */
public final class Version implements IVersionProvider {

    private static final String POM_PROPERTIES = "/META-INF/maven/org.xxgk/xxgk-examples/pom.properties";

    public Version() {}

    @Override
    public String[] getVersion() throws IOException {
        try (InputStream in = Version.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) return new String[] {"xxgk (development build)"};
            Properties properties = new Properties();
            properties.load(in);
            return new String[] {"xxgk " + properties.getProperty("version", "(unknown version)")};
        }
    }
}
