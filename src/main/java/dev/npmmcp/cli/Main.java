package dev.npmmcp.cli;

/** Entry point of the jar. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.err.println("npm-mcp: not wired yet");
        System.exit(2);
    }
}
