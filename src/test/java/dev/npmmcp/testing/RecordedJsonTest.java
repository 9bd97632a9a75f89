package dev.npmmcp.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecordedJsonTest {

    @Test
    void shouldParseCompleteBodiesAsNotTruncated() {
        RecordedJson body = RecordedJson.parse("{\"a\":[1,true,null,\"x\\\"y\"],\"b\":{}}");

        assertThat(body.truncated()).isFalse();
        assertThat(body.value().orElseThrow().toString()).isEqualTo("{\"a\":[1,true,null,\"x\\\"y\"],\"b\":{}}");
    }

    @Test
    void shouldKeepThePrefixOfACutStringAndMarkItsContainersOpen() {
        RecordedJson body = RecordedJson.parse("{\"id\":1,\"owner\":{\"email\":\"adm");

        assertThat(body.value().orElseThrow().at("/owner/email").asText()).isEqualTo("adm");
        assertThat(body.partial()).containsExactly("/owner/email");
        assertThat(body.open()).containsExactlyInAnyOrder("", "/owner");
    }

    @Test
    void shouldDropAMemberWhoseValueWasNotReached() {
        RecordedJson body = RecordedJson.parse("[{\"id\":1,\"certificate\":nu");

        assertThat(body.value().orElseThrow().toString()).isEqualTo("[{\"id\":1}]");
        assertThat(body.open()).containsExactlyInAnyOrder("", "/0");
        assertThat(body.partial()).isEmpty();
    }

    @Test
    void shouldDropACutKeyAndAnEllipsis() {
        RecordedJson body = RecordedJson.parse("{\"a\":true,\"forw…");

        assertThat(body.value().orElseThrow().toString()).isEqualTo("{\"a\":true}");
        assertThat(body.open()).containsExactly("");
    }

    @Test
    void shouldTreatACutAfterACompleteMemberAsAnOpenContainer() {
        RecordedJson body = RecordedJson.parse("{\"a\":{\"b\":1}");

        assertThat(body.open()).containsExactly("");
        assertThat(body.partial()).isEmpty();
    }

    @Test
    void shouldReadAnEmptyBodyAsNoValue() {
        assertThat(RecordedJson.parse(" ").value()).isEmpty();
        assertThat(RecordedJson.parse("true").value().orElseThrow().asBoolean()).isTrue();
    }

    @Test
    void shouldRefuseTextThatIsNotJson() {
        assertThatThrownBy(() -> RecordedJson.parse("not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecordedJson.parse("{} x")).isInstanceOf(IllegalArgumentException.class);
    }
}
