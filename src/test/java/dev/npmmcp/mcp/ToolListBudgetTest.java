package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Tool;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What tools/list costs, in compact JSON as served: every conversation pays what the LLM reads (name, description,
 * inputSchema, annotations), and every client pays the whole list. The test prints the bytes per tool and fails when
 * a change takes the list over its budget, so the size cannot creep back unnoticed. Raising a budget is a decision
 * for a reviewed diff, like a snapshot change.
 */
class ToolListBudgetTest {

    /** Default {@code serve}: what the LLM reads, and the whole list. */
    static final int LLM_BUDGET = 20_000;
    static final int ALL_BUDGET = 48_000;
    /** No single tool may take more than this of what the LLM reads. */
    static final int TOOL_BUDGET = 1_700;
    /** {@code serve --lazy}: only the category tools are listed at first. */
    static final int LAZY_BUDGET = 4_096;

    private static final ObjectMapper JSON = new ObjectMapper();

    record Cost(String name, int llm, int all) {}

    static Cost cost(Tool<?, ?> tool) {
        ObjectNode wire;
        try {
            // as the server writes it (absent hints and fields left out), then measured compactly
            wire = (ObjectNode) JSON.readTree(NpmMcpServer.protocolJson().writeValueAsString(ToolAdapter.definition(tool)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        ObjectNode read = JSON.createObjectNode();
        for (String field : List.of("name", "description", "inputSchema", "annotations")) {
            JsonNode value = wire.get(field);
            if (value != null) {
                read.set(field, value);
            }
        }
        return new Cost(tool.name(), bytes(read), bytes(wire));
    }

    private static int bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node).length;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Cost> costs(boolean lazy) {
        return AllTools.catalog().tools().stream()
                .filter(tool -> (tool.category() == Category.DYNAMIC) == lazy)
                .map(ToolListBudgetTest::cost)
                .sorted(Comparator.comparingInt(Cost::llm).reversed())
                .toList();
    }

    @Test
    void shouldKeepTheDefaultToolListWithinItsBudget() {
        List<Cost> costs = costs(false);
        int llm = costs.stream().mapToInt(Cost::llm).sum();
        int all = costs.stream().mapToInt(Cost::all).sum();
        StringBuilder table = new StringBuilder("tools/list, default serve (bytes: LLM reads / all)\n");
        costs.forEach(c -> table.append(String.format("  %-34s %6d %6d%n", c.name(), c.llm(), c.all())));
        table.append(String.format("  %-34s %6d %6d  (budget %d / %d)%n", costs.size() + " tools", llm, all,
                LLM_BUDGET, ALL_BUDGET));
        System.out.print(table);

        assertThat(llm).as("what the LLM reads of tools/list\n%s", table).isLessThanOrEqualTo(LLM_BUDGET);
        assertThat(all).as("the whole tools/list\n%s", table).isLessThanOrEqualTo(ALL_BUDGET);
        assertThat(costs).as("tools over %d bytes\n%s", TOOL_BUDGET, table)
                .allSatisfy(c -> assertThat(c.llm()).as(c.name()).isLessThanOrEqualTo(TOOL_BUDGET));
    }

    @Test
    void shouldKeepTheLazyToolListWithinItsBudget() {
        List<Cost> costs = costs(true);
        int all = costs.stream().mapToInt(Cost::all).sum();
        System.out.printf("tools/list, serve --lazy: %d tools, %d bytes (budget %d)%n", costs.size(), all,
                LAZY_BUDGET);

        assertThat(costs).extracting(Cost::name)
                .containsExactlyInAnyOrder("npm_list_categories", "npm_enable_category", "npm_disable_category");
        assertThat(all).isLessThanOrEqualTo(LAZY_BUDGET);
    }
}
