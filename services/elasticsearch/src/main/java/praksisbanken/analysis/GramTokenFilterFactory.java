package praksisbanken.analysis;

import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/**
 * The {@code edge_ngram} and {@code ngram} token filters: {@code min_gram},
 * {@code max_gram} and {@code preserve_original} (default false). Autocomplete
 * indexes the edge n-grams of titles and themes, so a typed prefix matches.
 */
final class GramTokenFilterFactory extends AbstractTokenFilterFactory {

    private final Function<TokenStream, TokenStream> grams;

    private GramTokenFilterFactory(String name, Function<TokenStream, TokenStream> grams) {
        super(name);
        this.grams = grams;
    }

    static GramTokenFilterFactory edge(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        GramSizes sizes = GramSizes.of(settings);
        boolean preserveOriginal = settings.getAsBoolean("preserve_original", false);
        return new GramTokenFilterFactory(
                name, stream -> new EdgeNGramTokenFilter(stream, sizes.min(), sizes.max(), preserveOriginal));
    }

    static GramTokenFilterFactory inner(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        GramSizes sizes = GramSizes.of(settings).checkedAgainst(indexSettings, "NGram Token Filter");
        boolean preserveOriginal = settings.getAsBoolean("preserve_original", false);
        return new GramTokenFilterFactory(
                name, stream -> new NGramTokenFilter(stream, sizes.min(), sizes.max(), preserveOriginal));
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return grams.apply(tokenStream);
    }
}
