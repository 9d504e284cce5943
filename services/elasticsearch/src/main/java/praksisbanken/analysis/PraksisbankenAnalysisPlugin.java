package praksisbanken.analysis;

import static org.elasticsearch.plugins.AnalysisPlugin.requiresAnalysisSettings;

import java.util.Map;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * The analysis-common names that the Praksisbanken case index and Wagtail's own
 * index use, for Elastic's integ-test-zip distribution, which has no
 * analysis-common module.
 *
 * <p>Each name, parameter and default is Elastic's own (see the analysis reference,
 * https://www.elastic.co/docs/reference/text-analysis/token-filter-reference), so
 * an index definition that works here works unchanged on a cluster that has
 * analysis-common (Elastic Cloud, a self-managed cluster), where this plugin is
 * not installed. Only what the indices use is here; a parameter we do not support
 * is refused with a message, never silently ignored.
 */
public final class PraksisbankenAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                "stemmer", StemmerTokenFilterFactory::new,
                // Without rules it cannot be built: requiresAnalysisSettings keeps
                // Elasticsearch from building a default instance for every index.
                "synonym_graph", requiresAnalysisSettings(SynonymGraphTokenFilterFactory::new),
                "asciifolding", AsciiFoldingTokenFilterFactory::new,
                "edge_ngram", GramTokenFilterFactory::edge,
                "ngram", GramTokenFilterFactory::inner);
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(
                "edge_ngram", GramTokenizerFactory::edge,
                "ngram", GramTokenizerFactory::inner);
    }
}
