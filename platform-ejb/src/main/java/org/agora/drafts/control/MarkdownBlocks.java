package org.agora.drafts.control;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Splits Markdown into top-level {@link Block}s and renders blocks to safe HTML. Raw HTML in the Markdown is escaped
 * by the renderer (it shows as text) and the result is sanitised again by the OWASP policy, so nothing a draft
 * contains can run as script or load from elsewhere.
 */
public final class MarkdownBlocks {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr").toFactory());

    private MarkdownBlocks() {
    }

    /** The blocks of a document, in order; thematic breaks and empty blocks are dropped. */
    public static List<Block> split(String markdown) {
        String source = normalise(markdown);
        Node document = PARSER.parse(source);
        var blocks = new ArrayList<Block>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof ThematicBreak || node.getSourceSpans().isEmpty()) {
                continue;
            }
            var spans = node.getSourceSpans();
            var first = spans.get(0);
            var last = spans.get(spans.size() - 1);
            String blockSource = source.substring(first.getInputIndex(), last.getInputIndex() + last.getLength())
                    .strip();
            String text = TEXT.render(node).strip().replaceAll("\\s+", " ");
            if (blockSource.isEmpty()) {
                continue;
            }
            blocks.add(new Block(kind(node), node instanceof Heading h ? h.getLevel() : 0, blockSource,
                    text.isEmpty() ? blockSource : text));
        }
        return blocks;
    }

    /** Safe HTML for one block's Markdown. */
    public static String html(String markdown) {
        return POLICY.sanitize(HTML.render(PARSER.parse(normalise(markdown)))).strip();
    }

    public static String normalise(String markdown) {
        return markdown.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "");
    }

    private static Block.Kind kind(Node node) {
        if (node instanceof Heading) {
            return Block.Kind.HEADING;
        }
        if (node instanceof Paragraph) {
            return Block.Kind.PARAGRAPH;
        }
        if (node instanceof BulletList || node instanceof OrderedList) {
            return Block.Kind.LIST;
        }
        if (node instanceof BlockQuote) {
            return Block.Kind.QUOTE;
        }
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            return Block.Kind.CODE;
        }
        return Block.Kind.OTHER;
    }
}
