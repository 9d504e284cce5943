package praksisbanken.analysis;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;

/**
 * The {@code edge_ngram} and {@code ngram} tokenizers: {@code min_gram},
 * {@code max_gram}, {@code token_chars} (letter, digit, whitespace, punctuation,
 * symbol, custom; empty keeps every character) and {@code custom_token_chars}.
 * Wagtail's own Elasticsearch backend declares both in its index settings.
 */
final class GramTokenizerFactory extends AbstractTokenizerFactory {

    private final Supplier<Tokenizer> tokenizers;

    private GramTokenizerFactory(String name, Supplier<Tokenizer> tokenizers) {
        super(name);
        this.tokenizers = tokenizers;
    }

    static GramTokenizerFactory edge(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        GramSizes sizes = GramSizes.of(settings);
        IntPredicate tokenChar = tokenChars(settings);
        return new GramTokenizerFactory(name, () -> new EdgeNGramTokenizer(sizes.min(), sizes.max()) {
            @Override
            protected boolean isTokenChar(int chr) {
                return tokenChar.test(chr);
            }
        });
    }

    static GramTokenizerFactory inner(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        GramSizes sizes = GramSizes.of(settings).checkedAgainst(indexSettings, "NGram Tokenizer");
        IntPredicate tokenChar = tokenChars(settings);
        return new GramTokenizerFactory(name, () -> new NGramTokenizer(sizes.min(), sizes.max()) {
            @Override
            protected boolean isTokenChar(int chr) {
                return tokenChar.test(chr);
            }
        });
    }

    @Override
    public Tokenizer create() {
        return tokenizers.get();
    }

    /** The characters that belong in a token: any of the named classes. */
    private static IntPredicate tokenChars(Settings settings) {
        List<String> classes = settings.getAsList("token_chars");
        if (classes.isEmpty()) {
            return chr -> true;
        }
        IntPredicate matcher = chr -> false;
        for (String tokenClass : classes) {
            matcher = matcher.or(tokenClass(tokenClass.toLowerCase(Locale.ROOT), settings));
        }
        return matcher;
    }

    private static IntPredicate tokenClass(String tokenClass, Settings settings) {
        return switch (tokenClass) {
            case "letter" -> Character::isLetter;
            case "digit" -> Character::isDigit;
            case "whitespace" -> Character::isWhitespace;
            case "punctuation" -> chr -> switch (Character.getType(chr)) {
                case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                        Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                        Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
                default -> false;
            };
            case "symbol" -> chr -> switch (Character.getType(chr)) {
                case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                        Character.OTHER_SYMBOL -> true;
                default -> false;
            };
            case "custom" -> {
                String custom = settings.get("custom_token_chars");
                if (custom == null) {
                    throw new IllegalArgumentException(
                            "Token type: [custom] requires setting `custom_token_chars`");
                }
                yield chr -> custom.indexOf(chr) >= 0;
            }
            default -> throw new IllegalArgumentException(
                    "Unknown token type: '" + tokenClass + "', must be one of [letter, digit, whitespace, punctuation, symbol, custom]");
        };
    }
}
