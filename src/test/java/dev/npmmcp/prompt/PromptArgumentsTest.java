package dev.npmmcp.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromptArgumentsTest {

    enum Colour {
        @JsonProperty("red")
        RED,
        @JsonProperty("dark-blue")
        DARK_BLUE
    }

    record Sample(
            @JsonPropertyDescription("A name") String name,
            @JsonPropertyDescription("A count") Integer count,
            @JsonPropertyDescription("A colour") Optional<Colour> colour,
            @JsonPropertyDescription("Some tags") Optional<List<String>> tagList) {

        Sample {
            if (name.equals("forbidden")) {
                throw new IllegalArgumentException("name must not be 'forbidden'");
            }
        }
    }

    record Undescribed(String name) {}

    record Unsupported(@JsonPropertyDescription("A flag") boolean flag) {}

    private static Sample bind(Map<String, ?> arguments) {
        return PromptArguments.bind("sample", Sample.class, arguments);
    }

    @Test
    void shouldDescribeComponentsAsSnakeCaseArgumentsRequiredUnlessOptional() {
        assertThat(PromptArguments.describe(Sample.class)).containsExactly(
                new PromptArgument("name", "A name", true),
                new PromptArgument("count", "A count", true),
                new PromptArgument("colour", "A colour", false),
                new PromptArgument("tag_list", "Some tags", false));
    }

    @Test
    void shouldRefuseRecordsAClientCouldNotBeToldAbout() {
        assertThatThrownBy(() -> PromptArguments.describe(Undescribed.class))
                .hasMessageContaining("Undescribed.name has no description");
        assertThatThrownBy(() -> PromptArguments.describe(Unsupported.class))
                .hasMessageContaining("prompt arguments are strings, whole numbers, enums or lists of strings");
    }

    @Test
    void shouldReadStringsAsTheComponentTypes() {
        Sample sample = bind(Map.of("name", " web ", "count", "3", "colour", "Dark-Blue", "tag_list", "a, b c,,d"));
        assertThat(sample).isEqualTo(new Sample("web", 3, Optional.of(Colour.DARK_BLUE),
                Optional.of(List.of("a", "b", "c", "d"))));
    }

    @Test
    void shouldAcceptJsonNumbersAndArraysFromClientsThatSendThem() {
        Sample sample = bind(Map.of("name", "web", "count", 4, "tag_list", List.of("x", " y ")));
        assertThat(sample.count()).isEqualTo(4);
        assertThat(sample.tagList()).contains(List.of("x", "y"));
    }

    @Test
    void shouldTreatBlankAndMissingOptionalArgumentsAsAbsent() {
        Map<String, Object> arguments = new HashMap<>(Map.of("name", "web", "count", "1", "colour", "  "));
        arguments.put("tag_list", null);
        Sample sample = bind(arguments);
        assertThat(sample.colour()).isEmpty();
        assertThat(sample.tagList()).isEmpty();
    }

    @Test
    void shouldNameAMissingRequiredArgumentWithItsDescription() {
        assertThatThrownBy(() -> bind(Map.of("name", "web", "count", " ")))
                .isInstanceOf(PromptFailure.class)
                .hasMessage("Prompt sample needs the argument 'count'.")
                .extracting(e -> ((PromptFailure) e).hint()).isEqualTo("Give count: A count");
    }

    @Test
    void shouldListTheArgumentsWhenGivenAnUnknownOne() {
        assertThatThrownBy(() -> bind(Map.of("name", "web", "count", "1", "colour_", "red")))
                .isInstanceOf(PromptFailure.class)
                .hasMessage("Prompt sample has no argument 'colour_'.")
                .extracting(e -> ((PromptFailure) e).hint())
                .isEqualTo("Its arguments are: name, count, colour, tag_list.");
    }

    @Test
    void shouldListTheAcceptedValuesOfAnEnum() {
        assertThatThrownBy(() -> bind(Map.of("name", "web", "count", "1", "colour", "green")))
                .isInstanceOf(PromptFailure.class)
                .hasMessage("Argument 'colour' of prompt sample does not accept 'green'.")
                .extracting(e -> ((PromptFailure) e).hint()).isEqualTo("Use one of: red, dark-blue.");
    }

    @Test
    void shouldRefuseANumberThatIsNotWhole() {
        assertThatThrownBy(() -> bind(Map.of("name", "web", "count", "2.5")))
                .isInstanceOf(PromptFailure.class)
                .hasMessage("Argument 'count' of prompt sample must be a whole number, not '2.5'.");
        assertThatThrownBy(() -> bind(Map.of("name", "web", "count", 2.5)))
                .isInstanceOf(PromptFailure.class);
    }

    @Test
    void shouldPassOnTheRecordsOwnCheck() {
        assertThatThrownBy(() -> bind(Map.of("name", "forbidden", "count", "1")))
                .isInstanceOf(PromptFailure.class)
                .hasMessage("Invalid arguments for prompt sample: name must not be 'forbidden'");
    }
}
