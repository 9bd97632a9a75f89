package dev.npmmcp.prompt;

import java.util.List;

/** Markdown for a prompt message: a title, paragraphs, bullet lists and steps numbered as they are added. */
final class PromptText {

    private final StringBuilder out = new StringBuilder();
    private int steps;

    PromptText(String title) {
        out.append("# ").append(title).append("\n");
    }

    PromptText paragraph(String text) {
        out.append("\n").append(text).append("\n");
        return this;
    }

    PromptText heading(String text) {
        out.append("\n## ").append(text).append("\n");
        return this;
    }

    PromptText bullets(List<String> items) {
        if (!items.isEmpty()) {
            out.append("\n");
            items.forEach(item -> out.append("- ").append(item).append("\n"));
        }
        return this;
    }

    /** A numbered step; its details (if any) become an indented list under it. */
    PromptText step(String text, List<String> details) {
        out.append("\n").append(++steps).append(". ").append(text).append("\n");
        details.forEach(detail -> out.append("   - ").append(detail).append("\n"));
        return this;
    }

    PromptText step(String text) {
        return step(text, List.of());
    }

    /** The number the next step will get, for steps that refer forward. */
    int nextStep() {
        return steps + 1;
    }

    String text() {
        return out.toString();
    }
}
