package dev.npmmcp.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostNotesTest {

    @Test
    void shouldNormalizeDomainsAsNpmStoresThem() {
        assertThat(HostNotes.normalized(List.of(" App.Example.net", "app.example.NET", "b.lan")))
                .containsExactly("app.example.net", "b.lan");
    }

    @Test
    void shouldLeadWithNginxsRefusalOnlyWhenTheHostIsOffline() {
        List<String> notes = List.of("a certificate note");

        assertThat(HostNotes.afterWrite(Optional.of(false), "refused", notes)).containsExactly("refused",
                "a certificate note");
        assertThat(HostNotes.afterWrite(Optional.of(true), "refused", notes)).containsExactly("a certificate note");
        assertThat(HostNotes.afterWrite(Optional.empty(), "refused", notes)).containsExactly("a certificate note");
    }

    @Test
    void shouldRenderMessageLineAndNotes() {
        assertThat(HostNotes.render("Done.", "#1 a.lan", List.of("one", "two")))
                .isEqualTo("Done.\n#1 a.lan\nNote: one\nNote: two");
    }
}
