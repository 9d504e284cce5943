package praksisbanken.analysis;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * The {@code stemmer} token filter: {@code language} (alias {@code name}),
 * default {@code english}. Of Elastic's languages, the ones our indices use:
 * danish (the Snowball stemmer, as Elastic maps it) and english (Porter).
 */
final class StemmerTokenFilterFactory extends AbstractTokenFilterFactory {

    private final UnaryOperator<TokenStream> stemmer;

    StemmerTokenFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name);
        String language = settings.get("language", settings.get("name", "english")).toLowerCase(Locale.ROOT);
        this.stemmer = switch (language) {
            case "danish" -> stream -> new SnowballFilter(stream, new DanishStemmer());
            case "english" -> PorterStemFilter::new;
            default -> throw new IllegalArgumentException(
                    "stemmer language [" + language + "] is not in the praksisbanken-analysis plugin;"
                            + " it supports [danish, english]");
        };
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stemmer.apply(tokenStream);
    }
}
