package praksisbanken.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;

/**
 * The {@code synonym_graph} token filter with inline rules: {@code synonyms}
 * (Solr format), {@code expand} (default true) and {@code lenient} (default
 * false: a rule that analyses to nothing is an error; true: it is skipped).
 *
 * <p>As in Elastic's filter, the rules are analysed by the part of the analyzer
 * that comes before this filter (its char filters, tokenizer and earlier token
 * filters), so "PLF" in a rule and "plf" in a query meet after lowercasing. That
 * is why the filter is only usable chain-aware: Elasticsearch calls
 * {@link #getChainAwareTokenFilterFactory} while it builds each analyzer.
 *
 * <p>Rule files ({@code synonyms_path}) and synonym sets ({@code synonyms_set})
 * are refused: the case index carries its rules inline.
 */
final class SynonymGraphTokenFilterFactory extends AbstractTokenFilterFactory {

    private final List<String> rules;
    private final boolean expand;
    private final boolean lenient;

    SynonymGraphTokenFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name);
        for (String unsupported : List.of("synonyms_path", "synonyms_set")) {
            if (settings.get(unsupported) != null) {
                throw new IllegalArgumentException(
                        "[" + unsupported + "] is not in the praksisbanken-analysis plugin; give the rules inline in [synonyms]");
            }
        }
        if (!"solr".equals(settings.get("format", "solr"))) {
            throw new IllegalArgumentException("the praksisbanken-analysis plugin reads synonyms in the solr format only");
        }
        if (settings.get("synonyms") == null) {
            throw new IllegalArgumentException(
                    "synonym requires either `synonyms`, `synonyms_set` or `synonyms_path` to be configured");
        }
        this.rules = settings.getAsList("synonyms");
        this.expand = settings.getAsBoolean("expand", true);
        this.lenient = settings.getAsBoolean("lenient", false);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        throw new IllegalStateException("Call getChainAwareTokenFilterFactory to specialize synonym factory [" + name() + "]");
    }

    @Override
    public TokenFilterFactory getChainAwareTokenFilterFactory(
            IndexCreationContext context,
            TokenizerFactory tokenizer,
            List<CharFilterFactory> charFilters,
            List<TokenFilterFactory> previousTokenFilters,
            Function<String, TokenFilterFactory> allFilters) {
        SynonymMap synonyms = parse(ruleAnalyzer(tokenizer, charFilters, previousTokenFilters));
        String name = name();
        return new AbstractTokenFilterFactory(name) {
            @Override
            public TokenStream create(TokenStream tokenStream) {
                // An empty map (no rules left) would make Lucene's filter throw.
                return synonyms.fst == null ? tokenStream : new SynonymGraphFilter(tokenStream, synonyms, false);
            }

            @Override
            public TokenFilterFactory getSynonymFilter() {
                // A later synonym filter's rules are not rewritten by this one's.
                return IDENTITY_FILTER;
            }
        };
    }

    private SynonymMap parse(Analyzer analyzer) {
        SolrSynonymParser parser = lenient ? new LenientSolrSynonymParser(expand, analyzer) : new SolrSynonymParser(true, expand, analyzer);
        try (Reader reader = new StringReader(String.join("\n", rules))) {
            parser.parse(reader);
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalArgumentException("failed to build synonyms: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analyzer up to this filter, which the rules are read with. */
    private static Analyzer ruleAnalyzer(
            TokenizerFactory tokenizer, List<CharFilterFactory> charFilters, List<TokenFilterFactory> previousTokenFilters) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                for (CharFilterFactory charFilter : charFilters) {
                    reader = charFilter.create(reader);
                }
                return reader;
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.create();
                TokenStream stream = source;
                for (TokenFilterFactory filter : previousTokenFilters) {
                    stream = filter.getSynonymFilter().create(stream);
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Skips a rule whose words the analyzer removes entirely, instead of failing. */
    private static final class LenientSolrSynonymParser extends SolrSynonymParser {
        LenientSolrSynonymParser(boolean expand, Analyzer analyzer) {
            super(true, expand, analyzer);
        }

        @Override
        public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
            try {
                return super.analyze(text, reuse);
            } catch (IllegalArgumentException e) {
                return new CharsRef();
            }
        }

        @Override
        public void add(CharsRef input, CharsRef output, boolean includeOrig) {
            if (input.length > 0 && output.length > 0) {
                super.add(input, output, includeOrig);
            }
        }
    }
}
