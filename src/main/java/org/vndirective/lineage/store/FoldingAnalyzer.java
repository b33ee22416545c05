package org.vndirective.lineage.store;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words, lower-cased and without diacritics (ICU folding), so "chi thi 10" finds "Chỉ thị số 10-CT/TW" and an OCR'd
 * text is found by its accented words. Đ/đ have a stroke, not a diacritic: they are mapped to D/d first.
 * "59-KH/TU" is split into 59, kh, tu, so "59 KH TU" finds it.
 */
public final class FoldingAnalyzer extends Analyzer {
    private static final NormalizeCharMap STROKES;

    static {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        b.add("Đ", "D");
        b.add("đ", "d");
        b.add("\u01A3", "ư");
        STROKES = b.build();
    }

    @Override protected Reader initReader(String field, Reader reader) { return new MappingCharFilter(STROKES, reader); }

    @Override protected Reader initReaderForNormalization(String field, Reader reader) { return initReader(field, reader); }

    @Override protected TokenStreamComponents createComponents(String field) {
        Tokenizer t = new StandardTokenizer();
        TokenStream s = new ICUFoldingFilter(t);
        return new TokenStreamComponents(t, s);
    }

    @Override protected TokenStream normalize(String field, TokenStream in) { return new ICUFoldingFilter(in); }
}
