package org.xxgk.cli;

/** The xxgk command-line tool (placeholder until the CLI lands). */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(0);
    }
}
