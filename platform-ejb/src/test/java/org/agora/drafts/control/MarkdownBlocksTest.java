package org.agora.drafts.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.drafts.control.Block.Kind;
import org.junit.jupiter.api.Test;

class MarkdownBlocksTest {

    static final String DRAFT = """
            # Cycle lanes on the High Street

            ## Purpose

            Protected lanes on **both** sides,
            from the station to the market.

            - thirty parking spaces removed
            - loading bays kept

            > Residents asked for safer crossings.

            ---

            ```
            code stays as it is
            ```
            """;

    @Test
    void a_draft_splits_into_its_top_level_blocks_with_headings_kept_as_structure() {
        var blocks = MarkdownBlocks.split(DRAFT);
        assertThat(blocks).extracting(Block::kind).containsExactly(Kind.HEADING, Kind.HEADING, Kind.PARAGRAPH,
                Kind.LIST, Kind.QUOTE, Kind.CODE);
        assertThat(blocks).extracting(Block::level).startsWith(1, 2, 0);
        assertThat(blocks.get(2).markdown()).isEqualTo("Protected lanes on **both** sides,\nfrom the station to the"
                + " market.");
        assertThat(blocks.get(2).text()).isEqualTo("Protected lanes on both sides, from the station to the market.");
        assertThat(blocks.get(3).text()).contains("thirty parking spaces removed").contains("loading bays kept");
    }

    @Test
    void windows_line_endings_split_the_same_way() {
        assertThat(MarkdownBlocks.split(DRAFT.replace("\n", "\r\n"))).isEqualTo(MarkdownBlocks.split(DRAFT));
    }

    @Test
    void script_and_raw_html_never_survive_rendering() {
        String html = MarkdownBlocks.html("Hello <script>alert(1)</script> <img src=x onerror=alert(2)>"
                + " [click](javascript:alert(3)) <b onclick=x>bold</b>");
        var tags = java.util.regex.Pattern.compile("<[^>]*>").matcher(html).results()
                .map(java.util.regex.MatchResult::group).toList();
        assertThat(tags).isNotEmpty().allSatisfy(tag -> assertThat(tag.toLowerCase())
                .doesNotContain("script").doesNotContain("<img").doesNotContain(" on").doesNotContain("javascript"));
        // what the author typed is still visible to readers, as text
        assertThat(html).startsWith("<p>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void formatting_and_safe_links_are_kept() {
        String html = MarkdownBlocks.html("Read **this** and [the plan](https://example.org/plan).");
        assertThat(html).contains("<strong>this</strong>").contains("href=\"https://example.org/plan\"");
    }

    @Test
    void an_empty_draft_has_no_blocks() {
        assertThat(MarkdownBlocks.split("  \n\n ---\n")).isEmpty();
    }
}
