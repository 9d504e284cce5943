package praksisbanken.analysis;

import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexSettings;

/**
 * {@code min_gram} and {@code max_gram} of the n-gram filters and tokenizers,
 * with Elastic's defaults (1 and 2).
 */
record GramSizes(int min, int max) {

    static GramSizes of(Settings settings) {
        GramSizes sizes = new GramSizes(settings.getAsInt("min_gram", 1), settings.getAsInt("max_gram", 2));
        if (sizes.min < 1 || sizes.max < sizes.min) {
            throw new IllegalArgumentException(
                    "min_gram must be at least 1 and max_gram at least min_gram, got [" + sizes.min + "] and [" + sizes.max + "]");
        }
        return sizes;
    }

    /**
     * The inner n-gram components (not the edge ones) make max-min+1 terms per
     * position, so Elastic bounds their spread by index.max_ngram_diff (default 1).
     */
    GramSizes checkedAgainst(IndexSettings indexSettings, String component) {
        int allowed = indexSettings.getMaxNgramDiff();
        if (max - min > allowed) {
            throw new IllegalArgumentException(
                    "The difference between max_gram and min_gram in " + component + " must be less than or equal to: ["
                            + allowed + "] but was [" + (max - min) + "]. This limit can be set by changing the ["
                            + IndexSettings.MAX_NGRAM_DIFF_SETTING.getKey() + "] index level setting.");
        }
        return this;
    }
}
